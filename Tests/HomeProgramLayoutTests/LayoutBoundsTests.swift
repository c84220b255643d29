import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Test(arguments: [Paper.letter, .a4], [false, true])
func everyOpStaysInsideItsRegion(paper: Paper, largePrint: Bool) throws {
  let page = PageSpec(paper: paper)
  let measurer = FixedWidthMeasurer()
  let document = LayoutFixtures.document(LayoutFixtures.long, largePrint: largePrint)
  let laidOut = try LayoutEngine().layout(document, page: page, measurer: measurer)
  #expect(laidOut.pageSize == paper.size)
  #expect(laidOut.pages.count > 3)
  let problems = laidOut.boundsViolations(page: page, measurer: measurer)
  #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))")
}

@Test func aWideMeasurerStillFitsByBreakingWords() throws {
  // Every character 1.2 em wide: long words must be broken, and nothing may spill out.
  let measurer = FixedWidthMeasurer(advance: 1.2)
  let document = LayoutFixtures.document(
    LayoutFixtures.everyKind + [LayoutFixtures.paragraph(String(repeating: "x", count: 300))])
  let laidOut = try LayoutEngine().layout(document, page: .letter, measurer: measurer)
  #expect(laidOut.boundsViolations(page: .letter, measurer: measurer).isEmpty)
}

@Test func theBoundsCheckReportsStrayOps() {
  let stray = DrawOp.text(
    TextRun(origin: Point(x: 10, y: 20), text: "x", face: .regular, size: 10, color: .text, width: 5))
  let laidOut = LaidOutDocument(
    pageSize: .letter, pages: [LaidOutPage(ops: [stray])], outline: [], info: LayoutFixtures.info)
  #expect(laidOut.boundsViolations(page: .letter, measurer: FixedWidthMeasurer()).count == 1)
}
