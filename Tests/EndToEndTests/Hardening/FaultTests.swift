import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 7, faults: the output is all or nothing. Whatever goes wrong while writing — a missing or
/// unwritable folder, a full disk, a target that is not a regular file, a missing font, a signal —
/// no partial file and no temporary file remains, and what was there before is untouched.
struct FaultTests {
  static let fullDiskReason: Comment = "needs root or passwordless sudo to mount a tmpfs (a tiny full disk)"

  /// The bytes of a complete PDF end with %%EOF (and a line break).
  static func isCompletePDF(_ path: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: path), data.starts(with: Data("%PDF-".utf8)) else {
      return false
    }
    return String(decoding: data.suffix(16), as: UTF8.self).contains("%%EOF")
  }

  static func sample(_ workspace: Workspace) throws -> String {
    try workspace.write("p.yaml", Workspace.sample)
  }

  @Test func aMissingOutputFolderIsRefused() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let result = try Binary.run(["generate", try Self.sample(w), "-o", w.path("missing/out.pdf")])
    #expect(result.status == 3)
    #expect(
      result.stderr.contains("error: \(w.path("missing")): the folder does not exist; create it first."))
    #expect(!FileManager.default.fileExists(atPath: w.path("missing")))
  }

  @Test(arguments: [
    ("/dev/full", "is a device, not a regular file"), ("/dev/null", "is a device, not a regular file"),
  ])
  func aDeviceIsRefusedNotWrittenTo(_ device: String, _ message: String) throws {
    let w = try Workspace.make()
    defer { w.remove() }
    for command in [["generate", try Self.sample(w)], ["public"], ["catalogue", "sheet"]] {
      let result = try Binary.run(command + ["-o", device])
      #expect(result.status == 3, "\(command): \(result.stderr)")
      #expect(result.stderr.contains("error: \(device): \(message)"), "\(result.stderr)")
    }
  }

  @Test func aFolderADanglingSymlinkAndASymlinkAreRefusedAndLeftAsTheyWere() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let profile = try Self.sample(w)
    let folder = w.out.appendingPathComponent("folder.pdf")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    let dangling = w.out.appendingPathComponent("dangling.pdf")
    try FileManager.default.createSymbolicLink(
      atPath: dangling.path, withDestinationPath: w.path("nowhere.pdf"))
    let victim = try w.write("victim.txt", "precious")
    let link = w.out.appendingPathComponent("link.pdf")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: victim)
    for (target, kind) in [(folder, "a folder"), (dangling, "a symbolic link"), (link, "a symbolic link")] {
      let result = try Binary.run(["generate", profile, "-o", target.path])
      #expect(result.status == 3)
      #expect(result.stderr.contains("\(target.path): is \(kind), not a regular file"), "\(result.stderr)")
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dangling.path) == w.path("nowhere.pdf"))
    #expect(!FileManager.default.fileExists(atPath: w.path("nowhere.pdf")), "the dangling link was followed")
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    #expect(try w.hiddenOutputFiles().isEmpty)
  }

  @Test func aFailedRunLeavesThePreviousOutputUntouched() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    try Data("previous handout".utf8).write(to: URL(fileURLWithPath: w.output))
    let bad = try w.profile(replacing: "  pain_now: 4", with: "  pain_now: 11")
    #expect(try Binary.run(["generate", bad, "-o", w.output]).status == 1)
    let noFont = try Binary.run([
      "generate", try Self.sample(w), "-o", w.output, "--font-dir", w.path("fonts"),
    ])
    #expect(noFont.status == 1)
    #expect(
      noFont.stderr.contains(
        "error: Cannot use the font file \(w.path("fonts"))/DejaVuSans.ttf (no such file); a readable TrueType (.ttf) file is required, see --font-dir."
      ), "\(noFont.stderr)")
    #expect(try String(contentsOfFile: w.output, encoding: .utf8) == "previous handout")
    #expect(try w.hiddenOutputFiles().isEmpty)
  }

  @Test(
    .enabled(if: getuid() != 0 || Mounts.available, "root writes anywhere: needs a read-only tmpfs mount"))
  func anUnwritableFolderIsRefused() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let folder: URL
    if getuid() != 0 {
      folder = w.root.appendingPathComponent("locked")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
      chmod(folder.path, 0o555)
    } else if Mounts.available {
      folder = try Mounts.tmpfs(size: "64k", readOnly: true)  // root may write anywhere but here
    } else {
      return  // not reached: the trait skips root without the right to mount
    }
    defer {
      if getuid() == 0 { Mounts.remove(folder) } else { chmod(folder.path, 0o755) }
    }
    let generate = try Binary.run([
      "generate", try Self.sample(w), "-o", folder.appendingPathComponent("out.pdf").path,
    ])
    #expect(generate.status == 3)
    #expect(generate.stderr.contains("\(folder.path): cannot write here ("), "\(generate.stderr)")
    let batch = try Binary.run(["batch", try w.csv([Workspace.csvRow("Ann", "A-1")]), "-o", folder.path])
    #expect(batch.status == 3)
    #expect(batch.stderr.contains("\(folder.path): cannot write here ("), "\(batch.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test(.enabled(if: Mounts.available, fullDiskReason))
  func aFullDiskLeavesNothingBehind() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let disk = try Mounts.tmpfs(size: "8k")  // smaller than any PDF the program writes
    defer { Mounts.remove(disk) }
    let output = disk.appendingPathComponent("out.pdf").path
    let result = try Binary.run(["generate", try Self.sample(w), "-o", output])
    #expect(result.status == 3)
    #expect(
      result.stderr.contains(
        "error: \(output): writing failed (No space left on device); nothing was written."))
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)

    let sheet = try Binary.run(["catalogue", "sheet", "-o", output])
    #expect(sheet.status == 3)
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
  }

  @Test(.enabled(if: Mounts.available, fullDiskReason))
  func aBatchThatFillsTheDiskKeepsOnlyWholeFiles() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let disk = try Mounts.tmpfs(size: "160k")
    defer { Mounts.remove(disk) }
    let rows = (1...6).map { Workspace.csvRow("Patient \($0)", "F-\($0)") }
    let result = try Binary.run(["batch", try w.csv(rows), "-o", disk.path, "--jobs", "1"])
    #expect([3, 4].contains(result.status), "\(result.stderr)")
    #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: disk.path)
    #expect(!names.contains { $0.hasPrefix(".") }, "temporary files left: \(names)")
    let pdfs = names.filter { $0.hasSuffix(".pdf") }
    #expect(pdfs.count < 6)
    for name in pdfs {
      #expect(Self.isCompletePDF(disk.appendingPathComponent(name).path), "\(name) is partial")
    }
  }

  /// A signal at any moment of `generate` leaves either no file or the whole PDF, and never a
  /// temporary file (the signal handler removes it before the process dies).
  @Test func aSignalDuringGenerateLeavesNoPartialOrTemporaryFile() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let profile = try Self.sample(w)
    for (attempt, delay) in stride(from: 0, to: 600_000, by: 50_000).enumerated() {
      let output = w.out.appendingPathComponent("run-\(attempt).pdf").path
      let process = Process()
      process.executableURL = Binary.executable
      process.arguments = ["generate", profile, "-o", output]
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32(delay))
      kill(process.processIdentifier, attempt.isMultiple(of: 2) ? SIGINT : SIGTERM)
      process.waitUntilExit()
      if FileManager.default.fileExists(atPath: output) {
        #expect(Self.isCompletePDF(output), "attempt \(attempt) left a partial PDF")
      }
    }
    let left = try w.hiddenOutputFiles()
    #expect(left.isEmpty, "temporary files left: \(left)")
  }

  @Test func sigtermMidBatchStopsCleanlyWithAReportOfWhatWasWritten() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let csv = try w.csv((0..<300).map { Workspace.csvRow("Patient \($0)", "T-\($0)") })
    let process = Process()
    process.executableURL = Binary.executable
    process.arguments = ["batch", csv, "-o", w.out.path, "--jobs", "2"]
    process.standardError = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    for _ in 0..<200 {
      if try w.outputFiles().contains(where: { $0.hasSuffix(".pdf") }) { break }
      usleep(50_000)
    }
    kill(process.processIdentifier, SIGTERM)
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    #expect(try w.hiddenOutputFiles().isEmpty)
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: w.out.appendingPathComponent("report.json")))
        as? [String: Any])
    let rows = try #require(report["rows"] as? [[String: Any]])
    let written = Set(
      rows.filter { $0["status"] as? String == "written" }.compactMap { $0["file"] as? String })
    let pdfs = Set(try w.outputFiles().filter { $0.hasSuffix(".pdf") })
    #expect(written == pdfs, "the report must list exactly the PDFs on disk")
    #expect((report["summary"] as? [String: Any])?["interrupted"] as? Bool == true)
    for name in pdfs { #expect(Self.isCompletePDF(w.out.appendingPathComponent(name).path)) }
  }
}
