import Foundation

/// A process-wide cache of parsed font files, so every document and measurer shares one parse.
///
/// Parsing DejaVu Sans takes a few milliseconds; handouts are rendered in batches, so each file
/// is read once. Thread-safe.
final class FontFileCache: @unchecked Sendable {
  /// The shared cache.
  static let shared = FontFileCache()

  private let lock = NSLock()
  private var fonts: [String: TrueTypeFont] = [:]

  /// The parsed font at `path`, reading it on first use.
  func font(at path: String) throws -> TrueTypeFont {
    if let cached = lock.withLock({ fonts[path] }) { return cached }
    let font = try TrueTypeFont(path: path)
    lock.withLock { fonts[path] = font }
    return font
  }
}
