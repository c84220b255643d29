import HomeProgramLayout
import HomeProgramModel

/// Shaped lines of text (`FontSet.shape`), by text and face, for one font set. A batch draws the
/// same catalogue lines in handout after handout; a lookup costs a fraction of shaping. Bounded
/// (`BoundedCache`). Thread-safe.
final class ShapeCache: Sendable {
  /// The text by its exact bytes (`ExactText`): "é" and "e" with a combining accent are shaped
  /// apart.
  private struct Key: Hashable, Sendable {
    var text: ExactText
    var face: FontFace

    /// The text's hash alone (worked out once, `ExactText`); hashing the face would hash its
    /// raw-value string at every lookup. Equality still compares both.
    func hash(into hasher: inout Hasher) {
      hasher.combine(text)
    }
  }

  /// Lines per generation.
  static let limit = 1024

  private let lines = BoundedCache<Key, ShapedText>(limit: ShapeCache.limit)

  /// The shaped `text` in `face`, made with `shape` on first use.
  func shaped(_ text: String, face: FontFace, shape: () -> ShapedText) -> ShapedText {
    lines.value(for: Key(text: ExactText(text), face: face), make: shape)
  }
}
