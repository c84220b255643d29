import Foundation

/// The settings a batch ran with, written at the top of `report.json`. Nothing here depends on
/// the number of jobs or on timing, so the same input gives the same report.
public struct BatchReportHeader: Sendable, Equatable, Codable {
  /// The report format version.
  public var schema = 1
  public var programVersion: String
  public var catalogueVersion: String
  /// The input's file or folder name (not its full path).
  public var input: String
  public var inputKind: BatchInputKind
  /// The date used for rows without `date` (resolved once at the start).
  public var defaultDate: String
  /// `letter` or `a4`: `--paper`, else the clinic's paper.
  public var paper: String
  public var largePrint: Bool
  public var onlyChanged: Bool
  public var reportNames: Bool

  /// A header.
  public init(
    programVersion: String, catalogueVersion: String, input: String, inputKind: BatchInputKind,
    defaultDate: String, paper: String, largePrint: Bool, onlyChanged: Bool, reportNames: Bool
  ) {
    self.programVersion = programVersion
    self.catalogueVersion = catalogueVersion
    self.input = input
    self.inputKind = inputKind
    self.defaultDate = defaultDate
    self.paper = paper
    self.largePrint = largePrint
    self.onlyChanged = onlyChanged
    self.reportNames = reportNames
  }

  enum CodingKeys: String, CodingKey {
    case schema, input, paper
    case programVersion = "program_version"
    case catalogueVersion = "catalogue_version"
    case inputKind = "input_kind"
    case defaultDate = "default_date"
    case largePrint = "large_print"
    case onlyChanged = "only_changed"
    case reportNames = "report_names"
  }
}
