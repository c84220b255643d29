import HomeProgramDocument
import HomeProgramModel

/// A progress-log grid expanded into its weekly table, once for the PDF layout and the text
/// preview: the header (the day column, one tick column per session, the grid's own columns), a
/// row per day and a title per week, in the grid's words (`LogGridLabels`). The layout draws tick
/// boxes in the session columns; the preview writes `[ ]`.
struct LogGridTable: Sendable, Equatable {
  /// Days in a log week: one row each.
  static let daysPerWeek = 7

  /// The session columns' headings: once; morning and evening; or 1, 2, 3….
  let sessionHeadings: [String]
  /// The whole header: the day column, the session columns, then the grid's columns.
  let header: [String]
  /// The first cell of each row: day 1 to day 7.
  let dayLabels: [String]
  /// One title per week.
  let weekTitles: [String]
  /// How many of the grid's own (write-in) columns follow the session columns.
  let writeInColumns: Int

  init(_ grid: LogGrid) {
    let labels = grid.labels
    let sessions: [String] =
      switch grid.sessionsPerDay {
      case ..<1: []
      case 1: [labels.once]
      case 2: [labels.morning, labels.evening]
      default: (1...grid.sessionsPerDay).map(String.init)
      }
    sessionHeadings = sessions
    header = [labels.dayHeading] + sessions + grid.columns
    if let days = grid.days {
      // One table of the given days, without week titles (the short handout's log).
      dayLabels = days > 0 ? (1...days).map { labels.day.filled(["day": String($0)]) } : []
      weekTitles = []
    } else {
      dayLabels = (1...Self.daysPerWeek).map { labels.day.filled(["day": String($0)]) }
      weekTitles = grid.weeks > 0 ? (1...grid.weeks).map { labels.week.filled(["week": String($0)]) } : []
    }
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
