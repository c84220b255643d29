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

private func readAll(_ path: String) throws -> [BatchRow] {
  var reader = try BatchInput.open(path: path).reader
  var rows: [BatchRow] = []
  while let row = try reader.next() { rows.append(row) }
  return rows
}

private func errorText(_ row: BatchRow) -> String? {
  if case .failure(let error) = row.profile { return error.description }
  return nil
}

@Test func csvRowsAreReadWithTheirLineNumbers() throws {
  let folder = try BatchTestFiles.folder()
  let text =
    [
      BatchTestFiles.csvHeader,
      BatchTestFiles.csvRow("Ann Lee", "P-1"),
      "",
      BatchTestFiles.csvRow("\"Bob\nSmith\"", "P-2"),
      BatchTestFiles.csvRow("Cy Young", "P-3", painNow: 11),
      BatchTestFiles.csvRow("Di Ross", "P-4").replacingOccurrences(of: ",left,", with: ",lfet,"),
    ].joined(separator: "\n") + "\n"
  let path = try BatchTestFiles.write(text, "patients.csv", in: folder)
  let opened = try BatchInput.open(path: path)
  #expect(opened.kind == .csv)
  let rows = try readAll(path)
  #expect(rows.map(\.line) == [2, 4, 6, 7])
  #expect(rows.map(\.index) == [0, 1, 2, 3])
  guard case .success(let ann) = rows[0].profile else {
    Issue.record("row 1: \(errorText(rows[0]) ?? "")")
    return
  }
  #expect(ann.patient.name == "Ann Lee")
  #expect(ann.equipment == [.chair, .pillow])
  #expect(ann.date == "2026-11-25")
  #expect(ann.conditions.isEmpty)
  #expect(errorText(rows[1]) == nil)
  #expect(errorText(rows[2])?.hasPrefix("patients.csv line 6: symptoms.pain_now: 11 is out of range") == true)
  let sideError = try #require(errorText(rows[3]))
  #expect(sideError.contains("patients.csv line 7: side: 'lfet' is not allowed"))
  #expect(sideError.contains("Did you mean 'left'?"))
  #expect(rows[2].identifiers == ["Cy Young", "P-3"])
}

@Test func anUnknownCSVColumnIsAnErrorNamingIt() throws {
  let folder = try BatchTestFiles.folder()
  let header = BatchTestFiles.csvHeader.replacingOccurrences(
    of: "symptoms.pain_now", with: "symptoms.pain_nwo")
  let path = try BatchTestFiles.write(header + "\n", "bad.csv", in: folder)
  #expect {
    _ = try BatchInput.open(path: path)
  } throws: { error in
    let text = "\(error)"
    return text.contains("symptoms.pain_nwo") && text.contains("did you mean 'symptoms.pain_now'?")
  }
}

@Test func aCSVRowWithTooManyCellsFailsAlone() throws {
  let folder = try BatchTestFiles.folder()
  let text = [
    BatchTestFiles.csvHeader, BatchTestFiles.csvRow("A", "1") + ",extra", BatchTestFiles.csvRow("B", "2"),
  ]
  .joined(separator: "\r\n")
  let rows = try readAll(try BatchTestFiles.write(text, "p.csv", in: folder))
  #expect(rows.count == 2)
  #expect(errorText(rows[0])?.contains("p.csv line 2") == true)
  #expect(errorText(rows[1]) == nil)
}

@Test func csvColumnOrderAndSpacingDoNotChangeTheContentHash() throws {
  let folder = try BatchTestFiles.folder()
  let header = BatchTestFiles.csvHeader.split(separator: ",").map(String.init)
  let cells = BatchTestFiles.csvRow("Ann", "P-1").split(separator: ",", omittingEmptySubsequences: false)
    .map(String.init)
  // The same row with its columns reversed and a list cell spaced differently.
  let reversed = zip(header, cells).reversed()
  let text =
    reversed.map(\.0).joined(separator: ",") + "\n"
    + reversed.map { $0.1 == "chair; pillow" ? " chair ;pillow " : $0.1 }.joined(separator: ",") + "\n"
  let a = try readAll(
    try BatchTestFiles.write(
      "\(BatchTestFiles.csvHeader)\n\(cells.joined(separator: ","))\n", "a.csv", in: folder))
  let b = try readAll(try BatchTestFiles.write(text, "b.csv", in: folder))
  func hash(_ row: BatchRow) throws -> String {
    ContentHash(
      profile: try row.profile.get(), clinic: Clinic(), catalogueVersion: "1", paper: .letter,
      largePrint: false,
      date: "2026-11-25"
    ).hex
  }
  #expect(try hash(a[0]) == (try hash(b[0])))
}

@Test func jsonLinesRowsSkipBlankLines() throws {
  let folder = try BatchTestFiles.folder()
  let text = [
    BatchTestFiles.jsonRow("Ann", "J-1"), "", "   ",
    BatchTestFiles.jsonRow("Bob", nil, cause: "disk"),
    "{\"patient\": ",
    BatchTestFiles.jsonRow("Cy", "J-3"),
  ].joined(separator: "\n")
  let path = try BatchTestFiles.write(text, "patients.jsonl", in: folder)
  #expect(try BatchInput.open(path: path).expectedRows == 4)
  let rows = try readAll(path)
  #expect(rows.map(\.line) == [1, 4, 5, 6])
  #expect(errorText(rows[0]) == nil)
  let cause = try #require(errorText(rows[1]))
  #expect(cause.hasPrefix("patients.jsonl line 4:"))
  #expect(cause.contains("cause: 'disk' is not allowed"))
  #expect(errorText(rows[2])?.hasPrefix("patients.jsonl line 5") == true)
  #expect(errorText(rows[3]) == nil)
}

@Test func foldersAreReadInSortedOrderSkippingOtherFiles() throws {
  let folder = try BatchTestFiles.folder()
  try BatchTestFiles.write(BatchTestFiles.yamlProfile("B", "F-2"), "b.yaml", in: folder)
  try BatchTestFiles.write(BatchTestFiles.yamlProfile("A", "F-1"), "a.yml", in: folder)
  try BatchTestFiles.write(BatchTestFiles.yamlProfile("C", "F-3", cause: "disco"), "c.yaml", in: folder)
  try BatchTestFiles.write("not a profile", "notes.txt", in: folder)
  try BatchTestFiles.write(BatchTestFiles.yamlProfile("H", "F-9"), ".hidden.yaml", in: folder)
  let rows = try readAll(folder.path)
  #expect(rows.map(\.label) == ["a.yml", "b.yaml", "c.yaml"])
  #expect(errorText(rows[2])?.hasPrefix("c.yaml:6:8: cause: 'disco'") == true)
}

@Test func redactionRemovesNamesFromMessages() {
  let text = BatchReportEntry.redact(
    "x.csv line 3: patient: 'Ann Lee' is …", identifiers: ["Ann Lee", "P-1"])
  #expect(!text.contains("Ann Lee"))
  #expect(text.contains("[redacted]"))
}

/// `adjust.ST01.sets`-style columns become the profile's `adjust` map; a bad adjust key in the
/// header is named with what is allowed.
@Test func csvAdjustColumnsBecomeTheProfilesAdjustMap() throws {
  let folder = try BatchTestFiles.folder()
  let text =
    [
      BatchTestFiles.csvHeader + ",adjust.ST01.reps,adjust.st01.note,adjust.NG01.order",
      BatchTestFiles.csvRow("Ann Lee", "P-1") + ",12,\"Squeeze a pillow, gently.\",1",
      BatchTestFiles.csvRow("Bob Smith", "P-2") + ",,,",
    ].joined(separator: "\n") + "\n"
  let rows = try readAll(try BatchTestFiles.write(text, "patients.csv", in: folder))
  guard case .success(let ann) = rows[0].profile, case .success(let bob) = rows[1].profile else {
    Issue.record("rows: \(rows.map { errorText($0) ?? "ok" })")
    return
  }
  #expect(ann.adjust["ST01"] == DoseAdjustment([.reps: 12], note: "Squeeze a pillow, gently."))
  #expect(ann.adjust["NG01"]?.order == 1)
  #expect(bob.adjust.isEmpty)

  let bad = try BatchTestFiles.write(BatchTestFiles.csvHeader + ",adjust.ST01.rep\n", "bad.csv", in: folder)
  #expect {
    _ = try BatchInput.open(path: bad)
  } throws: { error in
    "\(error)".contains("adjust.ST01.rep") && "\(error)".contains("adjust.<id>.reps")
  }
}
