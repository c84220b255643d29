/// One posture of the figure: a base and the angles that differ from it.
public struct Pose: Sendable, Equatable, Hashable, Codable {
  /// The lying, sitting or standing base.
  public var base: PoseBase
  /// Angles in degrees that override the base's defaults.
  public var angles: [JointAngle: Double]
  /// Height of the lowest body point above the floor, in figure units (a foot on a step, the
  /// pedals of a bike).
  public var raise: Double
  /// Where the pose is seen from: the base's own view (`PoseView.of`) unless the data names
  /// another it allows (`PoseView.allowed`).
  public var view: PoseView

  /// A pose on `base` with `angles` changed, seen from `view` (default: the base's view).
  public init(base: PoseBase, angles: [JointAngle: Double] = [:], raise: Double = 0, view: PoseView? = nil) {
    self.base = base
    self.angles = angles
    self.raise = raise
    self.view = view ?? .of(base)
  }

  /// The same pose seen from its base's own view (the side, or the front when side-lying).
  public var inBaseView: Pose {
    var pose = self
    pose.view = .of(base)
    return pose
  }

  /// The angle in degrees: the pose's own, else the base's default, else 0.
  public func angle(_ joint: JointAngle) -> Double {
    angles[joint] ?? base.defaults[joint] ?? 0
  }
}
