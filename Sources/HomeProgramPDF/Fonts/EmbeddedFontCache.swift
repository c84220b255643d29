import Foundation

/// The process's prepared subsets (`EmbeddedFont`), by font file and characters. A batch draws
/// the same few character sets again and again; the cache is emptied when full, so memory stays
/// flat over any number of documents. Thread-safe.
final class EmbeddedFontCache: @unchecked Sendable {
  /// The shared cache.
  static let shared = EmbeddedFontCache()

  /// How many prepared subsets are kept (each is a few kilobytes).
  static let limit = 64

  private struct Key: Hashable {
    var path: String
    var codePoints: [UInt32]
  }

  private let lock = NSLock()
  private var fonts: [Key: EmbeddedFont] = [:]

  /// The prepared subset of the font at `path` for `codePoints`, made on first use.
  func font(path: String, codePoints: [UInt32]) throws -> EmbeddedFont {
    let key = Key(path: path, codePoints: codePoints)
    if let cached = lock.withLock({ fonts[key] }) { return cached }
    let font = try EmbeddedFont(
      path: path, codePoints: codePoints, font: try FontFileCache.shared.font(at: path))
    lock.withLock {
      if fonts.count >= Self.limit { fonts.removeAll(keepingCapacity: true) }
      fonts[key] = font
    }
    return font
  }
}
