import HomeProgramModel

/// The words of a progress-log grid (`handout.yaml`, `progress_log`): the day column, the session
/// columns, the week titles and the text preview's line above the table.
public struct LogGridLabels: Sendable, Equatable {
  /// The heading of the day column.
  public var dayHeading: String
  /// Template with `{day}`: each day's row.
  public var day: String
  /// Template with `{week}`: each week's title.
  public var week: String
  /// The session column's heading when there is one session a day.
  public var once: String
  /// The session columns' headings when there are two.
  public var morning: String
  public var evening: String
  /// The text preview's line above the log for one week.
  public var previewOneWeek: String
  /// Template with `{weeks}`: the same line for several weeks.
  public var previewWeeks: String

  public init(
    dayHeading: String, day: String, week: String, once: String, morning: String, evening: String,
    previewOneWeek: String, previewWeeks: String
  ) {
    self.dayHeading = dayHeading
    self.day = day
    self.week = week
    self.once = once
    self.morning = morning
    self.evening = evening
    self.previewOneWeek = previewOneWeek
    self.previewWeeks = previewWeeks
  }

  /// The labels of `wording`.
  public init(_ wording: HandoutText.ProgressLogText) {
    self.init(
      dayHeading: wording.dayHeading, day: wording.day, week: wording.week, once: wording.once,
      morning: wording.morning, evening: wording.evening, previewOneWeek: wording.previewOneWeek,
      previewWeeks: wording.previewWeeks)
  }
}
