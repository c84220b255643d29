/// How a figure lies, sits or stands before its joint angles are applied: each base is a set of
/// default angles, so a pose in the data only lists what differs.
///
/// The figure is drawn from the side, facing right (+x) when standing. Turning the trunk forward
/// by 90° lays it face down (head to the right); back by 90° lays it on its back (head to the
/// left). Side-lying is drawn like lying on the back, seen from the front and a little above: the
/// near limbs are the top ones and start a hip's width higher than the far (bottom) limbs, the
/// bottom arm lies under the head, shoulder angles move the arms toward the ceiling, hips and
/// knees bend forward (drawn part-way up), and `roll_*` / `lift_*` raise a leg toward the ceiling.
public enum PoseBase: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
  case standing
  case seated
  case supine
  case prone
  case sideLying = "side_lying"
  case allFours = "all_fours"
  case kneeling

  /// The angles (degrees) every pose on this base starts from.
  public var defaults: [JointAngle: Double] {
    switch self {
    case .standing:
      [.shoulderNear: 8, .shoulderFar: -6, .elbowNear: 10, .elbowFar: 10, .kneeNear: 3, .kneeFar: 3]
    case .seated:
      [
        .hipNear: 90, .hipFar: 90, .kneeNear: 90, .kneeFar: 90, .shoulderNear: 20, .shoulderFar: 20,
        .elbowNear: 55, .elbowFar: 55,
      ]
    case .supine:
      [.trunk: -90, .neck: 12, .shoulderNear: 10, .shoulderFar: 10, .ankleNear: -15, .ankleFar: -15]
    case .prone:
      [.trunk: 90, .ankleNear: -60, .ankleFar: -60, .shoulderNear: 5, .shoulderFar: 5, .neck: -10]
    case .sideLying:
      [
        .trunk: -90, .neck: 12, .hipNear: 10, .hipFar: 10, .kneeNear: 20, .kneeFar: 20, .shoulderNear: 10,
        .shoulderFar: 175, .elbowFar: 10, .ankleNear: -15, .ankleFar: -15,
      ]
    case .allFours:
      [
        .trunk: 78, .hipNear: 78, .hipFar: 78, .kneeNear: 90, .kneeFar: 90, .shoulderNear: 78,
        .shoulderFar: 78, .ankleNear: -50, .ankleFar: -50, .neck: -10,
      ]
    case .kneeling:
      [.kneeNear: 90, .kneeFar: 90, .ankleNear: -50, .ankleFar: -50, .elbowNear: 10, .elbowFar: 10]
    }
  }
}
