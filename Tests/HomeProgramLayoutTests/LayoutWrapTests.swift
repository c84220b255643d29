import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// 10 pt text at advance 0.5: every character is 5 pt wide, so a 50 pt line holds 10 characters.
private let setter = TextSetter(measurer: FixedWidthMeasurer())

private func wrapped(_ text: String, characters: Int) -> [String] {
  setter.wrap(text, width: Double(characters) * 5, size: 10, face: .regular, color: .text).map(\.text)
}

@Test(
  arguments: [
    ("one two three four", 10, ["one two", "three four"]),
    ("a bb ccc dddd", 6, ["a bb", "ccc", "dddd"]),
    ("abcdefghij klm", 10, ["abcdefghij", "klm"]),
    ("  spaced   out  words ", 10, ["spaced out", "words"]),
    ("first\nsecond", 20, ["first", "second"]),
  ])
func wrapsGreedilyAtWordBoundaries(text: String, characters: Int, expected: [String]) {
  #expect(wrapped(text, characters: characters) == expected)
}

@Test(
  arguments: [
    ("abcdefghijklmnop", 10, ["abcdefghij", "klmnop"]),
    ("short abcdefghijkl end", 10, ["short", "abcdefghij", "kl end"]),
    ("xxxxxxx", 3, ["xxx", "xxx", "x"]),
  ])
func breaksAWordOnlyWhenItCannotFitALine(text: String, characters: Int, expected: [String]) {
  #expect(wrapped(text, characters: characters) == expected)
}

@Test func aWordThatFitsAnEmptyLineMovesWholeToTheNextLine() {
  let lines = wrapped("abcde abcdefghij", characters: 10)
  #expect(lines == ["abcde", "abcdefghij"])
}

@Test func wrappingTerminatesEvenWhenNoCharacterFits() {
  let lines = setter.wrap("abc", width: 1, size: 10, face: .regular, color: .text).map(\.text)
  #expect(lines == ["a", "b", "c"])
}

@Test func mixedFacesStayOnOneLineAsSeparateRuns() {
  let runs = [
    InlineRun("Do "), InlineRun("not", .bold), InlineRun(" bend "), InlineRun("forward", .italic),
    InlineRun("."),
  ]
  let lines = setter.wrap(runs, width: 500, size: 10, color: .text, linkColor: .defaultAccent)
  #expect(lines.count == 1)
  let segments = lines.first?.segments ?? []
  #expect(segments.map(\.text) == ["Do ", "not", " bend ", "forward", "."])
  #expect(segments.map(\.style.face) == [.regular, .bold, .regular, .oblique, .regular])
  #expect(segments.map(\.x) == [0, 15, 30, 60, 95])
}

@Test func paragraphLinesArePlacedOneLeadingApart() throws {
  // Content width 10.5 pt × 0.5 × 20 characters = 105 pt.
  let page = PageSpec(size: Size(width: 54 + 105 + 54, height: 400))
  let document = LayoutFixtures.document([
    LayoutFixtures.paragraph("Lie on your back with your knees bent up.")
  ])
  let laidOut = try LayoutEngine().layout(document, page: page, measurer: FixedWidthMeasurer())
  let body = try #require(laidOut.pages.first).texts.filter { $0.size == 10.5 }
  // A line the wrap broke at a space keeps it at its end (invisible; extracted text keeps words apart).
  #expect(body.map(\.text) == ["Lie on your back ", "with your knees bent ", "up."])
  #expect(body.map(\.origin.x) == [54, 54, 54])
  let baselines = body.map(\.origin.y)
  #expect(zip(baselines.dropFirst(), baselines).allSatisfy { abs($0 - $1 - 14.5) < 1e-9 })
}

@Test func linksGetClickableAreasOverTheirWords() throws {
  let document = LayoutFixtures.document([
    .paragraph(
      Paragraph([InlineRun("Call "), InlineRun("555 0100", link: "tel:5550100"), InlineRun(" today.")]))
  ])
  let laidOut = try LayoutEngine().layout(document, page: .letter, measurer: FixedWidthMeasurer())
  let page = try #require(laidOut.pages.first)
  let links = page.ops.compactMap { op -> LinkArea? in
    if case .link(let link) = op { return link }
    return nil
  }
  #expect(links.count == 1)
  let link = try #require(links.first)
  #expect(link.url == "tel:5550100")
  let run = try #require(page.texts.first { $0.text == "555 0100" })
  #expect(abs(link.rect.minX - run.origin.x) < 1e-9)
  #expect(abs(link.rect.width - run.width) < 1e-9)
  #expect(run.color == .defaultAccent)
}

@Test func listsHaveMarkersAndAHangingIndent() throws {
  let page = PageSpec(size: Size(width: 54 + 150 + 54, height: 400))
  let list = ListBlock(
    ordered: true, items: [[InlineRun("Bend your knee slowly and then straighten it")], [InlineRun("Rest")]])
  let laidOut = try LayoutEngine().layout(
    LayoutFixtures.document([.list(list)]), page: page, measurer: FixedWidthMeasurer())
  let texts = try #require(laidOut.pages.first).texts.filter { $0.size == 10.5 }
  let markers = texts.filter { $0.text == "1." || $0.text == "2." }
  #expect(markers.count == 2)
  let words = texts.filter { $0.text != "1." && $0.text != "2." }
  #expect(words.count >= 3)
  #expect(Set(words.map(\.origin.x)).count == 1)
  #expect(words.allSatisfy { $0.origin.x > 54 })
}

@Test func cachedWrapsKeepTheExactCharactersOfEachParagraph() {
  // "José" with a precomposed é and with e + combining accent are equal Swift strings; a cache keyed
  // by String would hand the second paragraph the first one's lines.
  let cached = TextSetter(measurer: FixedWidthMeasurer(), cache: WrapCache())
  let composed = "Home program for Jos\u{E9}"
  let decomposed = "Home program for Jose\u{301}"
  #expect(composed == decomposed)
  for text in [composed, decomposed, composed] {
    let lines = cached.wrap(text, width: 500, size: 10, face: .regular, color: .text)
    #expect(Array(lines.map(\.text).joined().utf8) == Array(text.utf8))
  }
}

@Test func linksKeepTheirExactBytesWhenAnotherLinkIsCanonicallyEqual() {
  // Two links equal as Swift strings (é precomposed, and e + U+0301) are still two styles.
  let composed = "mailto:jos\u{E9}@example.org"
  let decomposed = "mailto:jose\u{301}@example.org"
  let setter = TextSetter(measurer: FixedWidthMeasurer())
  let runs = [InlineRun("a", link: composed), InlineRun(" and "), InlineRun("b", link: decomposed)]
  let lines = setter.wrap(
    runs, width: 500, size: 10, color: .text, linkColor: RGBColor(red: 0, green: 0, blue: 1))
  let links = lines.flatMap(\.segments).compactMap(\.style.link).map { Array($0.utf8) }
  #expect(links == [Array(composed.utf8), Array(decomposed.utf8)])
}
