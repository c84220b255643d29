import HomeProgramDocument
import HomeProgramModel

/// Everything a batch run needs besides its input and renderer.
package struct BatchSettings: Sendable {
  /// The output folder (must exist and be a real folder).
  package var outputFolder: String
  /// Rows rendered at the same time.
  package var jobs: Int
  package var clinic: Clinic
  /// The clinic's share of every row's content hash, read once for the run (it holds the logo).
  package var clinicHashPart: ContentHash.ClinicPart
  package var paper: Clinic.Paper
  package var largePrint: Bool
  /// The short core handout or the full booklet: `--booklet`, else the clinic's `handout`.
  package var form: HandoutForm
  /// YYYY-MM-DD for rows without a `date`, resolved once at the start.
  package var today: String
  package var catalogueVersion: String
  package var onlyChanged: Bool
  package var reportNames: Bool
  /// The input's name and kind, for the report.
  package var inputName: String
  package var inputKind: BatchInputKind
  /// `--language`: the language of every row's handout, over each row's own `language`; nil
  /// keeps each row's.
  package var language: Language?

  /// Settings with every field given.
  package init(
    outputFolder: String, jobs: Int, clinic: Clinic, clinicHashPart: ContentHash.ClinicPart,
    paper: Clinic.Paper, largePrint: Bool, today: String, catalogueVersion: String, onlyChanged: Bool,
    reportNames: Bool, inputName: String, inputKind: BatchInputKind, form: HandoutForm = .short,
    language: Language? = nil
  ) {
    self.language = language
    self.outputFolder = outputFolder
    self.jobs = jobs
    self.clinic = clinic
    self.clinicHashPart = clinicHashPart
    self.paper = paper
    self.largePrint = largePrint
    self.form = form
    self.today = today
    self.catalogueVersion = catalogueVersion
    self.onlyChanged = onlyChanged
    self.reportNames = reportNames
    self.inputName = inputName
    self.inputKind = inputKind
  }

  /// The report's header for these settings.
  package var header: BatchReportHeader {
    BatchReportHeader(
      programVersion: HomeProgramVersion.current, catalogueVersion: catalogueVersion, input: inputName,
      inputKind: inputKind, defaultDate: today, paper: paper.rawValue, largePrint: largePrint,
      onlyChanged: onlyChanged, reportNames: reportNames)
  }

  /// The most rows read but not yet reported: a bound on memory whatever the input's size. Four
  /// per job (one being read or waiting, one rendering, one being written, one held back for the
  /// report's order), but never more than the temporary-file table can track: every row in
  /// flight may hold an open temporary file, and the report holds one more.
  package var rowsInFlight: Int { max(4, min(4 * jobs, TemporaryFiles.slots - 1)) }
}
