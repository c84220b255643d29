// The program handout's full booklet, in order: cover (page 1), understanding sciatica, positions
// of comfort, exercises, massage gun, traffic light, progress log, when to get help. The short
// core handout, the default, is in HandoutComposer+Short.swift.
import HomeProgramModel
import HomeProgramPlanner

extension HandoutComposer {
  /// Height reserved for an exercise figure, before large-print scaling.
  static let exerciseFigureHeight = 100.0
  /// Height reserved for a position-of-comfort figure.
  static let positionFigureHeight = 90.0
  /// Weeks in the progress log.
  static let logWeeks = 6
  /// Sessions per day the log has room for.
  static let logSessions = 1...3

  /// The handout for a program: the short core by default, the full booklet on request.
  func programDocument() throws -> Document {
    switch options.form {
    case .short: try shortDocument()
    case .booklet: try bookletDocument()
    }
  }

  /// The full booklet.
  func bookletDocument() throws -> Document {
    var blocks = cover()
    // The cover fills most of page 1; when its last box spills over (large print), the next
    // section follows it instead of leaving a nearly empty page 2.
    blocks += [.sectionBreak] + understanding()
    blocks += try positions()
    blocks += [.sectionBreak] + (try exerciseCards())
    blocks += try massageGun()
    blocks += shared.trafficLight()
    blocks += progressLog()
    blocks += [.sectionBreak] + whenToGetHelp()
    let wording = text.general.document
    var document = self.document(
      title: wording.title.text(for: locale), subject: wording.subject.text(for: locale),
      blocks: blocks)
    document.tightensToSavePages = true
    return document
  }

  // MARK: - Cover

  func cover() -> [Block] {
    let cover = text.general.cover
    var blocks = [titleBand(lines: patientLines(includeReference: false))]
    if let reference = nonEmpty(profile.patient.reference) {
      blocks.append(
        .paragraph(
          Paragraph(text: cover.reference.filled(["reference": reference]), role: .small, secondary: true)))
    }
    blocks += reviewBox()
    blocks.append(
      .keepTogether([.heading(Heading(level: 2, text: cover.glanceTitle)), .table(glanceTable())]))
    blocks += schedule()
    blocks += therapistNote()
    blocks.append(safetyPointer())
    return blocks
  }

  func glanceTable() -> Table {
    let cover = text.general.cover
    var rows = cardItems.map { item in
      [
        exercises[item.id]?.name ?? item.name, doses.tableDose(item.dose, side: item.side),
        doses.frequency(item.dose) ?? "",
      ]
    }
    let gun = plan.massageGun
    if gun.included, let longest = gun.zones.map(\.secondsPerSide).max() {
      rows.append([
        text.general.categories.massageGun,
        gun.zones.count == 1
          ? cover.gunRowDoseOneArea.filled(["seconds": "\(longest)"])
          : cover.gunRowDose.filled(["areas": "\(gun.zones.count)", "seconds": "\(longest)"]),
        cover.gunRowWhen,
      ])
    }
    return Table(header: cover.glanceHeader, rows: rows, columnWeights: [3, 3, 2])
  }

  // MARK: - Understanding sciatica

  func understanding() -> [Block] {
    let education = text.education
    var blocks: [Block] = [.heading(Heading(level: 1, text: text.general.sections.understanding))]
    blocks += topic(education.whatIsIt.heading, education.whatIsIt.paragraphs)
    blocks += topic(
      education.causes.heading, education.causes.paragraphs + [education.causes.paragraph(for: profile.cause)]
    )
    // What to expect for this cause and duration (stenosis; past 8 weeks).
    let expect = education.whatToExpect
    blocks += topic(
      expect.heading,
      expect.paragraphs(cause: profile.cause, durationWeeks: profile.symptoms.durationWeeks, locale: locale)
        .map(LocalizedText.same))
    for item in [education.hurtIsNotHarm, education.keepMoving] {
      blocks += topic(item.heading, item.paragraphs)
    }
    let otherHelp = education.otherHelp
    blocks += topic(
      otherHelp.heading, otherHelp.paragraphs(pregnant: profile.conditions.contains(.pregnancy)))
    // The section heading stays with its first sub-heading and paragraph.
    return [.keepTogether(Array(blocks.prefix(2)))] + blocks.dropFirst(2)
  }

  /// A level-2 heading kept with its first paragraph, then the other paragraphs.
  func topic(_ heading: String, _ paragraphs: [LocalizedText]) -> [Block] {
    let blocks = paragraphs.map { Block.paragraph(Paragraph(text: $0.text(for: locale))) }
    guard let first = blocks.first else { return [.heading(Heading(level: 2, text: heading))] }
    return [.keepTogether([.heading(Heading(level: 2, text: heading)), first])] + blocks.dropFirst()
  }

  // MARK: - Positions of comfort

  func positions() throws -> [Block] {
    let wording = text.positions
    let pregnant = profile.conditions.contains(.pregnancy)
    var blocks: [Block] = [
      .keepTogether([
        .heading(Heading(level: 1, text: text.general.sections.positions)),
        .paragraph(Paragraph(text: timed(wording.intro))),
      ])
    ]
    if pregnant { blocks.append(.paragraph(Paragraph(text: wording.pregnancy.note))) }
    let recommended = try plan.positions.recommended.map { try positionEntry($0) }
    let avoided = try plan.positions.avoid.map { try positionEntry($0) }
    for (index, entry) in recommended.enumerated() {
      var group: [Block] = []
      if index == 0 { group.append(.heading(Heading(level: 2, text: wording.recommendedTitle))) }
      // The figure on the left, the position's title and text beside it.
      group.append(
        .figureRow(
          FigureRow(
            figure: Figure(
              key: FigureKey.position(entry.id), caption: "", height: Self.positionFigureHeight,
              alt: entry.alt.text(for: locale)),
            body: [
              .paragraph(Paragraph([InlineRun(entry.title, .bold)])),
              .paragraph(Paragraph(text: timed(entry.text.text(for: locale)))),
            ])))
      blocks.append(.keepTogether(group))
    }
    if !avoided.isEmpty {
      let items = avoided.map { entry in
        let why =
          pregnant && entry.id == PositionID.prone.rawValue
          ? wording.pregnancy.proneAvoidText : entry.avoidText
        return [InlineRun(entry.title, .bold), InlineRun(". " + timed(why))]
      }
      blocks.append(
        .keepTogether([
          .heading(Heading(level: 2, text: wording.avoidTitle)),
          .list(ListBlock(ordered: false, items: items)),
        ]))
    }
    var note: [Block] = [.paragraph(Paragraph(text: wording.massageTherapist.text))]
    if let first = recommended.first {
      note.append(
        .paragraph(Paragraph(text: wording.massageTherapist.yourPosition.filled(["position": first.title]))))
    }
    let faceDown: Set<String> = [PositionID.prone.rawValue, PositionID.proneOnPillow.rawValue]
    if plan.positions.avoid.contains(where: faceDown.contains) {
      note.append(.paragraph(Paragraph(text: wording.massageTherapist.notFaceDown)))
    }
    blocks.append(.callout(Callout(kind: .note, title: wording.massageTherapist.title, body: note)))
    return blocks
  }

  func positionEntry(_ id: String) throws -> HandoutText.Positions.Entry {
    guard let entry = text.positions.entry(for: id) else {
      throw HandoutBuilderError.missingText(kind: "position", id: id)
    }
    return entry
  }

  // MARK: - Exercises

  func exerciseCards() throws -> [Block] {
    let wording = text.general.exercises
    var blocks: [Block] = []
    for item in cardItems {
      guard let exercise = exercises[item.id] else { throw HandoutBuilderError.missingExercise(id: item.id) }
      blocks.append(.exerciseCard(card(item, exercise)))
    }
    let heading: [Block] = [
      .heading(Heading(level: 1, text: text.general.sections.exercises)),
      .paragraph(Paragraph(text: wording.intro)),
    ]
    return [.keepTogether(heading)] + blocks
  }

  /// `short`: the compact card's words (the catalogue's short start and steps where it has them).
  func card(_ item: PlanItem, _ exercise: Exercise, short: Bool = false) -> ExerciseCard {
    let wording = text.general.exercises
    // Name only the next steps the planner allows this patient (its own rules, `PlanItem`'s
    // progressions and regressions) whose instructions are in this handout; otherwise the change in
    // words, or "ask your therapist". A tensioner's condition (days of sliders first) is printed.
    let level = plan.irritability
    let easier =
      steps(item.regressions.filter { cardIDs.contains($0.id) }, note: exercise.regressionNoteAt(level))
      ?? wording.flareDefault
    let harder =
      steps(item.progressions.filter { cardIDs.contains($0.id) }, note: exercise.progressionNoteAt(level))
      ?? item.progressions.compactMap(\.afterSliderDays).first.map {
        wording.afterSlidersAsk.filled(["days": "\($0)"])
      } ?? wording.askNextStep
    var card = ExerciseCard(
      id: exercise.id, name: exercise.name, categoryLabel: categoryLabel(item, exercise),
      purpose: exercise.purpose, doseLine: doses.line(item.dose, side: item.side),
      doseNote: doseNote(item, exercise),
      start: timed(exercise.startFor(item.side, short: short)),
      steps: exercise.stepsAt(level, side: item.side, conditions: profile.conditions, short: short).map(
        timed),
      cues: exercise.cuesAt(level).map(timed),
      mistakes: exercise.mistakes, whenEasy: wording.whenEasy.filled(["next": harder]),
      ifFlares: wording.ifFlares.filled(["next": easier]),
      cautions: exercise.cautionsFor(profile.conditions),
      figure: Figure(
        key: exercise.id, caption: exercise.name, height: Self.exerciseFigureHeight, side: item.side,
        alt: exercise.alt),
      labels: CardLabels(text.general))
    card.therapistNote = nonEmpty(item.therapistNote)
    // A figure offering positions to choose from (DP08), one of which this patient's tag rules rule
    // out (lying on the back in pregnancy, R-PREG-1), shows the plan's own position of comfort.
    if let figure = exercise.figure, !figure.alternatives.isEmpty,
      let position = plan.positions.recommended.first, let entry = text.positions.entry(for: position)
    {
      let ruledOut = Set(
        options.planner.tagRules.filter { profile.conditions.contains($0.condition) }.map(\.tag))
      let bases = ([figure] + figure.alternatives).compactMap {
        ExerciseTag(rawValue: $0.start.base.rawValue)
      }
      if bases.contains(where: ruledOut.contains) {
        card.figure.key = FigureKey.position(entry.id)
        card.figure.alt = entry.alt.text(for: locale)
      }
    }
    return card
  }

  /// The level's note, then the note for the plan's direction bias (MB04), if any. The plan's
  /// note is the English catalogue's; a handout in another language prints the same level's note
  /// from its own words (the plan's level, filled in with the same timings).
  func doseNote(_ item: PlanItem, _ exercise: Exercise) -> String? {
    let bias = plan.directionBias.flatMap { exercise.biasNotes[$0] }
    var levelNote = item.doseNote
    if profile.language != .en, levelNote != nil {
      levelNote = plan.irritability.flatMap { exercise.doses[$0]?.note }.map(timed)
    }
    let parts = [nonEmpty(levelNote), nonEmpty(bias)].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// The small label beside the name: the category's, or "Cycling" for aerobic work on a bike.
  func categoryLabel(_ item: PlanItem, _ exercise: Exercise) -> String {
    let labels = text.general.categories
    if item.category == .aerobic, exercise.equipment.contains(.stationaryBike) { return labels.cycling }
    return labels.label(for: item.category)
  }

  /// "Name A or Name B · note", or nil when there is neither; a step with a condition says it
  /// ("Name, but only after 7 days of sliders without a flare").
  func steps(_ next: [NextStep], note: String?) -> String? {
    let names = next.compactMap { step -> String? in
      guard let name = exercises[step.id]?.name else { return nil }
      guard let days = step.afterSliderDays else { return name }
      return text.general.exercises.afterSliders.filled(["name": name, "days": "\(days)"])
    }
    return shared.nextSteps(names, note: note)
  }

  // MARK: - Traffic light and progress log

  func progressLog() -> [Block] {
    let wording = text.general.progressLog
    let sessions = min(max(plan.sessionsPerDay, Self.logSessions.lowerBound), Self.logSessions.upperBound)
    return [
      .keepTogether([
        .heading(Heading(level: 1, text: text.general.sections.progressLog)),
        .paragraph(Paragraph(text: wording.intro)), Block.bullets(wording.instructions),
      ]),
      .logGrid(
        LogGrid(
          weeks: Self.logWeeks, sessionsPerDay: sessions, columns: wording.columns,
          labels: LogGridLabels(wording))),
    ]
  }

  // MARK: - When to get help

  /// "When to get help" (with a pregnant patient's own box), then how to reach the clinic: its
  /// lines as `contactBlocks(omitting:inline:)` gives them.
  func whenToGetHelp(omitting: ContactParts = [], inline: Bool = false) -> [Block] {
    shared.whenToGetHelp(pregnant: profile.conditions.contains(.pregnancy))
      + contactBlocks(omitting: omitting, inline: inline)
  }

  /// `text` with the timings (sitting breaks, repeats through the day) filled in from their one
  /// source, `PlannerConfiguration`.
  func timed(_ text: String) -> String { options.planner.fillingTimings(text) }
}
