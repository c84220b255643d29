extension HandoutText {
  /// The short core handout's own wording (`short.yaml`). Everything else it prints is shared
  /// with the booklet.
  public struct Short: Sendable, Equatable, Codable {
    /// Template with `{phone}`: the clinic's phone on the cover.
    public var coverPhone: String
    /// The cover's "Your day" schedule.
    public var schedule: Schedule
    /// The line under "Your exercises".
    public var exercisesIntro: String
    /// The heading of the one page about sciatica.
    public var aboutTitle: String
    /// The traffic light's one-line lead: when to check (the rows say what each colour means).
    public var trafficLightIntro: String
    /// Between the items of a list run into one paragraph (the gun's stop signs and no-go places).
    public var runInSeparator: String
    /// What amber asks, in words: the short cards print no easier version to switch to.
    public var trafficLightAmber: String
    /// What red asks, in words (template with `{us}`).
    public var trafficLightRed: String
    /// The log sized to the review interval.
    public var log: Log
    /// The last line: the full booklet exists.
    public var bookletNote: String

    /// The cover's schedule, worked out from the doses the cards print.
    public struct Schedule: Sendable, Equatable, Codable {
      public var title: String
      public var header: [String]
      /// The short handout's table: when, exercise, dose.
      public var dayHeader: [String]
      /// Templates with `{minutes}` (and `{days}` for `someDays`).
      public var everyDay: String
      public var someDays: String
      public var someDaysOne: String
      public var secondTime: String
      public var thirdTime: String
      /// The dose cell of a row naming exercises done again later in the day (their dose is in
      /// the row that first names them): one exercise, or more.
      public var againOne: String
      public var againMany: String
      public var throughTheDay: String
      /// Templates with `{name}` and `{frequency}` / `{dose}`.
      public var itemWithFrequency: String
      public var itemWithDose: String
      public var separator: String
      public var walking: String
      public var cycling: String
      public var walkingAndCycling: String
      public var resting: String
      public var massageGun: String
    }

    /// The short log's heading and its line (template with `{days}`).
    public struct Log: Sendable, Equatable, Codable {
      public var title: String
      public var intro: String
    }
  }
}
