/// An arrow showing which point moves and which way.
public struct MotionArrow: Sendable, Equatable, Hashable, Codable {
  /// A fixed direction, for holds (one pose) or to override the start-to-end path.
  public enum Direction: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    case up, down, forward, back
  }

  /// The point that moves.
  public var point: BodyPoint
  /// Nil: from where the point is in the start pose to where it is in the end pose.
  public var direction: Direction?

  public init(point: BodyPoint, direction: Direction? = nil) {
    self.point = point
    self.direction = direction
  }
}
