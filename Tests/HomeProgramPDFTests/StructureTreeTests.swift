import Foundation
import HomeProgramTestSupport
import Testing

@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF

/// The structure tree and marked content the renderer writes from layout's structure brackets
/// (issue 15).
@Suite struct StructureTreeTests {
  private func text(_ string: String, y: Double) -> DrawOp { SampleDocument.text(string, y: y) }

  private func document() -> LaidOutDocument {
    let link = LinkArea(
      rect: Rect(x: 54, y: 130, width: 100, height: 12), url: "https://example.org", text: "Help")
    let pageOne: [DrawOp] = [
      .beginStructure(.heading(level: 3)), text("Title", y: 80), .endStructure,
      .beginStructure(.paragraph), text("Read this.", y: 110),
      .beginStructure(.link), text("Help", y: 140), .link(link), .endStructure, .endStructure,
      .beginStructure(.figure(alt: "Lying face down")),
      .figure(
        FigurePlacement(
          rect: Rect(x: 54, y: 160, width: 100, height: 80), key: "DP01", side: nil, accent: .defaultAccent)),
      .endStructure,
      .line(LineSegment(from: Point(x: 54, y: 250), to: Point(x: 300, y: 250), width: 1, color: .rule)),
      text("Loose words", y: 270),
      .beginArtifact(.pagination), text("Page 1 of 2", y: 750), .endArtifact,
    ]
    let pageTwo: [DrawOp] = [
      .beginStructure(.heading(level: 5)), text("Second", y: 80), .endStructure,
      .beginStructure(.table), .beginStructure(.tableRow), .beginStructure(.headerCell),
      text("Exercise", y: 110), .endStructure, .endStructure, .beginStructure(.tableRow),
      .beginStructure(.dataCell), text("Bridge", y: 130), .endStructure, .endStructure, .endStructure,
    ]
    return LaidOutDocument(
      pageSize: .letter, pages: [LaidOutPage(ops: pageOne), LaidOutPage(ops: pageTwo)], outline: [],
      info: SampleDocument.info)
  }

  private func elements(_ objects: [String: [String: Any]]) -> [[String: Any]] {
    objects.values.filter { $0["/S"] is String && $0["/P"] != nil }
  }

  @Test func elementsHaveTheirTypesAltScopeAndHeadingLevelsInOrder() throws {
    let (url, _) = try SampleDocument.renderToFile(document())
    defer { try? FileManager.default.removeItem(at: url) }
    let objects = try QPDFJSON.objects(of: url)
    let types = Set(elements(objects).compactMap { $0["/S"] as? String })
    #expect(types == ["/Document", "/H1", "/H2", "/P", "/Link", "/Figure", "/Table", "/TR", "/TH", "/TD"])
    let figure = try #require(elements(objects).first { $0["/S"] as? String == "/Figure" })
    #expect(figure["/Alt"] as? String == "u:Lying face down")
    let header = try #require(elements(objects).first { $0["/S"] as? String == "/TH" })
    #expect((header["/A"] as? [String: Any])?["/Scope"] as? String == "/Column")
  }

  @Test func pagesAndTheLinkAreInTheParentTree() throws {
    let (url, _) = try SampleDocument.renderToFile(document())
    defer { try? FileManager.default.removeItem(at: url) }
    let objects = try QPDFJSON.objects(of: url)
    let pages = objects.values.filter { $0["/Type"] as? String == "/Page" }
    #expect(Set(pages.compactMap { $0["/StructParents"] as? Int }) == [0, 1])
    let link = try #require(objects.values.first { $0["/Subtype"] as? String == "/Link" })
    #expect(link["/StructParent"] as? Int == 2)
    #expect(link["/Contents"] as? String == "u:Help")
    let root = try #require(objects.values.first { $0["/Type"] as? String == "/StructTreeRoot" })
    #expect(root["/ParentTreeNextKey"] as? Int == 3)
    #expect(root["/ParentTree"] != nil)
  }

  /// A heading's marked content is tagged with the level the tree writes (layout's H3 and H5
  /// become the tree's H1 and H2), not layout's level.
  @Test func headingMarksUseTheTreesLevels() throws {
    let (url, _) = try SampleDocument.renderToFile(document())
    let plain = SampleDocument.temporaryURL("qdf.pdf")
    defer {
      try? FileManager.default.removeItem(at: url)
      try? FileManager.default.removeItem(at: plain)
    }
    _ = try ExternalTool.output("qpdf", ["--qdf", "--object-streams=disable", url.path, plain.path])
    let marks = String(decoding: try Data(contentsOf: plain), as: UTF8.self).split(separator: "\n")
      .filter { $0.hasSuffix("BDC") && $0.hasPrefix("/H") }
    #expect(marks == ["/H1<</MCID 0>>BDC", "/H2<</MCID 0>>BDC"])
  }

  /// Every text-showing operator is inside a marked-content sequence (uncompressed with qpdf).
  @Test func everyTextOperatorIsInMarkedContent() throws {
    let (url, _) = try SampleDocument.renderToFile(document())
    let plain = SampleDocument.temporaryURL("qdf.pdf")
    defer {
      try? FileManager.default.removeItem(at: url)
      try? FileManager.default.removeItem(at: plain)
    }
    _ = try ExternalTool.output("qpdf", ["--qdf", "--object-streams=disable", url.path, plain.path])
    let text = String(decoding: try Data(contentsOf: plain), as: UTF8.self)
    var depth = 0
    var shown = 0
    for line in text.split(separator: "\n") {
      if line.hasSuffix("BDC") || line.hasSuffix(" BMC") { depth += 1 }
      if line == "EMC" { depth -= 1 }
      if line.hasSuffix("Tj") || line.hasSuffix("TJ") {
        shown += 1
        #expect(depth > 0, "\(line)")
      }
    }
    #expect(shown == 8)
    #expect(depth == 0)
  }
}
