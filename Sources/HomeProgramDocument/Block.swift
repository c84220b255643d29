import HomeProgramModel

/// One block of a document. Layout measures, splits and places blocks; the text preview prints them.
public indirect enum Block: Sendable, Equatable {
  /// A section (level 1) or sub-section (level 2) heading. Level-1 headings get a bookmark.
  case heading(Heading)
  /// A paragraph of inline runs.
  case paragraph(Paragraph)
  /// A numbered or bulleted list.
  case list(ListBlock)
  /// A table; split by rows with the header repeated.
  case table(Table)
  /// A tinted box with a bold label; never split when `keepTogether`.
  case callout(Callout)
  /// One exercise: kept on one page.
  case exerciseCard(ExerciseCard)
  /// A drawn illustration with a caption (the figure is drawn by the PDF renderer).
  case figure(Figure)
  /// A figure on the left with blocks beside it on the right, kept on one page.
  case figureRow(FigureRow)
  /// Blocks that must stay on one page.
  case keepTogether([Block])
  /// Start a new page.
  case pageBreak
  /// Start a new page for a major section, unless the current page is still mostly empty (less
  /// than `LayoutStyle.sectionBreakMinimumUse` of it is used), so a short overflow never gets a
  /// page of its own.
  case sectionBreak
  /// Vertical space in points (scaled for large print).
  case spacer(Double)
  /// The cover band: clinic name, title, subtitle lines, optional logo.
  case titleBand(TitleBand)
  /// The green / amber / red card.
  case trafficLight(TrafficLight)
  /// A progress log grid a pen can write in.
  case logGrid(LogGrid)
}

/// Inline emphasis.
public enum Emphasis: Sendable, Equatable, Hashable {
  case normal, bold, italic
}

/// A run of text with one emphasis, optionally a link.
public struct InlineRun: Sendable, Equatable, Hashable {
  public var text: String
  public var emphasis: Emphasis
  /// A URL (https:, tel:, mailto:) the run links to.
  public var link: String?

  public init(_ text: String, _ emphasis: Emphasis = .normal, link: String? = nil) {
    self.text = text
    self.emphasis = emphasis
    self.link = link
  }
}

/// Text size roles from the style guide.
public enum TextRole: Sendable, Equatable {
  /// Body text (10.5 pt; 14 pt in large print).
  case body
  /// Small text: cues, captions (9 pt; 12 pt).
  case small
  /// Larger lead text, e.g. the first lines of a referral sheet (14 pt; 18 pt).
  case lead
  /// The largest text, for "what to do now" (20 pt; 24 pt).
  case urgent
}

public struct Heading: Sendable, Equatable {
  /// 1 = section heading (accent colour, bookmark); 2 = card / sub heading.
  public var level: Int
  public var text: String

  public init(level: Int, text: String) {
    self.level = level
    self.text = text
  }
}

public struct Paragraph: Sendable, Equatable {
  public var runs: [InlineRun]
  public var role: TextRole
  /// Grey secondary text when true.
  public var secondary: Bool

  public init(_ runs: [InlineRun], role: TextRole = .body, secondary: Bool = false) {
    self.runs = runs
    self.role = role
    self.secondary = secondary
  }

  /// A plain paragraph of one run.
  public init(text: String, role: TextRole = .body, secondary: Bool = false) {
    self.init([InlineRun(text)], role: role, secondary: secondary)
  }
}

public struct ListBlock: Sendable, Equatable {
  public var ordered: Bool
  public var items: [[InlineRun]]
  public var role: TextRole

  public init(ordered: Bool, items: [[InlineRun]], role: TextRole = .body) {
    self.ordered = ordered
    self.items = items
    self.role = role
  }
}

public struct Table: Sendable, Equatable {
  public var header: [String]
  public var rows: [[String]]
  /// Relative column widths (any positive numbers; normalised by layout).
  public var columnWeights: [Double]
  public var role: TextRole

  public init(header: [String], rows: [[String]], columnWeights: [Double], role: TextRole = .body) {
    self.header = header
    self.rows = rows
    self.columnWeights = columnWeights
    self.role = role
  }
}

/// The look of a callout.
public enum CalloutKind: Sendable, Equatable {
  /// Accent tint: "From your therapist", tips.
  case note
  /// Amber: cautions, review reminders.
  case caution
  /// Red border, never split: emergency signs.
  case emergency
}

public struct Callout: Sendable, Equatable {
  public var kind: CalloutKind
  public var title: String
  public var body: [Block]

  public init(kind: CalloutKind, title: String, body: [Block]) {
    self.kind = kind
    self.title = title
    self.body = body
  }
}

/// The small headings inside an exercise card (start, tips, avoid, caution, the therapist's
/// note) and the text preview's dose and steps labels, from the handout wording so layout and
/// preview never hold patient words of their own.
public struct CardLabels: Sendable, Equatable {
  public var start: String
  public var tips: String
  public var avoid: String
  public var caution: String
  /// Before the dose line, in the text preview.
  public var dose: String
  /// Above the numbered steps, in the text preview.
  public var steps: String
  /// "From your therapist", before a card's `therapistNote`.
  public var therapistNote: String

  public init(
    start: String, tips: String, avoid: String, caution: String, dose: String, steps: String,
    therapistNote: String
  ) {
    self.start = start
    self.tips = tips
    self.avoid = avoid
    self.caution = caution
    self.dose = dose
    self.steps = steps
    self.therapistNote = therapistNote
  }

  /// The labels of `wording`: the exercises' own, and the cover's "From your therapist".
  public init(_ wording: HandoutText.General) {
    let exercises = wording.exercises
    self.init(
      start: exercises.startLabel, tips: exercises.tipsLabel, avoid: exercises.avoidLabel,
      caution: exercises.cautionLabel, dose: exercises.doseLabel, steps: exercises.stepsLabel,
      therapistNote: wording.cover.therapistNoteTitle)
  }
}

public struct ExerciseCard: Sendable, Equatable {
  public var id: String
  public var name: String
  /// Small label beside the name ("Nerve glide").
  public var categoryLabel: String
  /// What it is for.
  public var purpose: String
  /// "2 sets × 10 · 2 times a day · left leg".
  public var doseLine: String
  /// The level-specific instruction ("Half range only"), if any.
  public var doseNote: String?
  public var start: String
  public var steps: [String]
  public var cues: [String]
  public var mistakes: [String]
  /// "When it feels easy → …".
  public var whenEasy: String?
  /// "If it flares → …".
  public var ifFlares: String?
  public var cautions: [String]
  /// The illustration (drawn by the PDF renderer; the preview prints its caption).
  public var figure: Figure
  /// The card's small headings.
  public var labels: CardLabels
  /// A compact card for the short handout: a narrower figure zone and less space around it, so
  /// 3 or 4 fit a page.
  public var compact: Bool = false
  /// The therapist's note on this exercise (the profile's `adjust.<id>.note`), printed near the
  /// dose after `labels.therapistNote`; nil without one.
  public var therapistNote: String? = nil

  public init(
    id: String, name: String, categoryLabel: String, purpose: String, doseLine: String, doseNote: String?,
    start: String, steps: [String], cues: [String], mistakes: [String], whenEasy: String?, ifFlares: String?,
    cautions: [String], figure: Figure, labels: CardLabels
  ) {
    self.id = id
    self.name = name
    self.categoryLabel = categoryLabel
    self.purpose = purpose
    self.doseLine = doseLine
    self.doseNote = doseNote
    self.start = start
    self.steps = steps
    self.cues = cues
    self.mistakes = mistakes
    self.whenEasy = whenEasy
    self.ifFlares = ifFlares
    self.cautions = cautions
    self.figure = figure
    self.labels = labels
  }
}

/// A drawn illustration: an exercise figure (by catalogue id), a position of comfort, or the
/// massage-gun body map.
public struct Figure: Sendable, Equatable {
  /// What to draw: a catalogue id ("NG01"), "position:<id>", or "bodymap".
  public var key: String
  public var caption: String
  /// Height to reserve in points (before large-print scaling).
  public var height: Double
  /// The patient's side, so the drawing can mark it.
  public var side: Side?
  /// The figure's alternative text for screen readers (the tagged PDF's `/Alt`). Nil until the
  /// catalogue gives each entry its own (a later issue): layout then uses `altText(or:)`.
  public var alt: String?

  public init(key: String, caption: String, height: Double, side: Side? = nil, alt: String? = nil) {
    self.key = key
    self.caption = caption
    self.height = height
    self.side = side
    self.alt = alt
  }

  /// The alternative text: `alt` when set, else the caption, else `fallback` (the exercise or
  /// position name the figure illustrates).
  public func altText(or fallback: String) -> String {
    if let alt, alt.contains(where: { !$0.isWhitespace }) { return alt }
    if caption.contains(where: { !$0.isWhitespace }) { return caption }
    return fallback
  }
}

/// A figure beside its text: the figure on the left, the blocks on the right (a position of
/// comfort and its explanation). Never split across pages.
public struct FigureRow: Sendable, Equatable {
  /// The figure; its caption, if any, goes under it.
  public var figure: Figure
  /// The text beside the figure.
  public var body: [Block]
  /// Fraction of the row's width given to the figure (0.15–0.7).
  public var figureFraction: Double

  public init(figure: Figure, body: [Block], figureFraction: Double = 0.35) {
    self.figure = figure
    self.body = body
    self.figureFraction = figureFraction
  }
}

public struct TitleBand: Sendable, Equatable {
  /// Small line above the title, usually the clinic name.
  public var overline: String
  public var title: String
  /// Lines under the title (patient, date, therapist).
  public var lines: [String]
  /// Absolute path of a PNG/JPEG logo, if any.
  public var logoPath: String?
  /// The logo's alternative text ("Logo of <clinic>"); nil: the logo is decoration.
  public var logoAlt: String?

  public init(
    overline: String, title: String, lines: [String], logoPath: String? = nil, logoAlt: String? = nil
  ) {
    self.overline = overline
    self.title = title
    self.lines = lines
    self.logoPath = logoPath
    self.logoAlt = logoAlt
  }
}

public struct TrafficLight: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    /// GREEN, AMBER, RED: always printed as a word, so it survives greyscale.
    public var label: String
    public var color: RGBColor
    /// What it looks like.
    public var signs: String
    /// What to do.
    public var action: String

    public init(label: String, color: RGBColor, signs: String, action: String) {
      self.label = label
      self.color = color
      self.signs = signs
      self.action = action
    }
  }

  public var rows: [Row]
  /// Set in the compact card's type (the short handout), not the body's.
  public var compact: Bool
  /// May break between its rows (each row whole): the short handout in large print.
  public var splitsBetweenRows: Bool

  public init(rows: [Row], compact: Bool = false, splitsBetweenRows: Bool = false) {
    self.rows = rows
    self.compact = compact
    self.splitsBetweenRows = splitsBetweenRows
  }
}

public struct LogGrid: Sendable, Equatable {
  /// Number of weeks (one grid section per week).
  public var weeks: Int
  /// Sessions per day: one tick box each.
  public var sessionsPerDay: Int
  /// Column headings after the day and session ticks.
  public var columns: [String]
  /// The day column, session headings, week titles and the preview's line.
  public var labels: LogGridLabels
  /// When set, one table of this many days (day 1 to day `days`, no week titles) instead of
  /// `weeks` weekly tables: the short handout's log, sized to the review interval.
  public var days: Int?
  /// With `days`: the days in two columns side by side (the first half on the left), so a log of
  /// 2 to 4 weeks takes half the height. One table all the same: the right column's header is
  /// drawn as a repeat, as on a continued page.
  public var twoColumns: Bool

  public init(
    weeks: Int, sessionsPerDay: Int, columns: [String], labels: LogGridLabels, days: Int? = nil,
    twoColumns: Bool = false
  ) {
    self.weeks = weeks
    self.sessionsPerDay = sessionsPerDay
    self.columns = columns
    self.labels = labels
    self.days = days
    self.twoColumns = twoColumns
  }
}

extension Block {
  /// A bulleted (or numbered) list of plain strings.
  public static func bullets(_ items: [String], ordered: Bool = false, role: TextRole = .body) -> Block {
    .list(ListBlock(ordered: ordered, items: items.map { [InlineRun($0)] }, role: role))
  }
}
