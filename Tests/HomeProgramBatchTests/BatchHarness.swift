import Foundation
import HomeProgramBundle
import HomeProgramTestSupport

@testable import HomeProgramBatch
@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// A renderer that needs no fonts: the bytes depend only on the profile and settings, and it
/// sleeps a little (deterministically per row) so rows finish out of order.
struct FakeRenderer: HandoutRendering {
  func render(_ profile: PatientProfile, source: String, clinic: Clinic, options: RenderOptions) throws
    -> RenderedDocument
  {
    if profile.patient.name.contains("RENDER-FAIL") {
      throw InputError.invalidValue(
        SourceLocation(file: source), keyPath: "include[0]", value: "ZZ99", allowed: ["catalogue ids"],
        suggestion: nil)
    }
    let text =
      "%PDF-fake \(profile.patient.name) \(profile.cause.rawValue) \(options.paper.rawValue)"
      + " \(options.date) \(options.contentHash ?? "-") \(clinic.name ?? "-")"
    let delay = Int(SHA256.hexDigest(of: Array(text.utf8)).prefix(2), radix: 16) ?? 0
    usleep(UInt32(delay * 40))
    return RenderedDocument(
      bytes: Array(text.utf8), pageCount: 1 + profile.patient.name.count % 3, outcome: .program,
      warnings: profile.patient.name.hasPrefix("W") ? ["character missing in \(profile.patient.name)"] : [])
  }
}

/// Runs batches in-process and reads back what they wrote.
struct BatchHarness {
  var output: URL
  var summary: BatchSummary
  var errors: [String]
  var inputError: InputError?

  /// The report's rows, as JSON objects.
  var rows: [[String: Any]] {
    get throws {
      let data = try Data(contentsOf: output.appendingPathComponent("report.json"))
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      return object?["rows"] as? [[String: Any]] ?? []
    }
  }

  var reportText: String {
    get throws { try String(contentsOf: output.appendingPathComponent("report.json"), encoding: .utf8) }
  }

  /// Every file in the output folder with its bytes, except the report.
  var files: [String: Data] {
    get throws {
      var result: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: output.path) where name != "report.json"
      {
        result[name] = try Data(contentsOf: output.appendingPathComponent(name))
      }
      return result
    }
  }

  static func run(
    _ input: String, output: URL? = nil, jobs: Int = 2, onlyChanged: Bool = false, reportNames: Bool = false,
    renderer: any HandoutRendering = FakeRenderer(), cancellation: CancellationFlag = CancellationFlag(),
    today: String = "2026-12-01"
  ) throws -> BatchHarness {
    let output = try output ?? TestFolder.make()
    try BatchOutputFolder.prepare(output.path)
    var opened = try BatchInput.open(path: input)
    let settings = BatchSettings(
      outputFolder: output.path, jobs: jobs, clinic: Clinic(name: "Test Clinic"),
      clinicHashPart: ContentHash.ClinicPart(Clinic(name: "Test Clinic")),
      paper: .letter, largePrint: false, today: today, catalogueVersion: "test", onlyChanged: onlyChanged,
      reportNames: reportNames, inputName: URL(fileURLWithPath: input).lastPathComponent,
      inputKind: opened.kind)
    let errors = LineCollector()
    let runner = BatchRunner(
      settings: settings, renderer: renderer, cancellation: cancellation, errorLine: { errors.add($0) })
    let outcome = try runner.run(&opened.reader)
    return BatchHarness(
      output: output, summary: outcome.summary, errors: errors.lines, inputError: outcome.inputError)
  }
}

/// Collects lines from several threads.
final class LineCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String] = []

  func add(_ line: String) {
    lock.lock()
    stored.append(line)
    lock.unlock()
  }

  var lines: [String] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}

/// Temporary folders and inputs.
enum TestFolder {
  static func make() throws -> URL { try BatchTestFiles.folder() }

  @discardableResult
  static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    try BatchTestFiles.write(text, name, in: folder)
  }

  static let header =
    "patient.name,patient.reference,side,cause,symptoms.pain_now,symptoms.pain_worst_24h,"
    + "symptoms.settle_time,symptoms.night_pain,symptoms.duration_weeks,symptoms.below_knee,"
    + "symptoms.peripheralises,symptoms.neuro,date"

  /// One CSV row; quote `name` and `reference` yourself when they hold commas.
  static func row(_ name: String, _ reference: String, painNow: Int = 4, date: String = "2026-11-25")
    -> String
  {
    "\(name),\(reference),left,disc,\(painNow),6,10to60min,none,4,true,none,none,\(date)"
  }

  /// A CSV file of rows.
  static func csv(_ rows: [String], name: String = "patients.csv") throws -> String {
    try write(([header] + rows).joined(separator: "\n") + "\n", name, in: make())
  }

  static func jsonRow(_ name: String, _ reference: String, cause: String = "disc") -> String {
    """
    {"patient": {"name": "\(name)", "reference": "\(reference)"}, "side": "right", "cause": "\(cause)", \
    "date": "2026-11-25", "symptoms": {"pain_now": 3, "pain_worst_24h": 5, "settle_time": "lt10min", \
    "night_pain": "none", "duration_weeks": 6, "below_knee": false, "peripheralises": "none", "neuro": "none"}}
    """
  }

  static func yaml(_ name: String, _ reference: String, cause: String = "disc") -> String {
    BatchTestFiles.yamlProfile(name, reference, cause: cause)
  }
}
