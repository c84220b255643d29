import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

private let everyKind = LayoutFixtures.document(LayoutFixtures.everyKind)

@Test(arguments: [24, 40, 60, 80, 120])
func previewLinesNeverExceedTheWidth(width: Int) {
  let text = TextPreview.render(everyKind, width: width)
  let long = text.split(separator: "\n").filter { $0.count > width }
  #expect(long.isEmpty, "\(long)")
  #expect(text.hasSuffix("\n"))
  #expect(!text.hasSuffix("\n\n"))
  #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
}

@Test func previewContainsTheCardsAndTheirDoses() {
  let text = TextPreview.render(everyKind)
  for name in ["Sciatic nerve slider", "Prone press-up", "Knee to chest"] { #expect(text.contains(name)) }
  #expect(text.contains("Dose: 2 sets × 10 · 2 times a day · left leg"))
  #expect(text.contains("  1. Straighten your left knee while you look up."))
  #expect(text.contains("Tips:"))
  #expect(text.contains("Avoid:"))
  #expect(text.contains("When it feels easy → do it lying down · If it flares → go back to half range"))
  // The builder writes the whole line; the preview must not add its own label again.
  #expect(!text.contains("→ When it feels easy"))
  #expect(text.contains("[Figure: Straighten and bend the knee]"))
  #expect(text.contains("GREEN — Pain up to 3"))
  #expect(text.contains("[ FROM YOUR THERAPIST ]\n| Keep walking every day."))
  #expect(text.contains("Progress log (3 weeks: repeat this table for each week)."))
  #expect(text.contains("555 0100 (tel:5550100)"))
}

@Test func headingsAreUnderlined() {
  let document = LayoutFixtures.document([
    .heading(Heading(level: 1, text: "Your plan")), .heading(Heading(level: 2, text: "Walking")),
  ])
  #expect(TextPreview.render(document) == "Your plan\n=========\n\nWalking\n-------\n")
}

@Test func tablesAreAlignedColumns() throws {
  let text = TextPreview.render(LayoutFixtures.document([.table(LayoutFixtures.table)]))
  let lines = text.split(separator: "\n").map(String.init)
  #expect(lines.count == 5)
  let header = lines[0]
  let dose = try #require(header.range(of: "Dose")).lowerBound
  let when = try #require(header.range(of: "When")).lowerBound
  let doseColumn = header.distance(from: header.startIndex, to: dose)
  let whenColumn = header.distance(from: header.startIndex, to: when)
  #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " })
  for (line, row) in zip(lines.dropFirst(2), LayoutFixtures.table.rows) {
    #expect(String(line.dropFirst(doseColumn)).hasPrefix(row[1]))
    #expect(String(line.dropFirst(whenColumn)).hasPrefix(row[2]))
  }
}

@Test func narrowTablesWrapTheirCellsInsideTheColumns() {
  let text = TextPreview.render(LayoutFixtures.document([.table(LayoutFixtures.table)]), width: 30)
  let lines = text.split(separator: "\n")
  #expect(lines.count > 5)
  #expect(lines.allSatisfy { $0.count <= 30 })
  #expect(text.contains("Sciatic"))
}

@Test func previewIsDeterministic() {
  #expect(TextPreview.render(everyKind) == TextPreview.render(everyKind))
}

@Test(arguments: [
  ("one two three", 7, ["one two", "three"]),
  ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
  ("", 5, [""]),
])
func plainWrapIsGreedy(text: String, width: Int, expected: [String]) {
  #expect(PlainWrap.wrap(text, width: width) == expected)
}
