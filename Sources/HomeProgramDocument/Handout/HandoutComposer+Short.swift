import Foundation
// The short core handout, printed by default: a cover with the clinic, the patient, the plan at a
// glance and the day's schedule; compact exercise cards; the massage-gun routine on one page; one
// page about sciatica; the traffic light; a log for the days until the review; when to get help.
// The full booklet (`programDocument`) keeps the long education, positions of comfort and the
// 6-week log.
import HomeProgramModel
import HomeProgramPlanner

extension HandoutComposer {
  /// Height reserved for a compact card's figure, before large-print scaling.
  static let shortFigureHeight = 66.0
  /// Tips a compact card keeps.
  static let shortTips = 1
  /// Cautions a compact card keeps: the first, the one that matters for everyone.
  static let shortCautions = 1
  /// The most days the short log holds (4 weeks, on one page).
  static let shortLogMaximumDays = 28
  /// The most days the short log prints in one column; more go in two columns side by side.
  static let shortLogOneColumnDays = 7

  func shortDocument() throws -> Document {
    // Everything follows on, with no page left half empty: each section's heading stays with its
    // start, each card and the gun's routine stay on one page. "About your sciatica" fills the
    // cover's page; the closing sections follow the cards (the traffic light, the gun's routine,
    // when to get help: the engine may reorder them, see `ClosingOrder`), and the log to bring to
    // the check-up.
    var blocks = shortCover()
    blocks += aboutSciatica()
    // After "About your sciatica": the booklet has more of it.
    blocks.append(.paragraph(Paragraph(text: text.short.bookletNote, role: .small, secondary: true)))
    blocks += try shortCards()
    var closing: [ClosingOrder.Section: Range<Int>] = [:]
    for section in ClosingOrder.standard.sections {
      let start = blocks.count
      defer { closing[section] = start..<blocks.count }
      switch section {
      case .trafficLight:
        // In large print the traffic light may break between its rows.
        blocks += shared.trafficLight(short: true, splits: options.largePrint)
      case .massageGun:
        blocks += try shortMassageGun()
      case .whenToGetHelp:
        // The clinic's phone and the therapist are on the cover; the website and address
        // follow, in one line.
        blocks += whenToGetHelp(omitting: [.phone, .therapist], inline: true)
      }
    }
    // The log last: the page to fill in and bring to the check-up.
    blocks += shortLog()
    let wording = text.general.document
    var document = self.document(
      title: wording.title.text(for: locale), subject: wording.subject.text(for: locale),
      blocks: blocks)
    document.closingSections = closing
    // Over the page limit, layout tries tighter spacing (never smaller type) and keeps it if it
    // fits.
    document.fitPages = ClosingOrder.pageLimit(largePrint: options.largePrint)
    return document
  }

  // MARK: - Cover

  /// The cover: the clinic (name, phone, logo) and the patient in the title band, the check-up
  /// box, the plan at a glance, the day's schedule, the therapist's note and the safety pointer.
  func shortCover() -> [Block] {
    var lines = patientLines(includeReference: true)
    if let phone = nonEmpty(clinic.phone) { lines.append(text.short.coverPhone.filled(["phone": phone])) }
    var blocks = [titleBand(lines: lines)]
    blocks += reviewBox()
    blocks += dayTable()
    blocks += therapistNote()
    blocks.append(safetyPointer())
    return blocks
  }

  // MARK: - Exercises

  /// Compact cards: the figure, one dose line, the short start and steps, one tip and the first
  /// caution. No purpose line, no "avoid" list and no next-step pointers.
  func shortCards() throws -> [Block] {
    var blocks: [Block] = []
    for item in cardItems {
      guard let exercise = exercises[item.id] else { throw HandoutBuilderError.missingExercise(id: item.id) }
      blocks.append(.exerciseCard(Self.compact(card(item, exercise, short: true))))
    }
    let heading: [Block] = [
      .heading(Heading(level: 1, text: text.general.sections.exercises)),
      .paragraph(Paragraph(text: text.short.exercisesIntro)),
    ]
    return [.keepTogether(heading)] + blocks
  }

  /// `card` as a compact card (the short handout's and the short leaflet's): no purpose line, no
  /// "avoid" list and no next-step pointers; one tip, the first caution and a smaller figure.
  static func compact(_ card: ExerciseCard) -> ExerciseCard {
    var compact = card
    compact.purpose = ""
    compact.cues = Array(card.cues.prefix(shortTips))
    compact.mistakes = []
    compact.whenEasy = nil
    compact.ifFlares = nil
    compact.cautions = Array(card.cautions.prefix(shortCautions))
    compact.figure.height = shortFigureHeight
    compact.compact = true
    return compact
  }

  // MARK: - Massage gun

  /// The routine on one page: the table, the body map beside where to work each area, how to use
  /// it, the stop signs and the no-go areas (as run-in lists). Without the gun in the plan, its
  /// short note.
  func shortMassageGun() throws -> [Block] {
    let gun = plan.massageGun
    let wording = text.massageGun
    guard gun.included else {
      // One note box, not a section: why the gun is not in the plan, and the safety note.
      var body: [Block] = []
      if let reason = gun.notIncludedReason {
        guard let sentence = wording.notIncludedText(reason) else {
          throw HandoutBuilderError.missingText(kind: "massage-gun exclusion reason", id: reason.rawValue)
        }
        body.append(.paragraph(Paragraph(text: sentence)))
      }
      body.append(.paragraph(Paragraph(text: wording.notIncludedSafety)))
      return [.callout(Callout(kind: .note, title: wording.notIncludedTitle, body: body))]
    }
    let section = try routine()
    let (head, rest) = section.compact(
      lead: [
        .heading(Heading(level: 1, text: text.general.sections.massageGun)),
        .paragraph(Paragraph(text: wording.intro + " " + wording.order)),
      ], bodyMap: section.bodyMap(side: plan.side), separator: text.short.runInSeparator,
      techniqueBelow: options.largePrint)
    let after = try precautionCallout()
    // On one page at normal print (a routine of many areas too tall for one page splits between
    // its parts); in large print, in two parts that each stay whole.
    if options.largePrint { return [.keepTogether(head)] + rest + after }
    return [.keepTogether(head + rest)] + after
  }

  // MARK: - About your sciatica

  /// Half a page: what it is and what causes it for this patient, what to expect, hurt is not
  /// harm and keep moving, from the booklet's own paragraphs (the first of each).
  func aboutSciatica() -> [Block] {
    let education = text.education
    var blocks: [Block] = [.heading(Heading(level: 1, text: text.short.aboutTitle))]
    blocks += topic(
      education.whatIsIt.heading,
      Array(education.whatIsIt.paragraphs.prefix(1)) + [education.causes.paragraph(for: profile.cause)])
    // What to expect for this cause and duration (stenosis; past 8 weeks), as the booklet says it.
    let expect = education.whatToExpect
    blocks += topic(
      expect.heading,
      expect.paragraphs(cause: profile.cause, durationWeeks: profile.symptoms.durationWeeks, locale: locale)
        .prefix(1).map(LocalizedText.same))
    for item in [education.hurtIsNotHarm, education.keepMoving] {
      blocks += topic(item.heading, Array(item.paragraphs.prefix(1)))
    }
    return [.keepTogether(Array(blocks.prefix(2)))] + blocks.dropFirst(2)
  }

  // MARK: - Log

  /// One table of the days until the review (`review_within_days`), on one page.
  func shortLog() -> [Block] {
    let wording = text.general.progressLog
    let days = min(max(plan.reviewWithinDays ?? Self.shortLogMaximumDays, 1), Self.shortLogMaximumDays)
    let sessions = min(max(sittingsPerDay, Self.logSessions.lowerBound), Self.logSessions.upperBound)
    let head: [Block] = [
      .heading(Heading(level: 1, text: text.short.log.title)),
      .paragraph(Paragraph(text: text.short.log.intro.filled(["days": "\(days)"]))),
    ]
    // More than a week in two columns side by side at normal print.
    let grid = Block.logGrid(
      LogGrid(
        weeks: 1, sessionsPerDay: sessions, columns: wording.columns, labels: LogGridLabels(wording),
        days: days, twoColumns: !options.largePrint && days > Self.shortLogOneColumnDays))
    // One page at normal print; a large-print log of 4 weeks runs on, its header repeated.
    return options.largePrint ? [.keepTogether(head), grid] : [.keepTogether(head + [grid])]
  }

  // MARK: - Shared with the booklet's cover

  /// The title band: the clinic's name over the title, `lines` under it, and the clinic's logo with
  /// its alternative text ("Logo of <clinic>"; none without a name, the logo is then decoration).
  func titleBand(lines: [String]) -> Block {
    .titleBand(
      TitleBand(
        overline: nonEmpty(clinic.name) ?? "", title: text.general.cover.title.text(for: locale),
        lines: lines,
        logoPath: clinic.logoPath,
        logoAlt: nonEmpty(clinic.name).map { text.general.document.logoAlt.filled(["clinic": $0]) }))
  }

  /// The small line at the foot of the cover pointing to the safety section, with the emergency
  /// number.
  func safetyPointer() -> Block {
    .paragraph(
      Paragraph(
        text: text.general.cover.safetyPointer.filled(["number": clinic.emergencyNumber]), role: .small))
  }

  /// A check-up box with a review flag (R-RF-3), at high irritability (§3.4: review within 1 week)
  /// or with stable motor signs (R-IRR-MOD1).
  func reviewBox() -> [Block] {
    let cover = text.general.cover
    guard
      plan.redFlags.contains(where: { $0.level == .review }) || plan.irritability == .high
        || profile.symptoms.neuro == .motorStable
    else { return [] }
    let reminder =
      plan.reviewWithinDays.map { cover.reviewWithDays.filled(["days": "\($0)"]) } ?? cover.reviewWithoutDays
    return [
      .callout(
        Callout(kind: .caution, title: cover.reviewTitle, body: [.paragraph(Paragraph(text: reminder))]))
    ]
  }

  /// "From your therapist", when the profile has notes.
  func therapistNote() -> [Block] {
    guard let notes = nonEmpty(profile.notes) else { return [] }
    return [
      .callout(
        Callout(
          kind: .note, title: text.general.cover.therapistNoteTitle,
          body: [.paragraph(Paragraph(text: notes))]))
    ]
  }
}
