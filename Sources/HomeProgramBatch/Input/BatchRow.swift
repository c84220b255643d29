import HomeProgramModel

/// One input row of a batch (a CSV line, a JSON Lines line or a profile file), read and validated.
public struct BatchRow: Sendable {
  /// Position in input order, from 0.
  public var index: Int
  /// Names the row in messages and in the report: `patients.csv line 7`, `jose.yaml`.
  public var label: String
  /// The input line for CSV and JSON Lines rows.
  public var line: Int?
  /// The validated profile, or why the row is not one.
  public var profile: Result<PatientProfile, InputError>
  /// The patient's name and reference as written in the row (even when the row is invalid), so
  /// the report can leave them out.
  public var identifiers: [String]

  /// A row.
  public init(
    index: Int, label: String, line: Int? = nil, profile: Result<PatientProfile, InputError>,
    identifiers: [String] = []
  ) {
    self.index = index
    self.label = label
    self.line = line
    self.profile = profile
    self.identifiers = identifiers
  }
}
