import Synchronization

/// A process-wide cache of opened font files, so every document and measurer shares one face and
/// one advance table per file.
///
/// Reading DejaVu Sans's coverage and advances takes a fraction of a millisecond, but handouts are
/// rendered in batches, so each file is read once. Thread-safe.
final class FontFileCache: Sendable {
  /// The shared cache.
  static let shared = FontFileCache()

  private let fonts = Mutex<[String: TrueTypeFont]>([:])

  /// The font at `path`, reading it on first use. Two threads asking for a new file at once may
  /// both read it; the first stored is kept.
  func font(at path: String) throws -> TrueTypeFont {
    if let cached = fonts.withLock({ $0[path] }) { return cached }
    let font = try TrueTypeFont(path: path)
    return fonts.withLock { fonts in
      if let stored = fonts[path] { return stored }
      fonts[path] = font
      return font
    }
  }
}
