import HomeProgramKit

/// Everything a batch run needs besides its input and renderer.
struct BatchSettings: Sendable {
  /// The output folder (must exist and be a real folder).
  var outputFolder: String
  /// Rows rendered at the same time.
  var jobs: Int
  var clinic: Clinic
  /// The clinic's share of every row's content hash, read once for the run (it holds the logo).
  var clinicHashPart: ContentHash.ClinicPart
  var paper: Clinic.Paper
  var largePrint: Bool
  /// YYYY-MM-DD for rows without a `date`, resolved once at the start.
  var today: String
  var catalogueVersion: String
  var onlyChanged: Bool
  var reportNames: Bool
  /// The input's name and kind, for the report.
  var inputName: String
  var inputKind: BatchInputKind

  /// The report's header for these settings.
  var header: BatchReportHeader {
    BatchReportHeader(
      programVersion: HomeProgramVersion.current, catalogueVersion: catalogueVersion, input: inputName,
      inputKind: inputKind, defaultDate: today, paper: paper.rawValue, largePrint: largePrint,
      onlyChanged: onlyChanged, reportNames: reportNames)
  }

  /// The most rows read but not yet reported: a bound on memory whatever the input's size. Four
  /// per job (one being read or waiting, one rendering, one being written, one held back for the
  /// report's order), but never more than the temporary-file table can track: every row in
  /// flight may hold an open temporary file, and the report holds one more.
  var rowsInFlight: Int { max(4, min(4 * jobs, TemporaryFiles.slots - 1)) }
}
