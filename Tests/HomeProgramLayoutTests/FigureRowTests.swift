import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Suite("Figure rows")
struct FigureRowTests {
  static let row = FigureRow(
    figure: Figure(key: "position:supine_pillows_under_knees", caption: "", height: 90),
    body: [
      .paragraph(Paragraph([InlineRun("On your back, pillows under your knees", .bold)])),
      LayoutFixtures.paragraph(LayoutFixtures.lorem),
    ])

  @Test func theFigureSitsLeftOfItsText() throws {
    let document = LayoutFixtures.document([.figureRow(Self.row)])
    let laidOut = try LayoutEngine().layout(document, page: .letter, measurer: FixedWidthMeasurer())
    let ops = try #require(laidOut.pages.first?.ops)
    let figure = try #require(
      ops.compactMap { op -> FigurePlacement? in
        if case .figure(let placement) = op { return placement }
        return nil
      }.first)
    let texts = ops.compactMap { op -> TextRun? in
      if case .text(let run) = op, run.text.contains("back") || run.text.contains("Lie") { return run }
      return nil
    }
    let content = PageSpec.letter.contentRect
    #expect(figure.rect.minX == content.minX)
    #expect(abs(figure.rect.width - (content.width * 0.35).rounded(.down)) < 1)
    #expect(!texts.isEmpty)
    // Text starts to the right of the figure, and the first line is level with the figure's top.
    for run in texts { #expect(run.origin.x >= figure.rect.maxX) }
    let firstBaseline = texts.map(\.origin.y).min() ?? 0
    #expect(firstBaseline - figure.rect.minY < 20)
  }

  @Test func aRowIsNeverSplit() throws {
    let filler = Array(repeating: LayoutFixtures.paragraph(LayoutFixtures.lorem), count: 14)
    let document = LayoutFixtures.document(filler + [.figureRow(Self.row)])
    let laidOut = try LayoutEngine().layout(document, page: .letter, measurer: FixedWidthMeasurer())
    let pageOfFigure = laidOut.pages.firstIndex { page in
      page.ops.contains { if case .figure = $0 { true } else { false } }
    }
    let pageOfTitle = laidOut.pageIndex(containing: "pillows under your knees")
    #expect(pageOfFigure != nil)
    #expect(pageOfFigure == pageOfTitle)
  }

  @Test func thePreviewPrintsTheTextOfARow() {
    var row = Self.row
    row.figure.caption = "Pillows under the knees"
    let text = TextPreview.render(LayoutFixtures.document([.figureRow(row)]))
    #expect(text.contains("[Figure: Pillows under the knees]"))
    #expect(text.contains("On your back, pillows under your knees"))
    #expect(text.contains("Lie on your back"))
  }
}
