import ArgumentParser
import Foundation
import HomeProgramBatch
import HomeProgramDocument
import HomeProgramModel

/// `homeprogram batch INPUT -o OUTDIR`: one handout per row of a folder, CSV or JSON Lines file.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Write a handout for every patient in a folder of profiles, a CSV or a JSON Lines file.",
    discussion: """
      Each row gives OUTDIR/<reference>.pdf (or a slug of the name); clashes get -2, -3… in input
      order. A bad row gives no PDF and one error line; the others are still written, and the exit
      code is 4. OUTDIR/report.json lists every row in input order. With --only-changed, rows whose
      content hash matches the previous report (and whose PDF is still there) are not rendered.
      Ctrl-C stops after the rows in progress, writes the report and exits 130.
      """)

  @Argument(help: "A folder of *.yaml/*.yml/*.json profiles, a .csv file or a .jsonl/.ndjson file.")
  var input: String

  @Option(name: .shortAndLong, help: "The output folder (created when missing; never a symlink).")
  var output: String

  @Option(help: "Rows rendered at the same time (default: the number of cores).")
  var jobs: Int?

  @Flag(help: "Skip rows whose handout would be identical to the one already in the output folder.")
  var onlyChanged = false

  @Flag(help: "Put patient names and references in report.json (left out by default for privacy).")
  var reportNames = false

  @OptionGroup var handout: HandoutOptionGroup
  @OptionGroup var common: CommonOptions

  func validate() throws {
    if let jobs, !(1...256).contains(jobs) {
      throw ValidationError("--jobs must be from 1 to 256; got \(jobs).")
    }
  }

  func run() throws {
    let started = DispatchTime.now().uptimeNanoseconds
    var outcome: BatchRunner.Outcome?
    try Failure.report {
      let catalogue = try common.loadCatalogue()
      let clinic = try handout.loadClinic()
      var opened = try BatchInput.open(path: input)
      try BatchOutputFolder.prepare(output)
      let engine = try Engines.make(catalogue: catalogue, common: common, fontDirectory: handout.fontDir)
      let settings = BatchSettings(
        outputFolder: output, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, clinic: clinic,
        clinicHashPart: ContentHash.ClinicPart(clinic), paper: handout.paper ?? clinic.paper,
        largePrint: handout.largePrint,
        today: Today.isoDate(), catalogueVersion: catalogue.version, onlyChanged: onlyChanged,
        reportNames: reportNames, inputName: URL(fileURLWithPath: input).lastPathComponent,
        inputKind: opened.kind, form: handout.form(for: clinic), language: handout.language)
      let cancellation = CancellationFlag()
      let watcher = SignalWatcher(flag: cancellation)
      defer { watcher.stop() }
      let progress = BatchProgress(
        total: opened.expectedRows, interactive: BatchProgress.standardErrorIsInteractive,
        write: { FileHandle.standardError.write(Data($0.utf8)) })
      let runner = BatchRunner(
        settings: settings, renderer: EngineHandoutRenderer(engine: engine), cancellation: cancellation,
        progress: progress, errorLine: { Diagnostics.error($0) })
      outcome = try runner.run(&opened.reader)
    }
    guard let outcome else { return }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    Diagnostics.note("\(outcome.summary.line(seconds: seconds)); report: \(output)/report.json")
    if outcome.summary.interrupted { throw ExitCodes.interrupted }
    if let error = outcome.inputError {
      Diagnostics.error("\(error.description) The rows before it were done.")
      throw ExitCodes.badInput
    }
    if outcome.summary.failed > 0 { throw ExitCodes.partialBatch }
  }
}
