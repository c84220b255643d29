/// A catalogue entry's default dose at one irritability level, with an optional patient-facing note
/// ("Half range only", "Every 2 to 3 hours").
public struct LevelDose: Sendable, Equatable, Hashable, Codable {
  /// The dose numbers.
  public var dose: Dose
  /// A short instruction that goes with the dose at this level, in the patient's words.
  public var note: String?

  public init(dose: Dose, note: String? = nil) {
    self.dose = dose
    self.note = note
  }
}
