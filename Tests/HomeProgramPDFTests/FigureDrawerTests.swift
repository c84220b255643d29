import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

@Suite("Figure drawer")
struct FigureDrawerTests {
  static func sheet() throws -> (LaidOutDocument, FigureLibrary, Int) {
    let catalogue = try CatalogueLoader.bundled()
    let library = FigureLibrary(catalogue: catalogue, positions: try PositionFiguresReader.bundled())
    let measurer = HaruTextMeasurer(fonts: try FontSet(fallbackPaths: []))
    return (ContactSheet().layout(catalogue, measurer: measurer), library, catalogue.entries.count)
  }

  static func render(_ document: LaidOutDocument, figures: any FigureDrawing) throws -> RenderResult {
    try PDFRenderer(options: RenderOptions(fallbackFontPaths: [], figures: figures)).render(document)
  }

  /// Drawn figures must stay tiny: each costs well under 2 KB of compressed PDF over a placeholder.
  @Test func aFigureCostsUnderTwoKilobytes() throws {
    let (document, library, count) = try Self.sheet()
    let drawn = try Self.render(document, figures: CatalogueFigureDrawer(library: library))
    let placeholders = try Self.render(document, figures: PlaceholderFigureDrawer())
    let perFigure = Double(drawn.bytes.count - placeholders.bytes.count) / Double(count)
    #expect(perFigure < 2048, "a figure costs \(Int(perFigure)) bytes")
    #expect(perFigure > 0)
  }

  @Test func theSheetListsEveryEntry() throws {
    let (document, library, _) = try Self.sheet()
    let result = try Self.render(document, figures: CatalogueFigureDrawer(library: library))
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString).pdf")
    try Data(result.bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let text = try ExternalTool.output("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    for id in try CatalogueLoader.bundled().ids {
      #expect(text.contains(id), "\(id) is missing from the sheet")
    }
    #expect(result.pageCount == 7)  // 39 entries, six a page
  }

  @Test func unknownKeysDrawThePlaceholderAndRealFiguresDrawShapes() throws {
    let (_, library, _) = try Self.sheet()
    let drawer = CatalogueFigureDrawer(library: library)
    let rect = Rect(x: 10, y: 10, width: 180, height: 100)
    #expect(drawer.shapes(key: "NOPE", side: nil, in: rect) == nil)
    #expect((drawer.shapes(key: "ST01", side: nil, in: rect)?.count ?? 0) > 5)
    let page = LaidOutPage(ops: [
      .figure(FigurePlacement(rect: rect, key: "NOPE", side: nil, accent: .defaultAccent)),
      .figure(FigurePlacement(rect: rect, key: "bodymap", side: .left, accent: .defaultAccent)),
      .figure(FigurePlacement(rect: rect, key: "position:prone", side: nil, accent: .defaultAccent)),
    ])
    let document = LaidOutDocument(
      pageSize: .letter, pages: [page], outline: [],
      info: DocumentInfo(title: "t", author: "", subject: "", creator: ""))
    let result = try Self.render(document, figures: drawer)
    #expect(result.pageCount == 1)
  }

  @Test func theAccentLimbIsADifferentGreyFromTheBody() {
    let accent = CatalogueFigureDrawer.color(.accent, accent: .defaultAccent)
    let body = CatalogueFigureDrawer.color(.body, accent: .defaultAccent)
    #expect(abs(accent.greyLevel - body.greyLevel) > 0.1)
  }
}
