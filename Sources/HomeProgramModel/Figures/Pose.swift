/// One posture of the figure: a base and the angles that differ from it.
public struct Pose: Sendable, Equatable, Hashable, Codable {
  /// The lying, sitting or standing base.
  public var base: PoseBase
  /// Angles in degrees that override the base's defaults.
  public var angles: [JointAngle: Double]
  /// Height of the lowest body point above the floor, in figure units (a foot on a step, the
  /// pedals of a bike).
  public var raise: Double

  /// A pose on `base` with `angles` changed.
  public init(base: PoseBase, angles: [JointAngle: Double] = [:], raise: Double = 0) {
    self.base = base
    self.angles = angles
    self.raise = raise
  }

  /// Where the pose is seen from (set by its base).
  public var view: PoseView { .of(base) }

  /// The angle in degrees: the pose's own, else the base's default, else 0.
  public func angle(_ joint: JointAngle) -> Double {
    angles[joint] ?? base.defaults[joint] ?? 0
  }
}
