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

#if canImport(Glibc)
  import Glibc
#endif

/// Fault injection on the write path: whichever step of an atomic write fails (creating the
/// temporary file, writing — a full disk —, flushing, closing, renaming), the target keeps its
/// old bytes (or stays absent), no temporary file remains, and the error names the path and the
/// system's reason in one line.
struct AtomicWriteFaultTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var step: AtomicWriteFaults.Step
    var errno: Int32
    var reason: String
    var existing: Bool
    var testDescription: String {
      "\(step.rawValue) fails (\(reason)), target \(existing ? "exists" : "absent")"
    }
  }

  static let cases: [Case] = AtomicWriteFaults.Step.allCases.flatMap { step in
    [
      (ENOSPC, "No space left on device"), (EIO, "Input/output error"),
    ].flatMap { errno, reason in
      [false, true].map { Case(step: step, errno: errno, reason: reason, existing: $0) }
    }
  }

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hp-faults-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The hidden files (temporary files start with a dot) in `folder`.
  static func hiddenFiles(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
  }

  @Test(arguments: cases)
  func aFailingStepLeavesTheTargetAsItWas(_ testCase: Case) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.pdf")
    if testCase.existing { try Data("old".utf8).write(to: target) }
    let seen = LineCollector()
    var faults = AtomicWriteFaults.fail(testCase.step, errno: testCase.errno)
    faults.willRun = { step, temporary in
      // While the write runs, its temporary file is registered for removal on a signal.
      if step != .create {
        seen.add(TemporaryFiles.registered.contains(temporary) ? "registered" : "missing")
      }
    }
    #expect {
      try AtomicFileWriter.write(Array(repeating: 0x25, count: 100_000), to: target.path, faults: faults)
    } throws: { error in
      let message = (error as? OutputError)?.description ?? ""
      if !message.contains(testCase.reason) || message.contains("\n") { Issue.record("got: \(message)") }
      return message.contains(testCase.reason) && message.contains(folder.path)
    }
    #expect(try Self.hiddenFiles(in: folder).isEmpty, "temporary file left behind")
    if testCase.existing {
      #expect(try Data(contentsOf: target) == Data("old".utf8), "the old file was damaged")
    } else {
      #expect(!FileManager.default.fileExists(atPath: target.path), "a partial file was left")
    }
    #expect(!seen.lines.contains("missing"))
    #expect(TemporaryFiles.registered.allSatisfy { !$0.hasPrefix(folder.path) })
  }

  @Test(arguments: AtomicWriteFaults.Step.allCases)
  func aFailingStepOfAStreamedWriteLeavesNothing(_ step: AtomicWriteFaults.Step) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("report.json")
    try Data("{\"old\": true}".utf8).write(to: target)
    #expect(throws: OutputError.self) {
      let writer = try AtomicStreamWriter(path: target.path, faults: .fail(step, errno: ENOSPC))
      writer.write("{\"rows\": [")
      writer.write("]}")
      try writer.commit()
    }
    #expect(try Self.hiddenFiles(in: folder).isEmpty)
    #expect(try Data(contentsOf: target) == Data("{\"old\": true}".utf8))
  }

  @Test func aWriteWithoutFaultsReplacesTheTargetAndUnregistersItsTemporaryFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.pdf")
    try Data("old".utf8).write(to: target)
    try AtomicFileWriter.write(Array("new".utf8), to: target.path)
    #expect(try Data(contentsOf: target) == Data("new".utf8))
    #expect(try Self.hiddenFiles(in: folder).isEmpty)
    #expect(TemporaryFiles.registered.allSatisfy { !$0.hasPrefix(folder.path) })
  }

  @Test func theSignalCleanupRemovesRegisteredTemporaryFiles() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let temporary = folder.appendingPathComponent(".out.pdf.tmp-ABCDEF").path
    try Data("partial".utf8).write(to: URL(fileURLWithPath: temporary))
    let slot = try #require(TemporaryFiles.register(temporary))
    defer { TemporaryFiles.unregister(slot) }
    #expect(TemporaryFiles.registered.contains(temporary))
    // What the SIGINT/SIGTERM/SIGHUP handler does before dying, kept to this test's folder: other
    // tests' batches write their own temporary files in this process meanwhile.
    TemporaryFiles.removeAll(startingWith: folder.path + "/")
    #expect(!FileManager.default.fileExists(atPath: temporary))
  }

  /// Targets that are not regular files are refused before anything is written, and never replaced.
  @Test func nonRegularTargetsAreRefusedAndLeftAlone() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dangling = folder.appendingPathComponent("dangling.pdf")
    try FileManager.default.createSymbolicLink(
      atPath: dangling.path, withDestinationPath: "/nonexistent/x.pdf")
    let sub = folder.appendingPathComponent("sub.pdf")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
    for (path, kind) in [
      ("/dev/full", "a device"), ("/dev/null", "a device"), (dangling.path, "a symbolic link"),
      (sub.path, "a folder"),
    ] {
      #expect(throws: OutputError.notARegularFile(path: path, kind: kind)) {
        try AtomicFileWriter.write(Array("x".utf8), to: path)
      }
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dangling.path) == "/nonexistent/x.pdf")
    #expect(try Self.hiddenFiles(in: folder).isEmpty)
  }
}
