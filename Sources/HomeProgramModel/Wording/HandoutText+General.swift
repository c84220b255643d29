extension HandoutText {
  /// The general wording (`handout.yaml`).
  public struct General: Sendable, Equatable, Codable {
    public var document: DocumentText
    public var footer: FooterText
    public var sections: SectionTitles
    public var cover: Cover
    public var exercises: ExercisesText
    public var categories: CategoryLabels
    public var dose: DoseText
    public var trafficLight: TrafficLightText
    public var progressLog: ProgressLogText
    public var layout: LayoutText
    /// The catalogue is written in American English: these phrases become British ones for an
    /// en-GB clinic ("shopping cart" → "shopping trolley"), longest first.
    public var britishWords: [WordPair]
    /// How the cover writes the handout's date (`dates`).
    public var dates: DateWords
  }

  /// PDF document information. Never holds patient details.
  public struct DocumentText: Sendable, Equatable, Codable {
    public var title: LocalizedText
    public var subject: LocalizedText
    public var referralSubject: String
    /// The author when there is no clinic name.
    public var defaultAuthor: String
    /// Template with `{version}`.
    public var creator: String
    /// The clinic logo's alternative text: a template with `{clinic}`.
    public var logoAlt: String
  }

  public struct FooterText: Sendable, Equatable, Codable {
    /// Template with `{version}`: "Catalog 2026.11.3" (en-US), "Catalogue 2026.11.3" (en-GB).
    public var catalogue: LocalizedText
  }

  /// Words the layout and the text preview add around the content.
  public struct LayoutText: Sendable, Equatable, Codable {
    /// Template with `{page}` and `{pages}`: every page's footer.
    public var pageNumber: String
    /// Template with `{title}`: a box's title repeated on the page it runs onto.
    public var continued: String
    /// Template with `{caption}`: a figure in the text preview.
    public var figure: String

    public init(pageNumber: String, continued: String, figure: String) {
      self.pageNumber = pageNumber
      self.continued = continued
      self.figure = figure
    }
  }

  /// Level-1 section headings of the program handout.
  public struct SectionTitles: Sendable, Equatable, Codable {
    public var understanding: String
    public var positions: String
    public var exercises: String
    public var massageGun: String
    public var trafficLight: String
    public var progressLog: String
    public var help: String
  }

  /// The cover page (page 1 stands alone).
  public struct Cover: Sendable, Equatable, Codable {
    public var title: LocalizedText
    /// Templates with `{name}`, `{date}`, `{therapist}`, `{reference}`.
    public var patient: String
    public var date: String
    public var therapist: String
    public var reference: String
    public var reviewTitle: String
    /// Template with `{days}`.
    public var reviewWithDays: String
    public var reviewWithoutDays: String
    public var glanceTitle: String
    public var glanceHeader: [String]
    /// Templates with `{areas}` and `{seconds}`.
    public var gunRowDose: String
    /// Template with `{seconds}`, for a routine of one area.
    public var gunRowDoseOneArea: String
    public var gunRowWhen: String
    public var therapistNoteTitle: String
    /// Template with `{number}`.
    public var safetyPointer: String
  }

  public struct ExercisesText: Sendable, Equatable, Codable {
    public var intro: String
    /// Templates with `{next}`.
    public var whenEasy: String
    public var ifFlares: String
    public var askNextStep: String
    /// The public leaflet's "ask" line: its reader may have no therapist yet.
    public var askNextStepPublic: String
    /// Template with `{name}` and `{days}`: a tensioner named after a slider, with its condition.
    public var afterSliders: String
    /// Template with `{days}`: the tensioner's condition when the handout cannot name it.
    public var afterSlidersAsk: String
    public var flareDefault: String
    public var nameSeparator: String
    /// The small headings inside each exercise card.
    public var startLabel: String
    public var tipsLabel: String
    public var avoidLabel: String
    public var cautionLabel: String
    /// The text preview's labels before the dose line and the numbered steps.
    public var doseLabel: String
    public var stepsLabel: String
  }

  /// The small label beside each exercise name.
  public struct CategoryLabels: Sendable, Equatable, Codable {
    public var nerveGlide: String
    public var directional: String
    public var position: String
    public var strengthening: String
    public var stretch: String
    public var aerobic: String
    /// The label for aerobic items done on an exercise bike.
    public var cycling: String
    public var massageGun: String

    /// The label for `category`.
    public func label(for category: ExerciseCategory) -> String {
      switch category {
      case .nerveGlide: nerveGlide
      case .directional: directional
      case .position: position
      case .strengthening: strengthening
      case .stretch: stretch
      case .aerobic: aerobic
      case .massageGun: massageGun
      }
    }
  }

  /// Dose phrases; see `DoseFormatter`.
  public struct DoseText: Sendable, Equatable, Codable {
    public var setsAndReps: String
    public var oneSetAndReps: String
    public var reps: String
    public var oneRep: String
    public var holds: String
    public var oneHold: String
    public var setsOfHolds: String
    public var seconds: String
    public var oneSecond: String
    public var minutes: String
    public var oneMinute: String
    public var onceADay: String
    public var timesADay: String
    public var daysAWeek: String
    public var oneDayAWeek: String
    public var everyDay: String
    public var eachSide: String
    public var leftLeg: String
    public var rightLeg: String
  }

  public struct TrafficLightText: Sendable, Equatable, Codable {
    public struct Row: Sendable, Equatable, Codable {
      public var label: String
      public var signs: String
      public var action: String
    }

    public var intro: String
    public var green: Row
    public var amber: Row
    public var red: Row
    /// The "contact us today" line printed under the card.
    public var after: String
  }

  public struct ProgressLogText: Sendable, Equatable, Codable {
    public var intro: String
    public var instructions: [String]
    public var columns: [String]
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
  }

  /// An American phrase and its British one.
  public struct WordPair: Sendable, Equatable, Codable {
    public var us: String
    public var gb: String
  }
}
