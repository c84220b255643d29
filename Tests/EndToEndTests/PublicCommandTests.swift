import Foundation
import Testing

/// `homeprogram public`: one PDF, every edition of a manifest, the preview, and clear errors.
struct PublicCommandTests {
  /// A fresh empty folder under the temporary directory.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("public-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func isPDF(_ url: URL) -> Bool {
    (try? Data(contentsOf: url))?.starts(with: Array("%PDF-".utf8)) ?? false
  }

  @Test func writesEveryEditionOfTheSampleManifest() throws {
    let out = try Self.folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try Binary.run(["public", "--editions", "Samples/public/editions.yaml", "-o", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    for name in [
      "sciatica-relief-letter.pdf", "sciatica-relief-a4.pdf", "sciatica-relief-booklet-letter.pdf",
      "sciatica-relief-large-print.pdf", "northgate-sciatica-relief-a4.pdf",
    ] {
      #expect(Self.isPDF(out.appendingPathComponent(name)), "\(name) was not written")
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(left.count == 5, "unexpected files: \(left)")
  }

  /// The short leaflet by default, the booklet with `--booklet`: more pages, the same safety box.
  @Test func bookletIsTheLongForm() throws {
    let out = try Self.folder()
    defer { try? FileManager.default.removeItem(at: out) }
    var pages: [Int] = []
    for extra in [[], ["--booklet"]] {
      let file = out.appendingPathComponent("leaflet\(extra.count).pdf")
      let result = try Binary.run(["public", "-o", file.path] + extra)
      #expect(result.status == 0, "\(result.stderr)")
      let page = result.stderr.split(separator: "(").last.flatMap { Int($0.prefix { $0.isNumber }) }
      pages.append(try #require(page, "no page count in \(result.stderr)"))
    }
    #expect(pages[0] < pages[1], "short \(pages[0]) pages, booklet \(pages[1])")
    let refused = try Binary.run(
      ["public", "--editions", "Samples/public/editions.yaml", "-o", out.path, "--booklet"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("booklet"))
  }

  @Test func oneFailingEditionDoesNotStopTheOthers() throws {
    let out = try Self.folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let manifest = out.appendingPathComponent("editions.yaml")
    try """
    editions:
      - file: good.pdf
      - file: bad.pdf
        clinic: missing-clinic.yaml
      - file: also-good.pdf
        paper: a4
    """.write(to: manifest, atomically: true, encoding: .utf8)
    let result = try Binary.run(["public", "--editions", manifest.path, "-o", out.path])
    #expect(result.status != 0)
    #expect(Self.isPDF(out.appendingPathComponent("good.pdf")))
    #expect(Self.isPDF(out.appendingPathComponent("also-good.pdf")))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("bad.pdf").path))
    #expect(result.stderr.contains("editions.yaml:3:5: edition bad.pdf:"))
    #expect(result.stderr.contains("missing-clinic.yaml: file not found"))
  }

  @Test func manifestErrorNamesFileLineAndKey() throws {
    let out = try Self.folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let manifest = out.appendingPathComponent("editions.yaml")
    try "editions:\n  - file: a.pdf\n    large_prnt: true\n".write(
      to: manifest, atomically: true, encoding: .utf8)
    let result = try Binary.run(["public", "--editions", manifest.path, "-o", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("editions.yaml:3:5: unknown key 'editions[0].large_prnt'"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func writesOnePDFWithAClinic() throws {
    let out = try Self.folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let file = out.appendingPathComponent("relief.pdf")
    let result = try Binary.run([
      "public", "-o", file.path, "--clinic", "Samples/clinic-gb.yaml", "--paper", "letter", "--large-print",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Self.isPDF(file))
  }

  @Test func previewPrintsTheTextVersion() throws {
    let result = try Binary.run([
      "public", "--preview", "--width", "60", "--clinic", "Samples/clinic-gb.yaml",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Sciatica Relief"))
    #expect(result.stdout.contains("Northgate Physiotherapy"))
    #expect(result.stdout.contains("999"))
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
  }

  @Test func missingOutputFolderIsAnOutputError() throws {
    let result = try Binary.run(["public", "-o", "/nonexistent-folder/relief.pdf"])
    #expect(result.status == 3)
    #expect(result.stderr.contains("the folder does not exist"))
  }

  @Test(arguments: [
    ["public"], ["public", "--preview", "-o", "x.pdf"], ["public", "--width", "70", "-o", "x.pdf"],
    ["public", "--editions", "Samples/public/editions.yaml", "-o", ".", "--large-print"],
    ["public", "--paper", "a5", "-o", "x.pdf"],
  ])
  func badCommandLinesAreUsageErrors(arguments: [String]) throws {
    let result = try Binary.run(arguments)
    #expect(result.status != 0 && result.status != 1 && result.status != 3, "\(result.stderr)")
    #expect(!result.stderr.isEmpty)
  }
}
