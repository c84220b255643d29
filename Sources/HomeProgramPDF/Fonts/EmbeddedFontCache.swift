import HomeProgramModel

/// The process's prepared subsets (`EmbeddedFont`), by font file and characters. A batch draws
/// the same few character sets again and again. Bounded (`BoundedCache`). Thread-safe.
final class EmbeddedFontCache: Sendable {
  /// The shared cache.
  static let shared = EmbeddedFontCache()

  /// Prepared subsets per generation (each is a few kilobytes).
  static let limit = 32

  private struct Key: Hashable, Sendable {
    var path: String
    var codePoints: [UInt32]
  }

  private let fonts = BoundedCache<Key, EmbeddedFont>(limit: EmbeddedFontCache.limit)

  /// The prepared subset of the font at `path` for `codePoints`, made on first use.
  func font(path: String, codePoints: [UInt32]) throws -> EmbeddedFont {
    try fonts.value(for: Key(path: path, codePoints: codePoints)) {
      try EmbeddedFont(path: path, codePoints: codePoints, font: try FontFileCache.shared.font(at: path))
    }
  }
}
