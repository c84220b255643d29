import HomeProgramKit

/// Shaped lines of text (`FontSet.shape`), by text and face, for one font set. A batch draws the
/// same catalogue lines in handout after handout; a lookup costs a fraction of shaping. Bounded
/// (`BoundedCache`). Thread-safe.
final class ShapeCache: Sendable {
  private struct Key: Hashable, Sendable {
    var text: String
    var face: FontFace
  }

  /// Lines per generation.
  static let limit = 1024

  private let lines = BoundedCache<Key, ShapedText>(limit: ShapeCache.limit)

  /// The shaped `text` in `face`, made with `shape` on first use.
  func shaped(_ text: String, face: FontFace, shape: () -> ShapedText) -> ShapedText {
    lines.value(for: Key(text: text, face: face), make: shape)
  }
}
