import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// The public "Sciatica Relief" PDF through the real engine: valid PDF (qpdf), every font embedded
/// (pdffonts), and the words a reader needs are really in it (pdftotext).
struct PublicPDFTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  struct Edition: Sendable, CustomStringConvertible {
    var name: String
    var clinic: Clinic
    var paper: Paper
    var largePrint: Bool
    var form: HandoutForm = .short
    var description: String { name }
  }

  static let editions: [Edition] = [
    Edition(name: "letter", clinic: .builtInDefault, paper: .letter, largePrint: false),
    Edition(name: "a4", clinic: .builtInDefault, paper: .a4, largePrint: false),
    Edition(name: "large-print", clinic: .builtInDefault, paper: .letter, largePrint: true),
    Edition(name: "booklet", clinic: .builtInDefault, paper: .letter, largePrint: false, form: .booklet),
    Edition(
      name: "en-GB clinic",
      clinic: Clinic(
        name: "Northgate Physiotherapy", phone: "+44 161 496 0000", website: "https://example.org/northgate",
        locale: .enGB, paper: .a4),
      paper: .a4, largePrint: false),
  ]

  /// Runs `tool` (found on the PATH) and returns its exit status and standard output.
  static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Renders `edition` to a temporary file and returns its path.
  static func render(_ edition: Edition) throws -> (path: String, catalogue: Catalogue) {
    let engine = try HandoutEngine.bundled()
    let document = try PublicHandoutBuilder().build(
      catalogue: engine.catalogue, text: engine.text, clinic: edition.clinic,
      options: PublicHandoutOptions(largePrint: edition.largePrint, form: edition.form))
    let rendered = try engine.render(document, paper: edition.paper)
    #expect(rendered.outcome == nil)
    #expect(rendered.warnings.isEmpty, "\(rendered.warnings)")
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("public-\(UUID().uuidString).pdf").path
    try Data(rendered.bytes).write(to: URL(fileURLWithPath: path))
    return (path, engine.catalogue)
  }

  @Test(arguments: editions)
  func pdfIsValidEmbeddedAndReadable(edition: Edition) throws {
    let (path, catalogue) = try Self.render(edition)
    defer { try? FileManager.default.removeItem(atPath: path) }

    let check = try Self.run("qpdf", ["--check", path])
    #expect(check.status == 0, "qpdf --check: \(check.output)")

    let fonts = try Self.run("pdffonts", [path])
    #expect(fonts.status == 0)
    let rows = fonts.output.split(separator: "\n").dropFirst(2)
    #expect(!rows.isEmpty)
    for row in rows {
      let columns = row.split(separator: " ", omittingEmptySubsequences: true)
      // name type… encoding emb sub uni object ID: "emb" is the 5th column from the end.
      #expect(columns.count >= 6 && columns[columns.count - 5] == "yes", "font not embedded: \(row)")
    }

    let text = try Self.run("pdftotext", ["-enc", "UTF-8", path, "-"])
    #expect(text.status == 0)
    let flat = text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("Sciatica Relief"))
    let number = edition.clinic.emergencyNumber
    #expect(flat.contains("Call \(number)"), "no emergency number \(number)")
    if edition.clinic.locale == .enGB { #expect(flat.contains("A&E")) }
    for id in PublicHandoutBuilder.defaultStarterIDs {
      let name = try #require(catalogue[id]?.name)
      #expect(flat.contains(name), "missing starter exercise \(name)")
    }
  }

  @Test func documentInformationIsPublic() throws {
    let (path, _) = try Self.render(Self.editions[0])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let info = try Self.run("pdfinfo", [path])
    #expect(info.output.contains("Title:") && info.output.contains("Sciatica Relief"))
    #expect(info.output.contains("homeprogram"))
  }
}
