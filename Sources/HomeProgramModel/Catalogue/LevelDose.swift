/// A catalogue entry's default dose at one irritability level, with an optional patient-facing note
/// ("Half range only", "Every 2 to 3 hours").
public struct LevelDose: Sendable, Equatable, Hashable, Codable {
  /// The dose numbers.
  public var dose: Dose
  /// A short instruction that goes with the dose at this level, in the patient's words.
  public var note: String?
  /// The steps of the version given at this level, when they differ from the entry's ("lift your
  /// hips just off the floor" for a small-range bridge). Nil: the entry's steps.
  public var steps: [String]?
  /// The tips of the version given at this level. Nil: the entry's tips.
  public var cues: [String]?
  /// "When it feels easy" in words at this level. Nil: the entry's progression note.
  public var progressionNote: String?
  /// "If it flares" in words at this level. Nil: the entry's regression note.
  public var regressionNote: String?

  public init(dose: Dose, note: String? = nil) {
    self.dose = dose
    self.note = note
  }
}
