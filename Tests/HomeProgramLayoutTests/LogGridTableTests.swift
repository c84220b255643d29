import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout

/// The log grid is expanded once (`LogGridTable`) for the PDF layout and the text preview.
@Test(arguments: [(1, ["Done"]), (2, ["AM", "PM"]), (3, ["1", "2", "3"]), (0, [])])
func logTablesHaveOneTickColumnPerSession(sessions: Int, headings: [String]) {
  let log = LogGridTable(
    LogGrid(
      weeks: 2, sessionsPerDay: sessions, columns: ["Pain before", "Pain after"],
      labels: LayoutFixtures.logLabels))
  #expect(log.sessionHeadings == headings)
  #expect(log.header == ["Day"] + headings + ["Pain before", "Pain after"])
  #expect(log.tickColumns == Set(headings.indices.map { $0 + 1 }))
  #expect(log.weekTitles == ["Week 1", "Week 2"])
  let rows = log.rows(tick: "[ ]")
  #expect(rows.map(\.first) == (1...LogGridTable.daysPerWeek).map { "Day \($0)" })
  #expect(rows.allSatisfy { $0.count == log.header.count })
  #expect(rows[0] == ["Day 1"] + headings.map { _ in "[ ]" } + ["", ""])
}

@Test func theLayoutAndThePreviewShowTheSameLogHeader() throws {
  let grid = LogGrid(
    weeks: 1, sessionsPerDay: 2, columns: ["Pain before", "Pain after"], labels: LayoutFixtures.logLabels)
  let preview = TextPreview.logLines(grid, width: 120)
  let header = LogGridTable(grid).header
  #expect(
    preview.contains { line in
      line.split(separator: " ").map(String.init)
        == header.flatMap { $0.split(separator: " ").map(String.init) }
    })
}
