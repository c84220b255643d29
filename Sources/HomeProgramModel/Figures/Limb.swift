/// A part of the figure that can be drawn as the working one (accent colour, thicker).
public enum Limb: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
  case armNear = "arm_near"
  case armFar = "arm_far"
  case legNear = "leg_near"
  case legFar = "leg_far"
  case trunk
  case head
}
