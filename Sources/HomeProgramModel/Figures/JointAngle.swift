/// One angle of the figure, named as in the catalogue's `figure` poses, with the range a human
/// body allows (in the figure's drawing convention, degrees).
///
/// - `trunk`: the lower back's tilt from upright; + leans forward (90 = face down), − leans back
///   (−90 = on the back).
/// - `spine`: the upper back relative to the lower back; + rounds forward, − arches back.
/// - `neck`: the head relative to the upper back; + chin down, − looks up.
/// - `shoulder_*`: the upper arm from hanging along the body; + forward and up (180 = overhead).
/// - `elbow_*`, `knee_*`: bend from straight.
/// - `hip_*`: the thigh from in line with the body; + forward (flexion), − behind (extension).
/// - `ankle_*`: the foot from square to the shin; + toes up, − pointed.
/// - `turnout_*`: the thigh turned out; a bent shin then crosses the body (ankle on the other knee).
/// - `roll_*`: the whole leg turned about the body's long axis, toward the viewer (bent knees
///   dropping to one side; side-lying, the top knee opening toward the ceiling in a clamshell); −
///   turns it away from the viewer, a bent knee across the body (knee to the opposite shoulder).
/// - `lift_*`: the leg raised sideways, out of the drawing plane (side-lying: toward the ceiling).
public enum JointAngle: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
  case trunk
  case spine
  case neck
  case shoulderNear = "shoulder_near"
  case elbowNear = "elbow_near"
  case shoulderFar = "shoulder_far"
  case elbowFar = "elbow_far"
  case hipNear = "hip_near"
  case kneeNear = "knee_near"
  case ankleNear = "ankle_near"
  case hipFar = "hip_far"
  case kneeFar = "knee_far"
  case ankleFar = "ankle_far"
  case turnoutNear = "turnout_near"
  case turnoutFar = "turnout_far"
  case rollNear = "roll_near"
  case rollFar = "roll_far"
  case liftNear = "lift_near"
  case liftFar = "lift_far"

  /// The allowed range in degrees.
  public var range: ClosedRange<Int> {
    switch self {
    case .trunk: -120...120
    case .spine: -40...60
    case .neck: -60...70
    case .shoulderNear, .shoulderFar: -90...185
    case .elbowNear, .elbowFar: 0...155
    case .hipNear, .hipFar: -50...140
    case .kneeNear, .kneeFar: 0...155
    case .ankleNear, .ankleFar: -60...35
    case .turnoutNear, .turnoutFar: 0...80
    case .rollNear, .rollFar: -60...80
    case .liftNear, .liftFar: 0...60
    }
  }

  /// Shorthand keys that set the near and far angle together ("knees: 90").
  public static let pairs: [String: (JointAngle, JointAngle)] = [
    "shoulders": (.shoulderNear, .shoulderFar), "elbows": (.elbowNear, .elbowFar),
    "hips": (.hipNear, .hipFar), "knees": (.kneeNear, .kneeFar), "ankles": (.ankleNear, .ankleFar),
    "rolls": (.rollNear, .rollFar),
  ]
}
