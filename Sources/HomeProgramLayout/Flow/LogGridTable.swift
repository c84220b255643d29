import HomeProgramDocument

/// A progress-log grid expanded into its weekly table, once for the PDF layout and the text
/// preview: the header (the day column, one tick column per session, the grid's own columns), a
/// row per day and a title per week. The layout draws tick boxes in the session columns; the
/// preview writes `[ ]`.
struct LogGridTable: Sendable, Equatable {
  /// Days in a log week: one row each.
  static let daysPerWeek = 7

  /// The session columns' headings: "Done", "AM" / "PM", or "1", "2", "3"….
  let sessionHeadings: [String]
  /// The whole header: the day column, the session columns, then the grid's columns.
  let header: [String]
  /// The first cell of each row: "Day 1" … "Day 7".
  let dayLabels: [String]
  /// One title per week: "Week 1" … .
  let weekTitles: [String]
  /// How many of the grid's own (write-in) columns follow the session columns.
  let writeInColumns: Int

  init(_ grid: LogGrid) {
    let sessions: [String] =
      switch grid.sessionsPerDay {
      case ..<1: []
      case 1: ["Done"]
      case 2: ["AM", "PM"]
      default: (1...grid.sessionsPerDay).map(String.init)
      }
    sessionHeadings = sessions
    header = ["Day"] + sessions + grid.columns
    dayLabels = (1...Self.daysPerWeek).map { "Day \($0)" }
    weekTitles = grid.weeks > 0 ? (1...grid.weeks).map { "Week \($0)" } : []
    writeInColumns = grid.columns.count
  }

  /// The columns that hold a session's tick, by index in `header`.
  var tickColumns: Set<Int> { Set(sessionHeadings.indices.map { $0 + 1 }) }

  /// A row per day: its label, `tick` in each session column, then empty write-in cells.
  func rows(tick: String) -> [[String]] {
    dayLabels.map { day in
      [day] + sessionHeadings.map { _ in tick } + Array(repeating: "", count: writeInColumns)
    }
  }
}
