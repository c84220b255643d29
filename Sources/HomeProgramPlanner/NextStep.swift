/// An exercise a card may point to ("When it feels easy →", "If it flares →"): one the planner's
/// own rules allow for this patient, with the condition to meet before starting it, if any.
public struct NextStep: Sendable, Equatable, Codable {
  /// The catalogue id of the exercise pointed to.
  public var id: String
  /// Days of sliders without a flare before this step (a tensioner after a slider, R-LVL-NG, §3.4
  /// M†); nil when the step has no such condition.
  public var afterSliderDays: Int?

  public init(id: String, afterSliderDays: Int? = nil) {
    self.id = id
    self.afterSliderDays = afterSliderDays
  }
}
