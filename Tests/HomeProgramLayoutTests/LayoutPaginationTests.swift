import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

private let measurer = FixedWidthMeasurer()

private func layout(_ blocks: [Block], largePrint: Bool = false, page: PageSpec = .letter) throws
  -> LaidOutDocument
{
  try LayoutEngine().layout(
    LayoutFixtures.document(blocks, largePrint: largePrint), page: page, measurer: measurer)
}

/// Fills most of page 1: one line of text, then `space` points of spacer.
private func filler(_ space: Double) -> [Block] {
  [LayoutFixtures.paragraph("Start."), .spacer(space)]
}

@Test func tablesSplitByRowsWithTheHeaderRepeated() throws {
  let rows = (1...80).map { ["Exercise \($0)", "2 sets × 10", "Morning"] }
  let table = Table(header: ["Exercise", "Dose", "When"], rows: rows, columnWeights: [2, 1, 1])
  let laidOut = try layout([.table(table)])
  #expect(laidOut.pages.count >= 2)
  for page in laidOut.pages {
    let first = try #require(page.texts.first)
    #expect(first.text == "Exercise")
    #expect(first.face == .bold)
  }
  let placed = laidOut.pages.flatMap(\.texts).filter { $0.text.hasPrefix("Exercise ") }.map(\.text)
  #expect(placed == rows.map { $0[0] })
}

@Test func anExerciseCardMovesWholeToTheNextPage() throws {
  let laidOut = try layout(filler(520) + [.exerciseCard(LayoutFixtures.card())])
  #expect(laidOut.pages.count == 2)
  #expect(laidOut.pageIndex(containing: "Sciatic nerve slider") == 1)
  #expect(laidOut.pageIndex(containing: "2 sets × 10") == 1)
  #expect(laidOut.pageIndex(containing: "Caution:") == 1)
  let figures = laidOut.pages[1].ops.filter {
    if case .figure = $0 { return true }
    return false
  }
  #expect(figures.count == 1)
  #expect(!laidOut.pages[0].plainText.contains("Start:"))
}

/// A card's figure grows into the room its words leave beside it, up to half again its height,
/// and the card comes out no taller: laid out with and without the growth, the text below the
/// card stands where it stood.
@Test func aCardsFigureGrowsIntoTheRoomBesideItsWords() throws {
  var card = LayoutFixtures.card(figureHeight: 60)
  card.cues = ["Keep your back tall."]
  card.mistakes = []
  let blocks: [Block] = [.exerciseCard(card), LayoutFixtures.paragraph("After the card.")]
  var fixed = LayoutStyle.standard(largePrint: false)
  fixed.cardFigureGrowth = 1
  func figureAndAfter(_ engine: LayoutEngine) throws -> (figure: Rect, after: Double) {
    let page = try #require(
      try engine.layout(LayoutFixtures.document(blocks), page: .letter, measurer: measurer).pages.first)
    let figure = try #require(
      page.ops.compactMap { op -> FigurePlacement? in
        if case .figure(let figure) = op { return figure }
        return nil
      }.first)
    let after = try #require(page.texts.first { $0.text == "After the card." })
    return (figure.rect, after.origin.y)
  }
  let grown = try figureAndAfter(LayoutEngine())
  let before = try figureAndAfter(LayoutEngine(style: fixed))
  #expect(abs(before.figure.height - 60) < 1e-9)
  #expect(grown.figure.height > before.figure.height + 10, "\(grown.figure) beside \(before.figure)")
  #expect(grown.figure.height <= 90 + 1e-9)
  #expect(abs(grown.after - before.after) < 1e-9)
}

@Test func anExerciseCardHasBothZones() throws {
  let laidOut = try layout([.exerciseCard(LayoutFixtures.card())])
  let page = try #require(laidOut.pages.first)
  let figure = try #require(
    page.ops.compactMap { op -> FigurePlacement? in
      if case .figure(let figure) = op { return figure }
      return nil
    }.first)
  #expect(figure.key == "NG01")
  #expect(figure.side == .left)
  #expect(figure.accent == .defaultAccent)
  let style = LayoutStyle.standard(largePrint: false)
  #expect(abs(figure.rect.width - (504 * style.cardFigureFraction).rounded(.down)) < 1e-9)
  let start = try #require(page.texts.first { $0.text.hasPrefix("Start:") })
  #expect(start.origin.x > figure.rect.maxX)
  // The card heading names the exercise, so the figure has no caption; Tips sit under the figure.
  #expect(!page.texts.contains { $0.text.hasPrefix("Straighten and") })
  let tips = try #require(page.texts.first { $0.text == "Tips" })
  #expect(tips.origin.y > figure.rect.maxY)
  #expect(tips.origin.x < figure.rect.maxX)
}

@Test func aHeadingIsNeverLeftAloneAtTheFootOfAPage() throws {
  let blocks =
    filler(600) + [
      .heading(Heading(level: 1, text: "Your exercises")), LayoutFixtures.paragraph(LayoutFixtures.lorem),
    ]
  let laidOut = try layout(blocks)
  #expect(laidOut.pageIndex(containing: "Your exercises") == 1)
  #expect(laidOut.outline == [OutlineEntry(title: "Your exercises", pageIndex: 1, y: 54)])
}

@Test func aHeadingStaysWhenItFitsWithTheStartOfTheNextBlock() throws {
  let blocks =
    filler(500) + [
      .heading(Heading(level: 1, text: "Your exercises")), LayoutFixtures.paragraph(LayoutFixtures.lorem),
    ]
  let laidOut = try layout(blocks)
  #expect(laidOut.pageIndex(containing: "Your exercises") == 0)
}

@Test func spaceBeforeAHeadingIsLargerThanAfter() throws {
  let laidOut = try layout([
    LayoutFixtures.paragraph("Before."), .heading(Heading(level: 1, text: "Section")),
    LayoutFixtures.paragraph("After."),
  ])
  let texts = try #require(laidOut.pages.first).texts
  let before = try #require(texts.first { $0.text == "Before." })
  let heading = try #require(texts.first { $0.text == "Section" })
  let after = try #require(texts.first { $0.text == "After." })
  let ascent = measurer.ascent(face: .bold, size: 17)
  let gapAbove =
    (heading.origin.y - ascent) - (before.origin.y + measurer.descent(face: .regular, size: 10.5))
  let gapBelow =
    (after.origin.y - measurer.ascent(face: .regular, size: 10.5)) - (heading.origin.y + 17 * 0.2)
  #expect(gapAbove > gapBelow)
  #expect(heading.color == .defaultAccent)
}

@Test(
  arguments: [
    ("card", Block.exerciseCard(LayoutFixtures.card(figureHeight: 2000))),
    ("figure", Block.figure(Figure(key: "bodymap", caption: "Map", height: 900))),
    (
      "emergency",
      Block.callout(
        Callout(
          kind: .emergency, title: "Stop",
          body: Array(repeating: LayoutFixtures.paragraph(LayoutFixtures.lorem), count: 40)))
    ),
    ("spacer-proof", Block.keepTogether([.spacer(10), .figure(Figure(key: "x", caption: "", height: 800))])),
  ])
func aBlockTooTallForAnEmptyPageThrows(name: String, block: Block) throws {
  let error = #expect(throws: LayoutError.self) {
    try layout([LayoutFixtures.paragraph("Intro."), block, LayoutFixtures.paragraph("After.")])
  }
  guard case .blockTooTall(let label, let height, let available) = error else {
    Issue.record("expected blockTooTall, got \(String(describing: error))")
    return
  }
  #expect(label.hasPrefix("block 2"))
  #expect(height > available)
  #expect(available == 678)
  #expect(error?.description.contains("678") == true)
}

/// A keep-together group taller than an empty page splits between its blocks instead of failing
/// (the short handout's massage-gun routine with many areas), and keeps every block's words.
@Test func aKeepTogetherGroupTallerThanAPageSplitsBetweenItsBlocks() throws {
  let paragraphs = (1...40).map { LayoutFixtures.paragraph("Paragraph \($0). " + LayoutFixtures.lorem) }
  let laidOut = try layout([LayoutFixtures.paragraph("Intro."), .keepTogether(paragraphs)])
  #expect(laidOut.pages.count >= 2)
  let text = laidOut.pages.map(\.plainText).joined(separator: "\n")
  #expect(text.contains("Paragraph 1.") && text.contains("Paragraph 40."))
  // It starts where it is, under the intro, not on a fresh page.
  #expect(laidOut.pages[0].plainText.contains("Paragraph 1."))
}

@Test func aTooTallCardInLargePrintNamesTheCard() {
  let card = LayoutFixtures.card(name: "Huge card", figureHeight: 700)
  #expect(throws: LayoutError.self) { try layout([.exerciseCard(card)], largePrint: true) }
}

@Test func aLongNoteCalloutSplitsWithItsTitleRepeated() throws {
  let body = Array(repeating: LayoutFixtures.paragraph(LayoutFixtures.lorem), count: 30)
  let laidOut = try layout([.callout(Callout(kind: .note, title: "From your therapist", body: body))])
  #expect(laidOut.pages.count >= 2)
  #expect(laidOut.pages[1].plainText.hasPrefix("From your therapist (continued)"))
  for page in laidOut.pages {
    let boxes = page.ops.filter {
      if case .box = $0 { return true }
      return false
    }
    #expect(boxes.count == 1)
  }
}

@Test func aShortCalloutMovesWholeRatherThanSplitting() throws {
  let callout = Callout(
    kind: .note, title: "From your therapist", body: [LayoutFixtures.paragraph(LayoutFixtures.lorem)])
  let laidOut = try layout(filler(600) + [.callout(callout)])
  #expect(laidOut.pageIndex(containing: "From your therapist") == 1)
  #expect(laidOut.pageIndex(containing: "Lie on your back") == 1)
}

@Test func footerNumbersEveryPage() throws {
  let laidOut = try layout(LayoutFixtures.long)
  let count = laidOut.pages.count
  #expect(count >= 4)
  for (index, page) in laidOut.pages.enumerated() {
    let footer = try #require(page.texts.last)
    #expect(
      footer.text == "Riverside Physio · Alex Example · Page \(index + 1) of \(count) · Catalogue 2024.1")
    #expect(footer.size == 8)
    #expect(footer.color == .secondaryText)
    #expect(footer.origin.y > PageSpec.letter.contentRect.maxY)
  }
}

@Test func aTooLongFooterIsShortenedButKeepsThePageNumber() throws {
  let footer = RunningFooter(leading: [String(repeating: "Riverside ", count: 30)], trailing: ["v1"])
  let document = LayoutFixtures.document([LayoutFixtures.paragraph("Hello.")], footer: footer)
  let laidOut = try LayoutEngine().layout(document, page: .letter, measurer: measurer)
  // Two lines (the stamp on the second), the first shortened.
  let texts = try #require(
    laidOut.pages.first?.texts.filter { $0.origin.y > PageSpec.letter.contentRect.maxY })
  #expect(texts.map(\.text).last == "v1")
  let first = try #require(texts.first)
  #expect(first.text.contains("…"))
  #expect(first.text.hasSuffix("Page 1 of 1"))
  for text in texts { #expect(text.width <= PageSpec.letter.footerRect.width) }
}

/// A footer too long for its line (large print, a long clinic name) goes on two lines, the
/// record stamp on the second, so the clinic's name stays whole; before, the longest part, the
/// clinic, lost its end ("Riverside Spine & Sports Physi…"). Without room for two lines, the
/// longest part is shortened as before.
@Test func aLongFooterTakesTwoLinesBeforeCuttingTheClinic() throws {
  let parts = [
    "Riverside Spine & Sports Physical Therapy", "José Ñúñez", "Page 3 of 12", "Catalog 2026.11.3",
    "ec5ae324",
  ]
  let measure = { (text: String) in Double(text.count) * 5 }
  let whole = parts.joined(separator: " · ")
  func lines(_ width: Double, twoLines: Bool = true) -> [String] {
    LayoutEngine.footerLines(parts, pageNumberIndex: 2, width: width, twoLines: twoLines) { measure($0) }
  }
  #expect(lines(measure(whole)) == [whole])
  #expect(
    lines(measure(whole) - 20) == [
      "Riverside Spine & Sports Physical Therapy · José Ñúñez · Page 3 of 12", "Catalog 2026.11.3 · ec5ae324",
    ])
  let one = lines(measure(whole) - 20, twoLines: false)
  #expect(one.count == 1 && one[0].hasPrefix("Riverside Spine & Sports Physi") && one[0].contains("…"))
  #expect(one[0].hasSuffix("Page 3 of 12 · Catalog 2026.11.3 · ec5ae324"))
}

/// In large print the sample clinic's footer takes two lines in the bottom margin, centred there,
/// the clinic's name whole.
@Test func aLargePrintFooterWithALongClinicNameTakesTwoLines() throws {
  let footer = RunningFooter(
    leading: ["Riverside Spine & Sports Physical Therapy", "Ahmed Al-Sayed"],
    trailing: ["Catalog 2026.11.3 · ec5ae324"])
  let document = LayoutFixtures.document(
    [LayoutFixtures.paragraph("Hello.")], largePrint: true, footer: footer)
  let laidOut = try LayoutEngine().layout(document, page: .letter, measurer: measurer)
  let page = try #require(laidOut.pages.first)
  let texts = page.texts.filter { $0.origin.y > PageSpec.letter.contentRect.maxY }
  #expect(
    texts.map(\.text) == [
      "Riverside Spine & Sports Physical Therapy · Ahmed Al-Sayed · Page 1 of 1",
      "Catalog 2026.11.3 · ec5ae324",
    ])
  for text in texts { #expect(text.width <= PageSpec.letter.footerRect.width) }
  if texts.count == 2 { #expect(texts[1].origin.y < PageSpec.letter.size.height - 8) }
}

@Test func pageBreaksStartANewPageButNeverABlankOne() throws {
  let laidOut = try layout([
    .pageBreak, LayoutFixtures.paragraph("One."), .pageBreak, .pageBreak, LayoutFixtures.paragraph("Two."),
  ])
  #expect(laidOut.pages.count == 2)
}

@Test func sectionHeadingsBecomeBookmarks() throws {
  let laidOut = try layout(LayoutFixtures.everyKind)
  #expect(laidOut.outline.map(\.title) == ["Your plan at a glance", "Your exercises", "Your progress log"])
  #expect(
    laidOut.outline.map(\.pageIndex) == laidOut.outline.map { laidOut.pageIndex(containing: $0.title) ?? -1 })
}

@Test func logGridsHaveOneTableAWeekWithTallRowsAndTickBoxes() throws {
  let grid = LogGrid(
    weeks: 6, sessionsPerDay: 2, columns: ["Pain before (0–10)", "Pain after", "Next morning"],
    labels: LayoutFixtures.logLabels)
  let laidOut = try layout([.logGrid(grid)])
  let texts = laidOut.pages.flatMap(\.texts).map(\.text)
  #expect((1...6).allSatisfy { texts.contains("Week \($0)") })
  #expect(texts.filter { $0 == "AM" }.count == 6)
  #expect(texts.filter { $0 == "Day" }.count == 6)
  let tickBoxes = laidOut.pages.flatMap(\.ops).filter {
    if case .box(let box) = $0 { return box.fill == nil && box.rect.width == 10 }
    return false
  }
  #expect(tickBoxes.count == 6 * 7 * 2)
  // No week is split: each week's title and its last day are on the same page.
  for page in laidOut.pages {
    let weeks = page.texts.filter { $0.text.hasPrefix("Week ") }.count
    #expect(page.texts.filter { $0.text == "Day 7" }.count == weeks)
  }
}

/// The short handout's log of more than a week: the days in two columns side by side, day 1 on
/// the left and the second half on the right, half as tall as one column, every day once.
@Test func aTwoColumnLogPutsTheSecondHalfBesideTheFirst() throws {
  func log(twoColumns: Bool) throws -> LaidOutDocument {
    let grid = LogGrid(
      weeks: 1, sessionsPerDay: 2, columns: ["Pain before", "Pain after", "Next morning"],
      labels: LayoutFixtures.logLabels, days: 14, twoColumns: twoColumns)
    return try layout([.logGrid(grid)])
  }
  let two = try log(twoColumns: true)
  let one = try log(twoColumns: false)
  #expect(two.pages.count == 1)
  let texts = try #require(two.pages.first).texts
  let days = (1...14).map { "Day \($0)" }
  #expect(days.allSatisfy { day in texts.filter { $0.text == day }.count == 1 })
  let first = try #require(texts.first { $0.text == "Day 1" })
  let eighth = try #require(texts.first { $0.text == "Day 8" })
  #expect(eighth.origin.x > first.origin.x + 200 && abs(eighth.origin.y - first.origin.y) < 1)
  // The last day is level with day 7, half way down what one column takes.
  let last = { (document: LaidOutDocument) in
    document.pages[0].texts.first { $0.text == "Day 14" }?.origin.y ?? 0
  }
  let seventh = try #require(texts.first { $0.text == "Day 7" })
  #expect(abs(last(two) - seventh.origin.y) < 1)
  #expect(last(two) - first.origin.y < (last(one) - first.origin.y) * 0.6)
  let tickBoxes = two.pages[0].ops.filter {
    if case .box(let box) = $0 { return box.fill == nil && box.rect.width == 10 }
    return false
  }
  #expect(tickBoxes.count == 14 * 2)
}

@Test func trafficLightRowsShowTheWordOnTheColour() throws {
  let laidOut = try layout([.trafficLight(LayoutFixtures.trafficLight)])
  let page = try #require(laidOut.pages.first)
  for word in ["GREEN", "AMBER", "RED"] {
    let run = try #require(page.texts.first { $0.text == word })
    #expect(run.color == .white)
    #expect(run.face == .bold)
  }
  let fills = page.ops.compactMap { op -> RGBColor? in
    if case .box(let box) = op { return box.fill }
    return nil
  }
  #expect(fills == [.trafficGreen, .trafficAmber, .trafficRed])
}

@Test func theTitleBandSpansThePageWithALogo() throws {
  let laidOut = try layout([LayoutFixtures.everyKind[0]])
  let page = try #require(laidOut.pages.first)
  guard case .box(let band) = page.ops.first(where: { !$0.isMarker }) else {
    Issue.record("the band should be painted first")
    return
  }
  #expect(band.rect.minX == 0)
  #expect(band.rect.width == 612)
  #expect(band.fill == .defaultAccent)
  #expect(page.texts.first { $0.text.hasPrefix("Your home") }?.color == .white)
  #expect(page.texts.first { $0.text.hasPrefix("Your home") }?.size == 26)
  #expect(
    page.ops.contains {
      if case .image(let image) = $0 { return image.path == "/tmp/logo.png" && image.rect.maxX <= 558 }
      return false
    })
}

@Test func largePrintUsesAtLeastFourteenPointBody() throws {
  let laidOut = try layout(LayoutFixtures.everyKind, largePrint: true)
  let texts = laidOut.pages.flatMap(\.texts)
  let body = try #require(texts.first { $0.text.hasPrefix("Do these exercises") })
  #expect(body.size >= 14)
  let content = texts.filter { $0.origin.y < PageSpec.letter.contentRect.maxY }
  #expect(content.allSatisfy { $0.size >= 12 })
  let normal = try layout(LayoutFixtures.everyKind)
  #expect(laidOut.pages.count > normal.pages.count)
}

@Test func layoutIsDeterministic() throws {
  #expect(try layout(LayoutFixtures.long) == layout(LayoutFixtures.long))
}

@Test func badTablesAreErrorsNotCrashes() {
  let wrongWeights = Table(header: ["A", "B"], rows: [["1", "2"]], columnWeights: [1])
  let tooManyCells = Table(header: ["A"], rows: [["1", "2"]], columnWeights: [1])
  let zeroWeight = Table(header: ["A", "B"], rows: [], columnWeights: [1, 0])
  for table in [wrongWeights, tooManyCells, zeroWeight] {
    #expect(throws: LayoutError.self) { try layout([.table(table)]) }
  }
}

@Test func aSectionBreakOnAMostlyEmptyPageKeepsGoingOnIt() throws {
  let short = LayoutFixtures.document([
    LayoutFixtures.paragraph("A short overflow."), .sectionBreak, LayoutFixtures.paragraph("Next section."),
  ])
  let laidOut = try LayoutEngine().layout(short, page: .letter, measurer: measurer)
  #expect(laidOut.pages.count == 1)
  let long = LayoutFixtures.document(
    Array(
      repeating: LayoutFixtures.paragraph(String(repeating: "Words fill the page. ", count: 40)), count: 4)
      + [.sectionBreak, LayoutFixtures.paragraph("Next section.")])
  let broken = try LayoutEngine().layout(long, page: .letter, measurer: measurer)
  #expect(broken.pages.count == 2)
}

@Test func aSectionOpenerMovesWithTheStartOfWhatFollows() throws {
  let filler = Array(
    repeating: LayoutFixtures.paragraph(String(repeating: "Words fill the page. ", count: 40)), count: 3)
  let opener = Block.keepTogether([
    .heading(Heading(level: 1, text: "Your exercises")), LayoutFixtures.paragraph("Do them in order."),
  ])
  let tall = Block.keepTogether(
    Array(repeating: LayoutFixtures.paragraph(String(repeating: "A card line. ", count: 40)), count: 3))
  let document = LayoutFixtures.document(filler + [opener, tall])
  let laidOut = try LayoutEngine().layout(document, page: .letter, measurer: measurer)
  let page = try #require(laidOut.pages.firstIndex { $0.plainText.contains("Your exercises") })
  #expect(laidOut.pages[page].plainText.contains("A card line."))
}

@Test func largePrintHasNoTextAPatientReadsBelowFourteenPoints() {
  let large = TypeScale.large
  for size in [large.title, large.section, large.card, large.body, large.small, large.lead, large.urgent] {
    #expect(size.size >= 14)
  }
}

/// A document that must fit one page (a referral sheet, `Document.fitPages`) is laid out with
/// tighter spacing only when the standard spacing runs over and the tighter one fits; otherwise
/// the standard layout is kept as it is. The same words come in the same order either way.
@Test(arguments: [(20, 1, false), (35, 1, true), (45, 2, false)])
func aDocumentThatMustFitOnePageTriesTighterSpacing(paragraphs: Int, pages: Int, tightened: Bool) throws {
  let blocks = (1...paragraphs).map { LayoutFixtures.paragraph("Line \($0).") }
  let standard = try layout(blocks)
  var document = LayoutFixtures.document(blocks)
  document.fitPages = 1
  let fitted = try LayoutEngine().layout(document, page: .letter, measurer: measurer)
  #expect(fitted.pages.count == pages)
  #expect((fitted != standard) == tightened, "tighter spacing only when it makes the page")
  func words(_ laidOut: LaidOutDocument) -> [String] {
    laidOut.pages.flatMap(\.texts).map(\.text).filter { $0.hasPrefix("Line ") }
  }
  #expect(words(fitted) == words(standard))
  #expect(words(fitted).count == paragraphs)
  if tightened {
    // Tighter: the last line sits higher on the page than it would at the standard spacing.
    let last = try #require(fitted.pages[0].texts.last { $0.text.hasPrefix("Line ") })
    #expect(standard.pages.count == 2)
    #expect(last.origin.y < PageSpec.letter.contentRect.maxY)
  }
}

/// `document` laid out at the standard spacing, and at each of the tighter ones in turn.
private func spacings(_ document: Document) throws -> (standard: LaidOutDocument, tight: [LaidOutDocument]) {
  let standard = try LayoutEngine().layout(document, page: .letter, measurer: measurer)
  let tight = try LayoutStyle.fitFactors.map { factor in
    try LayoutEngine(style: LayoutStyle.standard(largePrint: false).tightened(by: factor)).layout(
      document, page: .letter, measurer: measurer)
  }
  return (standard, tight)
}

/// The gentlest spacing that fits wins: the standard spacing when it fits, else three quarters of
/// it, else half (`LayoutStyle.fitFactors`), else the standard layout as it is. Checked over
/// documents from one that fits to one that fits at no spacing, so each step is taken at least once.
@Test func aDocumentThatMustFitTakesTheGentlestSpacingThatFits() throws {
  var taken: Set<Int> = []
  for paragraphs in stride(from: 20, through: 50, by: 1) {
    var document = LayoutFixtures.document(
      (1...paragraphs).map { LayoutFixtures.paragraph("Line \($0).") })
    let (standard, tight) = try spacings(document)
    let candidates = [standard] + tight
    let fits = candidates.firstIndex { $0.pages.count <= 1 }
    let expected = fits ?? 0
    taken.insert(fits ?? -1)
    document.fitPages = 1
    let fitted = try LayoutEngine().layout(document, page: .letter, measurer: measurer)
    #expect(fitted == candidates[expected], "\(paragraphs) paragraphs: expected layout \(expected)")
  }
  #expect(taken == [-1, 0, 1, 2], "every step is taken by some document: \(taken.sorted())")
}

/// A booklet (`Document.tightensToSavePages`) has no page limit, but is laid out with the tighter
/// spacings too, and the first that saves a page is kept; when none does, the standard layout
/// stays as it is. Checked over documents from a page and a bit to two pages and a bit, so that
/// both outcomes occur.
@Test func aBookletKeepsTighterSpacingOnlyWhenItSavesAPage() throws {
  var saved = 0
  var kept = 0
  for paragraphs in stride(from: 36, through: 80, by: 2) {
    var document = LayoutFixtures.document(
      (1...paragraphs).map { LayoutFixtures.paragraph("Line \($0).") })
    let (standard, tight) = try spacings(document)
    let expected = tight.first { $0.pages.count < standard.pages.count } ?? standard
    document.tightensToSavePages = true
    let booklet = try LayoutEngine().layout(document, page: .letter, measurer: measurer)
    #expect(booklet == expected, "\(paragraphs) paragraphs")
    #expect(booklet.pages.count <= standard.pages.count)
    if booklet.pages.count < standard.pages.count { saved += 1 } else { kept += 1 }
  }
  #expect(saved > 0 && kept > 0, "saved \(saved), kept \(kept)")
}
