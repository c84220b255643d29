import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `homeprogram batch` as a user would: exit codes, stderr lines, the report, signals.
struct BatchCommandTests {
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hp-batch-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func theSampleCSVWritesElevenHandoutsAndReportsOneFailure() throws {
    let output = try Self.temporaryFolder().appendingPathComponent("out")
    let result = try Binary.run([
      "batch", "Samples/batch/patients.csv", "-o", output.path, "--clinic", "Samples/clinic.yaml", "--jobs",
      "2",
    ])
    #expect(result.status == 4, "\(result.stderr)")
    #expect(result.stderr.contains("error: patients.csv line 12: symptoms.pain_now: 11 is out of range"))
    #expect(result.stderr.contains("12 rows: 11 written, 1 failed, 0 unchanged in"))
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("report.json")))
        as? [String: Any])
    let rows = try #require(report["rows"] as? [[String: Any]])
    #expect(rows.count == 12)
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["written"] as? Int == 11)
    let text = try String(contentsOf: output.appendingPathComponent("report.json"), encoding: .utf8)
    #expect(!text.contains("Núñez") && !text.contains("Margaret"))
  }

  @Test func batchAndGenerateWriteTheSameBytesWithTheSameFooterStamp() throws {
    let folder = try Self.temporaryFolder()
    let output = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let batch = try Binary.run([
      "batch", "Samples/patients", "-o", output.path, "--clinic", "Samples/clinic.yaml", "--jobs", "1",
    ])
    #expect(batch.status == 0, "\(batch.stderr)")
    let single = folder.appendingPathComponent("jose.pdf")
    let generate = try Binary.run([
      "generate", "Samples/patients/jose-disc.yaml", "--clinic", "Samples/clinic.yaml", "-o", single.path,
    ])
    #expect(generate.status == 0, "\(generate.stderr)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("report.json")))
        as? [String: Any])
    let rows = try #require(report["rows"] as? [[String: Any]])
    let jose = try #require(rows.first { $0["row"] as? String == "jose-disc.yaml" })
    let file = try #require(jose["file"] as? String)
    let hash = try #require(jose["content_hash"] as? String)
    let fromBatch = try Data(contentsOf: output.appendingPathComponent(file))
    #expect(fromBatch == (try Data(contentsOf: single)))
    // The footer's stamp is the report's content hash, shortened.
    let text = try PDFText.extract(single)
    #expect(text.contains("Catalog 2026.11.3 · \(hash.prefix(8))"), "\(text.prefix(400))")
  }

  @Test func badInputExitsWithOne() throws {
    let folder = try Self.temporaryFolder()
    let missing = try Binary.run(["batch", folder.appendingPathComponent("nope.csv").path, "-o", folder.path])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("nope.csv: file not found"))
    let csv = folder.appendingPathComponent("bad.csv")
    try Data("patient.name,sidee\nAnn,left\n".utf8).write(to: csv)
    let unknown = try Binary.run(["batch", csv.path, "-o", folder.appendingPathComponent("out").path])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("unknown key 'sidee' (did you mean 'side'?)"))
  }

  @Test func anOutputFolderThatIsAFileExitsWithThree() throws {
    let folder = try Self.temporaryFolder()
    let file = folder.appendingPathComponent("out")
    try Data("x".utf8).write(to: file)
    let result = try Binary.run(["batch", "Samples/batch/patients.csv", "-o", file.path])
    #expect(result.status == 3)
    #expect(result.stderr.contains("not a folder"))
  }

  @Test func interruptingStopsCleanlyWithTheReport() throws {
    let folder = try Self.temporaryFolder()
    let header =
      "patient.name,patient.reference,side,cause,symptoms.pain_now,symptoms.pain_worst_24h,"
      + "symptoms.settle_time,symptoms.night_pain,symptoms.duration_weeks,symptoms.below_knee,"
      + "symptoms.peripheralises,symptoms.neuro,date"
    let rows = (0..<400).map {
      "Patient \($0),S-\($0),left,disc,4,6,10to60min,none,4,true,none,none,2026-11-25"
    }
    let csv = folder.appendingPathComponent("many.csv")
    try Data(([header] + rows).joined(separator: "\n").utf8).write(to: csv)
    let output = folder.appendingPathComponent("out")

    let process = Process()
    process.executableURL = Binary.executable
    process.arguments = ["batch", csv.path, "-o", output.path, "--jobs", "2"]
    process.standardError = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let reportPath = output.appendingPathComponent("report.json").path
    // Wait until some handouts are written, then interrupt.
    for _ in 0..<200 {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
      if names.contains(where: { $0.hasSuffix(".pdf") }) { break }
      usleep(50_000)
    }
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
    #expect(!names.contains { $0.hasPrefix(".") }, "temporary files left: \(names)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reportPath)))
        as? [String: Any])
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["interrupted"] as? Bool == true)
    let written = try #require(summary["written"] as? Int)
    #expect(written < 400)
    #expect(names.filter { $0.hasSuffix(".pdf") }.count == written)
  }
}
