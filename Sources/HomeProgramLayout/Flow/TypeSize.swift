/// A font size and the line pitch (leading) used with it, in points.

public struct TypeSize: Sendable, Equatable, Hashable {
  /// The font size.
  public var size: Double
  /// Baseline-to-baseline distance between wrapped lines.
  public var leading: Double

  public init(size: Double, leading: Double) {
    self.size = size
    self.leading = leading
  }
}
