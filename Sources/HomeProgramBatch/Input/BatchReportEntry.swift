/// One row of `report.json`. Every key is always present (null when it does not apply), except
/// `name` and `reference`, which appear only with `--report-names`.

public struct BatchReportEntry: Sendable, Equatable, Codable {
  /// The row: `patients.csv line 7` or a profile file name.
  public var row: String
  /// The input line (CSV and JSON Lines).
  public var line: Int?
  public var status: BatchRowStatus
  /// The output file name inside the output folder.
  public var file: String?
  public var pages: Int?
  public var bytes: Int?
  /// The plan outcome (`program`, `emergency_referral`, …).
  public var outcome: String?
  public var warnings: [String]
  /// SHA-256 of everything that decides the handout's bytes (`ContentHash`).
  public var contentHash: String?
  /// The date printed on the handout.
  public var date: String?
  /// Why the row failed.
  public var error: String?
  /// Only with `--report-names`.
  public var name: String?
  /// Only with `--report-names`.
  public var reference: String?

  /// An entry.
  public init(
    row: String, line: Int? = nil, status: BatchRowStatus, file: String? = nil, pages: Int? = nil,
    bytes: Int? = nil, outcome: String? = nil, warnings: [String] = [], contentHash: String? = nil,
    date: String? = nil, error: String? = nil, name: String? = nil, reference: String? = nil
  ) {
    self.row = row
    self.line = line
    self.status = status
    self.file = file
    self.pages = pages
    self.bytes = bytes
    self.outcome = outcome
    self.warnings = warnings
    self.contentHash = contentHash
    self.date = date
    self.error = error
    self.name = name
    self.reference = reference
  }

  enum CodingKeys: String, CodingKey {
    case row, line, status, file, pages, bytes, outcome, warnings, date, error, name, reference
    case contentHash = "content_hash"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    row = try container.decode(String.self, forKey: .row)
    line = try container.decodeIfPresent(Int.self, forKey: .line)
    status = try container.decode(BatchRowStatus.self, forKey: .status)
    file = try container.decodeIfPresent(String.self, forKey: .file)
    pages = try container.decodeIfPresent(Int.self, forKey: .pages)
    bytes = try container.decodeIfPresent(Int.self, forKey: .bytes)
    outcome = try container.decodeIfPresent(String.self, forKey: .outcome)
    warnings = try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
    contentHash = try container.decodeIfPresent(String.self, forKey: .contentHash)
    date = try container.decodeIfPresent(String.self, forKey: .date)
    error = try container.decodeIfPresent(String.self, forKey: .error)
    name = try container.decodeIfPresent(String.self, forKey: .name)
    reference = try container.decodeIfPresent(String.self, forKey: .reference)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(row, forKey: .row)
    try container.encode(line, forKey: .line)
    try container.encode(status, forKey: .status)
    try container.encode(file, forKey: .file)
    try container.encode(pages, forKey: .pages)
    try container.encode(bytes, forKey: .bytes)
    try container.encode(outcome, forKey: .outcome)
    try container.encode(warnings, forKey: .warnings)
    try container.encode(contentHash, forKey: .contentHash)
    try container.encode(date, forKey: .date)
    try container.encode(error, forKey: .error)
    try container.encodeIfPresent(name, forKey: .name)
    try container.encodeIfPresent(reference, forKey: .reference)
  }

  /// `text` with every identifier (the patient's name and reference as written) replaced by
  /// `[redacted]`: error messages and warnings can quote the input.
  public static func redact(_ text: String, identifiers: [String]) -> String {
    var result = text
    for identifier in identifiers.sorted(by: { $0.count > $1.count }) where identifier.count >= 2 {
      result = result.replacingOccurrences(of: identifier, with: "[redacted]")
    }
    return result
  }
}
