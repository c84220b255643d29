import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

/// Issue 7: a patient name of 500 characters (the longest the reader accepts), with or without
/// spaces, in any script, is wrapped (or broken) and never drawn outside its region, with the real
/// DejaVu Sans metrics.
struct LongTextLayoutTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let names = [
    String(repeating: "W", count: 500),
    String(repeating: "Abcdefghij", count: 50),
    String(repeating: "María José ", count: 45) + "Núñez",
    String(repeating: "王", count: 500),
    String(repeating: "ש", count: 500),
  ]

  @Test(arguments: names, [Paper.letter, .a4])
  func aVeryLongNameIsWrappedInsideThePage(name: String, paper: Paper) throws {
    #expect(name.count <= 500)
    let catalogue = try CatalogueLoader.load(
      path: Self.root.appendingPathComponent("Resources/catalogue").path)
    let text = try HandoutText.load(from: Self.root.appendingPathComponent("Resources/text"))
    let source = try String(
      contentsOf: Self.root.appendingPathComponent("Samples/patients/jose-disc.yaml"), encoding: .utf8)
    let yaml = source.replacingOccurrences(of: "  name: \"José Ñúñez\"", with: "  name: \"\(name)\"")
    let profile = try ProfileReader.read(InputSource(name: "long.yaml", text: yaml))
    let planner = Planner(catalogue: catalogue)
    let plan = planner.plan(profile)
    let document = try HandoutBuilder().build(
      plan: plan, profile: profile, clinic: .builtInDefault, exercises: catalogue.byID, text: text,
      options: HandoutOptions(date: "2026-11-25", catalogueVersion: catalogue.version))
    let measurer = try HaruTextMeasurer()
    let laidOut = try LayoutEngine().layout(document, page: PageSpec(paper: paper), measurer: measurer)
    let page = LayoutEngine.page(PageSpec(paper: paper), for: document)
    let problems = laidOut.boundsViolations(page: page, measurer: measurer)
    #expect(problems.isEmpty, "\(problems.prefix(3).joined(separator: "\n"))")
    let result = try PDFRenderer().render(laidOut)
    #expect(result.bytes.starts(with: Array("%PDF-".utf8)))
  }
}
