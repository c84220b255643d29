/// The few words drawn inside the massage-gun body map, from the handout wording
/// (`Resources/text/massage-gun.yaml`, `body_map_labels`).
public struct BodyMapLabels: Sendable, Equatable, Codable {
  /// Under the front view.
  public var front: String
  /// Under the back view.
  public var back: String
  /// Letters under the legs.
  public var left: String
  /// The letter for the right leg.
  public var right: String
  /// Legend: the shaded zones.
  public var use: String
  /// Legend: the hatched no-go areas.
  public var avoid: String
  /// Legend: the ringed letter.
  public var yourSide: String

  public init(
    front: String, back: String, left: String, right: String, use: String, avoid: String, yourSide: String
  ) {
    self.front = front
    self.back = back
    self.left = left
    self.right = right
    self.use = use
    self.avoid = avoid
    self.yourSide = yourSide
  }

  /// Symbols only, no words (when no wording is at hand).
  public static let none = BodyMapLabels(
    front: "", back: "", left: "", right: "", use: "", avoid: "", yourSide: "")
}
