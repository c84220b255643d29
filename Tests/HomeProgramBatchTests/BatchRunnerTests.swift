import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramBatch
@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Test func csvBatchWritesGoodRowsAndReportsBadOnes() throws {
  let input = try TestFolder.csv([
    TestFolder.row("Ann Lee", "P-1"),
    TestFolder.row("Bob Ray", "P-2", painNow: 11),
    TestFolder.row("Cy RENDER-FAIL", "P-3"),
    TestFolder.row("Di Ross", "P-4"),
  ])
  let run = try BatchHarness.run(input)
  #expect(run.summary.rows == 4)
  #expect(run.summary.written == 2)
  #expect(run.summary.failed == 2)
  #expect(try run.files.keys.sorted() == ["P-1.pdf", "P-4.pdf"])
  #expect(
    run.errors == [
      "patients.csv line 3: symptoms.pain_now: 11 is out of range; allowed 0–10.",
      "patients.csv line 4: include[0]: 'ZZ99' is not allowed; allowed values: catalogue ids.",
    ])
  let rows = try run.rows
  #expect(rows.map { $0["row"] as? String } == (2...5).map { "patients.csv line \($0)" })
  #expect(rows.map { $0["status"] as? String } == ["written", "failed", "failed", "written"])
  #expect(rows[0]["file"] as? String == "P-1.pdf")
  #expect(rows[0]["pages"] as? Int == 2)
  #expect(rows[0]["outcome"] as? String == "program")
  #expect((rows[0]["content_hash"] as? String)?.count == 64)
  #expect(rows[1]["file"] is NSNull)
  #expect((rows[1]["error"] as? String)?.contains("symptoms.pain_now") == true)
}

@Test func jsonLinesBatchCountsAndNamesRows() throws {
  let folder = try TestFolder.make()
  let input = try TestFolder.write(
    [
      TestFolder.jsonRow("Ann", "J-1"), "", TestFolder.jsonRow("Bob", "J-2", cause: "disk"),
      "not json at all: [", TestFolder.jsonRow("Cy", "J-3"),
    ].joined(separator: "\n"), "patients.jsonl", in: folder)
  let run = try BatchHarness.run(input)
  #expect(run.summary.written == 2)
  #expect(run.summary.failed == 2)
  #expect(run.errors.count == 2)
  #expect(run.errors[0].hasPrefix("patients.jsonl line 3:"))
  #expect(run.errors[0].contains("cause: 'disk' is not allowed"))
  #expect(run.errors[1].hasPrefix("patients.jsonl line 4"))
  #expect(try run.files.keys.sorted() == ["J-1.pdf", "J-3.pdf"])
}

@Test func folderBatchUsesFileNamesAsRows() throws {
  let folder = try TestFolder.make()
  try TestFolder.write(TestFolder.yaml("Ann", "F-1"), "a.yaml", in: folder)
  try TestFolder.write(TestFolder.yaml("Bob", "F-2", cause: "disco"), "b.yaml", in: folder)
  try TestFolder.write("{\"patient\": {\"name\": \"Cy\"}}", "c.json", in: folder)
  let run = try BatchHarness.run(folder.path)
  #expect(run.summary.rows == 3)
  #expect(run.summary.written == 1)
  #expect(run.errors.count == 2)
  #expect(run.errors[0].hasPrefix("b.yaml:6:8: cause: 'disco' is not allowed"))
  #expect(run.errors[1].hasPrefix("c.json"))
  #expect(try run.rows.map { $0["row"] as? String } == ["a.yaml", "b.yaml", "c.json"])
}

@Test func outputDoesNotDependOnTheNumberOfJobs() throws {
  let rows = (0..<40).map { index in
    index % 7 == 3
      ? TestFolder.row("Bad \(index)", "R-\(index % 5)", painNow: 12)
      : TestFolder.row("Patient \(index)", index % 3 == 0 ? "" : "R-\(index % 5)")
  }
  let input = try TestFolder.csv(rows)
  let one = try BatchHarness.run(input, jobs: 1)
  let four = try BatchHarness.run(input, jobs: 4)
  #expect(try one.files == four.files)
  #expect(try one.reportText == four.reportText)
  #expect(one.errors == four.errors)
}

@Test func realEngineBytesDoNotDependOnTheNumberOfJobs() throws {
  let input = try TestFolder.csv([
    TestFolder.row("Ann Lee", "E-1"), TestFolder.row("Bob Ray", "E-2"), TestFolder.row("Cy Young", ""),
  ])
  let renderer = EngineHandoutRenderer(engine: try HandoutEngine.bundled())
  let one = try BatchHarness.run(input, jobs: 1, renderer: renderer)
  let two = try BatchHarness.run(input, jobs: 2, renderer: renderer)
  #expect(one.summary.written == 3)
  #expect(try one.files == two.files)
  #expect(try one.files.keys.sorted() == ["E-1.pdf", "E-2.pdf", "cy-young.pdf"])
  #expect(try one.files.values.allSatisfy { $0.starts(with: Data("%PDF".utf8)) })
}

@Test func hostileReferencesGiveSafeNamesInsideTheOutputFolder() throws {
  let hostile = [
    "../x", "/etc/x", "", String(repeating: "L", count: 100), "...", "Ñúñez-王", "a/b", "\"..\\..\\w\"",
    ".bashrc", "CON",
  ]
  let input = try TestFolder.csv(hostile.enumerated().map { TestFolder.row("Name \($0.offset)", $0.element) })
  // The output folder sits alone in a fresh folder, so nothing else can be named x.pdf beside it.
  let parent = try TestFolder.make()
  let run = try BatchHarness.run(input, output: parent.appendingPathComponent("out"))
  #expect(run.summary.written == hostile.count)
  let names = try run.files.keys.sorted()
  #expect(names.count == hostile.count)
  for name in names {
    #expect(!name.hasPrefix("."))
    #expect(!name.contains("/"))
    #expect(name.count <= 90)
    #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
  }
  #expect(names.contains("x.pdf"))
  #expect(names.contains { $0.hasPrefix("LLLL") && $0.count == SafeFileName.maximumLength + 4 })
  #expect(names.contains("etc-x.pdf"))
  #expect(names.contains("name-2.pdf"))
  #expect(names.contains("name-4.pdf"))
  #expect(names.contains("a-b.pdf"))
  #expect(names.contains("bashrc.pdf"))
  #expect(names.contains("CON_.pdf"))
  #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"])
  #expect(!FileManager.default.fileExists(atPath: "/etc/x.pdf"))
}

@Test func clashesAreNumberedInInputOrder() throws {
  let input = try TestFolder.csv([
    TestFolder.row("Ann", "P-1"), TestFolder.row("Bob", "P-1"), TestFolder.row("Cy", "p-1"),
    TestFolder.row("Di", ""), TestFolder.row("Di", ""),
  ])
  let run = try BatchHarness.run(input, jobs: 3)
  #expect(
    try run.rows.map { $0["file"] as? String } == ["P-1.pdf", "P-1-2.pdf", "p-1-3.pdf", "di.pdf", "di-2.pdf"])
}

@Test func onlyChangedSkipsUnchangedRowsAndRebuildsChangedOnes() throws {
  let folder = try TestFolder.make()
  let rows = [TestFolder.row("Ann", "P-1"), TestFolder.row("Bob", "P-2"), TestFolder.row("Cy", "P-3")]
  let input = try TestFolder.write(([TestFolder.header] + rows).joined(separator: "\n"), "p.csv", in: folder)
  let first = try BatchHarness.run(input, onlyChanged: true)
  #expect(first.summary.written == 3)

  var changed = rows
  changed[1] = TestFolder.row("Bob", "P-2", painNow: 2)
  try TestFolder.write(([TestFolder.header] + changed).joined(separator: "\n"), "p.csv", in: folder)
  try FileManager.default.removeItem(at: first.output.appendingPathComponent("P-3.pdf"))
  let second = try BatchHarness.run(input, output: first.output, onlyChanged: true)
  #expect(try second.rows.map { $0["status"] as? String } == ["unchanged", "written", "written"])
  #expect(second.summary.unchanged == 1)
  #expect(try second.rows[0]["pages"] as? Int == first.rows[0]["pages"] as? Int)

  let third = try BatchHarness.run(input, output: first.output, onlyChanged: true)
  #expect(third.summary.unchanged == 3)
  let newDay = try BatchHarness.run(input, output: first.output, onlyChanged: true, today: "2027-01-01")
  #expect(newDay.summary.unchanged == 3, "rows with a date do not depend on today")
}

@Test func rowsWithoutADateUseTodayAndRebuildOnANewDay() throws {
  let input = try TestFolder.csv([TestFolder.row("Ann", "P-1", date: "")])
  let first = try BatchHarness.run(input, onlyChanged: true, today: "2026-12-01")
  #expect(try first.rows[0]["date"] as? String == "2026-12-01")
  let again = try BatchHarness.run(input, output: first.output, onlyChanged: true, today: "2026-12-01")
  #expect(again.summary.unchanged == 1)
  let later = try BatchHarness.run(input, output: first.output, onlyChanged: true, today: "2026-12-02")
  #expect(later.summary.written == 1)
}

@Test func theReportHoldsNoNamesUnlessAskedTo() throws {
  let input = try TestFolder.csv([
    TestFolder.row("Zelda Quixote", "ZQ-77"), TestFolder.row("Wanda Yolanda", "WY-1"),
    TestFolder.row("Xavier Ungar", "XU-9", painNow: 99),
  ])
  let hidden = try BatchHarness.run(input)
  let text = try hidden.reportText
  for secret in ["Zelda", "Quixote", "Wanda", "Yolanda", "Xavier", "Ungar"] {
    #expect(!text.contains(secret), "\(secret) leaked into report.json")
  }
  #expect(text.contains("ZQ-77.pdf"), "the output file name is kept: the contract names files by reference")
  let shown = try BatchHarness.run(input, reportNames: true)
  let rows = try shown.rows
  #expect(rows[0]["name"] as? String == "Zelda Quixote")
  #expect(rows[0]["reference"] as? String == "ZQ-77")
}

@Test func aSymlinkInTheOutputFolderIsNeverFollowed() throws {
  let output = try TestFolder.make()
  let victim = try TestFolder.write("precious", "victim.txt", in: try TestFolder.make())
  try FileManager.default.createSymbolicLink(
    atPath: output.appendingPathComponent("P-1.pdf").path, withDestinationPath: victim)
  let input = try TestFolder.csv([TestFolder.row("Ann", "P-1"), TestFolder.row("Bob", "P-2")])
  let run = try BatchHarness.run(input, output: output)
  #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
  let link = try FileManager.default.destinationOfSymbolicLink(
    atPath: output.appendingPathComponent("P-1.pdf").path)
  #expect(link == victim)
  #expect(run.summary.failed == 1)
  #expect(run.summary.written == 1)
  #expect(run.errors.first?.contains("symbolic link") == true)
}

@Test func aRowWhoseFileCannotBeWrittenIsReportedInPlaceWithoutItsRenderingDetails() throws {
  // Files are written on threads of their own, after rendering; a write that fails must still
  // fail its own row, in input order, and not report pages or bytes that never reached the disk.
  let output = try TestFolder.make()
  try FileManager.default.createDirectory(
    at: output.appendingPathComponent("P-2.pdf"), withIntermediateDirectories: false)
  let input = try TestFolder.csv([
    TestFolder.row("Ann", "P-1"), TestFolder.row("Bob", "P-2"), TestFolder.row("Cy", "P-3"),
  ])
  let run = try BatchHarness.run(input, output: output)
  let rows = try run.rows
  #expect(rows.map { $0["status"] as? String } == ["written", "failed", "written"])
  #expect(rows[1]["pages"] is NSNull && rows[1]["bytes"] is NSNull && rows[1]["file"] is NSNull)
  #expect((rows[1]["error"] as? String)?.contains("a folder") == true)
  #expect(rows[0]["pages"] is Int && rows[2]["bytes"] is Int)
}

@Test func aSymlinkedOutputFolderIsRefused() throws {
  let real = try TestFolder.make()
  let link = try TestFolder.make().appendingPathComponent("out")
  try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
  #expect(throws: OutputError.self) { try BatchOutputFolder.prepare(link.path) }
}

@Test func aCancelledBatchWritesItsReportAndNoTemporaryFiles() throws {
  let input = try TestFolder.csv((0..<20).map { TestFolder.row("P \($0)", "C-\($0)") })
  let flag = CancellationFlag()
  flag.cancel()
  let run = try BatchHarness.run(input, cancellation: flag)
  #expect(run.summary.interrupted)
  #expect(run.summary.rows == 0)
  #expect(try run.files.isEmpty)
  let all = try FileManager.default.contentsOfDirectory(atPath: run.output.path)
  #expect(all == ["report.json"])
}

/// Reads rows lazily and checks that the runner never holds more than `rowsInFlight` of them.
private struct CountingReader: BatchRowReader {
  let total: Int
  let reported: LineCollector
  let limit: Int
  var produced = 0
  var worst = Box()

  final class Box: @unchecked Sendable {
    var value = 0
  }

  mutating func next() throws(InputError) -> BatchRow? {
    guard produced < total else { return nil }
    worst.value = max(worst.value, produced - reported.lines.count)
    produced += 1
    let profile = PatientProfile(
      patient: .init(name: "Row \(produced)", reference: "M-\(produced)"), date: "2026-11-25", side: .left,
      cause: .disc,
      symptoms: .init(
        painNow: 3, painWorst24h: 5, settleTime: .underTenMinutes, nightPain: .none, durationWeeks: 4,
        belowKnee: false, peripheralises: .none, neuro: .none))
    return BatchRow(
      index: produced - 1, label: "row \(produced)", profile: .success(profile))
  }
}

@Test func rowsInFlightStayBoundedWhateverTheInputSize() throws {
  let output = try TestFolder.make()
  let settings = BatchSettings(
    outputFolder: output.path, jobs: 2, clinic: .builtInDefault,
    clinicHashPart: ContentHash.ClinicPart(.builtInDefault), paper: .a4,
    largePrint: false,
    today: "2026-11-25", catalogueVersion: "t", onlyChanged: false, reportNames: false, inputName: "gen",
    inputKind: .csv)
  let reported = LineCollector()
  let progress = BatchProgress(total: 0, interactive: false) { reported.add($0) }
  let counting = CountingReader(total: 300, reported: reported, limit: settings.rowsInFlight)
  var reader: any BatchRowReader = counting
  let outcome = try BatchRunner(settings: settings, renderer: FakeRenderer(), progress: progress).run(&reader)
  #expect(outcome.summary.written == 300)
  #expect(counting.worst.value <= settings.rowsInFlight)
  #expect(counting.worst.value >= 1)
}

@Test func aFlushThatFailsOnTheWriterThreadFailsItsRowAndLeavesNoTemporaryFile() throws {
  // Files are flushed and renamed on writer threads; a failure there (here: the rename) must give
  // the row a failure without pages or bytes, and remove the temporary file.
  let output = try TestFolder.make()
  let settings = BatchSettings(
    outputFolder: output.path, jobs: 1, clinic: Clinic(name: "Test Clinic"),
    clinicHashPart: ContentHash.ClinicPart(Clinic(name: "Test Clinic")), paper: .letter, largePrint: false,
    today: "2026-12-01", catalogueVersion: "test", onlyChanged: false, reportNames: false, inputName: "t",
    inputKind: .csv)
  let worker = BatchRowWorker(
    settings: settings, renderer: FakeRenderer(), cancellation: CancellationFlag(), previous: [:])
  let path = output.appendingPathComponent("P-1.pdf").path
  let writer = try AtomicStreamWriter(path: path, faults: .fail(.rename, errno: EACCES))
  writer.write(Array("%PDF-fake".utf8))
  let row = BatchRow(index: 0, label: "t line 2", profile: .failure(.fileNotFound(path: "unused")))
  let pending = BatchRowWorker.PendingFile(
    writer: writer, file: "P-1.pdf", entry: BatchReportEntry(row: row.label, status: .failed), row: row,
    pageCount: 3, byteCount: 9, outcome: "program", warnings: [])
  guard case .done(let entry, let line) = worker.commit(pending) else {
    Issue.record("the row was discarded")
    return
  }
  #expect(entry.status == .failed && entry.pages == nil && entry.bytes == nil && entry.file == nil)
  #expect(line?.contains("Permission denied") == true)
  #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
}

@Test func rowsInFlightNeverOutgrowTheTemporaryFileTable() {
  // Every row in flight may hold an open temporary file, and the report holds one more: all of
  // them must be in the table the signal handler cleans up.
  for jobs in [1, 2, 8, 64, 79, 80, 256] {
    let settings = BatchSettings(
      outputFolder: "/tmp", jobs: jobs, clinic: Clinic(name: "Test Clinic"),
      clinicHashPart: ContentHash.ClinicPart(Clinic(name: "Test Clinic")), paper: .letter, largePrint: false,
      today: "2026-12-01", catalogueVersion: "test", onlyChanged: false, reportNames: false, inputName: "t",
      inputKind: .csv)
    #expect(settings.rowsInFlight + 1 <= TemporaryFiles.slots)
    #expect(settings.rowsInFlight >= jobs)
  }
}
