import Foundation
import Testing

/// Issue 7, privacy and security: no patient name or reference in PDF metadata, log lines or the
/// batch report unless asked for; batch output names cannot leave the output folder; nothing named
/// in the input is executed or fetched. (The public PDF's freedom from profile data is proven in
/// `HomeProgramLayoutTests/PublicHandoutPrivacyTests`: its builder takes no profile at all.)
struct PrivacyTests {
  static let name = "Zelda Quixote"
  static let reference = "ZQ-7731"

  @Test func generateKeepsTheNameOutOfMetadataAndLogs() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let profile = try w.profile(
      replacing: "  name: \"José Ñúñez\"\n  reference: \"P-0042\"",
      with: "  name: \"\(Self.name)\"\n  reference: \"\(Self.reference)\"")
    let result = try Binary.run(["generate", profile, "-o", w.output])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("Zelda") && !result.stderr.contains(Self.reference))
    let info = try Self.tool("pdfinfo", ["-enc", "UTF-8", w.output])
    for secret in ["Zelda", "Quixote", Self.reference] {
      #expect(!info.contains(secret), "\(secret) in the PDF metadata:\n\(info)")
    }
    // The name is in the handout itself, of course: it is the patient's own.
    #expect(try Self.tool("pdftotext", ["-enc", "UTF-8", w.output, "-"]).contains(Self.name))
  }

  @Test func batchLogsAndReportHoldNoNamesUnlessAskedFor() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    // The second row is invalid in a way whose message quotes the name back.
    let csv = try w.csv([
      Workspace.csvRow(Self.name, Self.reference),
      Workspace.csvRow("Wanda Yolanda", "WY-2", side: "Wanda Yolanda"),
    ])
    let hidden = try Binary.run(["batch", csv, "-o", w.out.path])
    #expect(hidden.status == 4)
    #expect(
      hidden.stderr.contains("patients.csv line 3: side: '[redacted]' is not allowed"), "\(hidden.stderr)")
    let report = try String(contentsOf: w.out.appendingPathComponent("report.json"), encoding: .utf8)
    for secret in ["Zelda", "Quixote", "Wanda", "Yolanda", "WY-2"] {
      #expect(!hidden.stderr.contains(secret), "\(secret) in the log")
      #expect(!report.contains(secret), "\(secret) in report.json")
    }

    let shown = try Binary.run(["batch", csv, "-o", w.out.path, "--report-names"])
    #expect(shown.status == 4)
    #expect(shown.stderr.contains("side: 'Wanda Yolanda' is not allowed"))
    let named = try String(contentsOf: w.out.appendingPathComponent("report.json"), encoding: .utf8)
    #expect(named.contains(Self.name) && named.contains(Self.reference))
  }

  @Test func batchOutputNamesCannotEscapeTheOutputFolder() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let victim = try w.write("victim.pdf", "precious")
    try FileManager.default.createSymbolicLink(
      atPath: w.out.appendingPathComponent("LINKED.pdf").path, withDestinationPath: victim)
    let csv = try w.csv([
      Workspace.csvRow("A", "../../escaped"), Workspace.csvRow("B", "/etc/passwd"),
      Workspace.csvRow("C", ".hidden"), Workspace.csvRow("D", "LINKED"), Workspace.csvRow("E", "..\\\\x"),
    ])
    let result = try Binary.run(["batch", csv, "-o", w.out.path])
    #expect(result.status == 4, "the row whose file is a symlink fails: \(result.stderr)")
    // The reference names the file, so it is masked in the log line like any identifier.
    #expect(
      result.stderr.contains("out/[redacted].pdf: is a symbolic link, not a regular file"), "\(result.stderr)"
    )
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    #expect(!FileManager.default.fileExists(atPath: w.path("escaped.pdf")))
    #expect(!FileManager.default.fileExists(atPath: "/etc/passwd.pdf"))
    let names = try w.outputFiles()
    #expect(names.contains("escaped.pdf") && names.contains("etc-passwd.pdf") && names.contains("hidden.pdf"))
    for name in names where name != "LINKED.pdf" && name != "report.json" {
      #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }, "\(name)")
      #expect(!name.hasPrefix("."))
    }
  }

  @Test func thePublicLeafletTakesNoProfile() throws {
    let w = try Workspace.make()
    defer { w.remove() }
    let result = try Binary.run(["public", try w.write("p.yaml", Workspace.sample), "-o", w.output])
    #expect(result.status == 2, "there is no way to hand the public command a profile")
    #expect(result.stderr.hasPrefix("error: Unexpected argument"))
  }

  /// The product never starts a process, opens a network connection or loads code named in its
  /// input: none of the APIs that could is used anywhere in Sources/ (the web server only
  /// listens; it fetches nothing).
  @Test func theSourcesNeverExecuteOrFetch() throws {
    let sources = Binary.packageRoot.appendingPathComponent("Sources")
    let forbidden = [
      "Process(", "NSTask", "posix_spawn", "popen(", "system(", "execv", "execl", "dlopen(", "URLSession",
      "FoundationNetworking", "URLRequest", "contentsOf: URL(string", "HTTPClient",
    ]
    var checked = 0
    let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    for case let url as URL in files where ["swift", "h", "c"].contains(url.pathExtension) {
      let text = try String(contentsOf: url, encoding: .utf8)
      checked += 1
      for word in forbidden { #expect(!text.contains(word), "\(url.lastPathComponent) uses \(word)") }
    }
    #expect(checked > 100)
  }

  static func tool(_ name: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
