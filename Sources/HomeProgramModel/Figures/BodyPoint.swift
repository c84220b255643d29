/// A named point on the figure: a joint, or the middle of a segment, for props and arrows.
public enum BodyPoint: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
  case head
  case neck
  case shoulder
  case back
  case hip
  case elbowNear = "elbow_near"
  case handNear = "hand_near"
  case elbowFar = "elbow_far"
  case handFar = "hand_far"
  case kneeNear = "knee_near"
  case ankleNear = "ankle_near"
  case footNear = "foot_near"
  case kneeFar = "knee_far"
  case ankleFar = "ankle_far"
  case footFar = "foot_far"
  case thighNear = "thigh_near"
  case shinNear = "shin_near"
  case thighFar = "thigh_far"
  case shinFar = "shin_far"
  case buttock
}
