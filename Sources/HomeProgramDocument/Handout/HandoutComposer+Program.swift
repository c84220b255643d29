// The program handout, in order: cover (page 1), understanding sciatica, positions
// of comfort, exercises, massage gun, traffic light, progress log, when to get help.
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

  func programDocument() throws -> Document {
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
    let document = text.general.document
    return self.document(
      title: document.title.text(for: locale), subject: document.subject.text(for: locale), onFirstPage: true,
      blocks: blocks)
  }

  /// Items shown as exercise cards: everything except massage-gun zones, in plan order.
  var cardItems: [PlanItem] { plan.items.filter { $0.category != .massageGun } }

  // MARK: - Cover

  func cover() -> [Block] {
    let cover = text.general.cover
    var blocks: [Block] = [
      .titleBand(
        TitleBand(
          overline: nonEmpty(clinic.name) ?? "", title: cover.title.text(for: locale),
          lines: patientLines(includeReference: false),
          logoPath: clinic.logoPath))
    ]
    if let reference = nonEmpty(profile.patient.reference) {
      blocks.append(
        .paragraph(
          Paragraph(text: cover.reference.filled(["reference": reference]), role: .small, secondary: true)))
    }
    // A check-up box with a review flag (R-RF-3), at high irritability (§3.4: review within 1 week)
    // or with stable motor signs (R-IRR-MOD1).
    if plan.redFlags.contains(where: { $0.level == .review }) || plan.irritability == .high
      || profile.symptoms.neuro == .motorStable
    {
      let reminder =
        plan.reviewWithinDays.map { cover.reviewWithDays.filled(["days": "\($0)"]) }
        ?? cover.reviewWithoutDays
      blocks.append(
        .callout(
          Callout(kind: .caution, title: cover.reviewTitle, body: [.paragraph(Paragraph(text: reminder))])))
    }
    blocks.append(
      .keepTogether([.heading(Heading(level: 2, text: cover.glanceTitle)), .table(glanceTable())]))
    blocks.append(.paragraph(Paragraph(text: timeLine())))
    if let extras = extrasLine() { blocks.append(.paragraph(Paragraph(text: extras))) }
    if let notes = nonEmpty(profile.notes) {
      blocks.append(
        .callout(
          Callout(kind: .note, title: cover.therapistNoteTitle, body: [.paragraph(Paragraph(text: notes))])))
    }
    blocks.append(
      .paragraph(
        Paragraph(text: cover.safetyPointer.filled(["number": clinic.emergencyNumber]), role: .small)))
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

  /// "About 15 minutes, 2 times a day, plus your walks."
  func timeLine() -> String {
    let cover = text.general.cover
    let aerobic = cardItems.filter { $0.category == .aerobic }
    let cycling = aerobic.filter { exercises[$0.id]?.equipment.contains(.stationaryBike) ?? false }
    let walking = aerobic.count > cycling.count
    let template: String
    switch (walking, !cycling.isEmpty) {
    case (true, true): template = cover.timeWithWalksAndCycling
    case (true, false): template = cover.timeWithWalks
    case (false, true): template = cover.timeWithCycling
    case (false, false): template = cover.time
    }
    let frequency = doses.timesPerDay(max(plan.sessionsPerDay, 1)) ?? ""
    return template.filled(["minutes": "\(plan.minutesPerSession)", "frequency": frequency])
  }

  /// "Short extras through the day: Lying face down (5 times a day)." for the items done more often
  /// than the main session (positions, walks and the gun are not session items); nil when none is.
  func extrasLine() -> String? {
    let cover = text.general.cover
    let separate: Set<ExerciseCategory> = [.position, .aerobic, .massageGun]
    let sessions = max(plan.sessionsPerDay, 1)
    let items = cardItems.filter { !separate.contains($0.category) && $0.dose.timesPerDay > sessions }
      .compactMap { item -> String? in
        guard let frequency = doses.timesPerDay(item.dose.timesPerDay) else { return nil }
        return cover.extrasItem.filled([
          "name": exercises[item.id]?.name ?? item.name, "frequency": frequency,
        ])
      }
    guard !items.isEmpty else { return nil }
    return cover.extras.filled(["items": items.joined(separator: cover.extrasSeparator)])
  }

  // MARK: - Understanding sciatica

  func understanding() -> [Block] {
    let education = text.education
    var blocks: [Block] = [.heading(Heading(level: 1, text: text.general.sections.understanding))]
    blocks += topic(education.whatIsIt.heading, education.whatIsIt.paragraphs)
    blocks += topic(
      education.causes.heading, education.causes.paragraphs + [education.causes.paragraph(for: profile.cause)]
    )
    for item in [education.whatToExpect, education.hurtIsNotHarm, education.keepMoving, education.otherHelp] {
      blocks += topic(item.heading, item.paragraphs)
    }
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
        .paragraph(Paragraph(text: wording.intro)),
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
            figure: Figure(key: FigureKey.position(entry.id), caption: "", height: Self.positionFigureHeight),
            body: [
              .paragraph(Paragraph([InlineRun(entry.title, .bold)])),
              .paragraph(Paragraph(text: entry.text.text(for: locale))),
            ])))
      blocks.append(.keepTogether(group))
    }
    if !avoided.isEmpty {
      let items = avoided.map { entry in
        let why =
          pregnant && entry.id == PositionID.prone.rawValue
          ? wording.pregnancy.proneAvoidText : entry.avoidText
        return [InlineRun(entry.title, .bold), InlineRun(". " + why)]
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

  func card(_ item: PlanItem, _ exercise: Exercise) -> ExerciseCard {
    let wording = text.general.exercises
    // Only suggest next steps the planner did not rule out and that suit the current level.
    // Next steps must also suit the patient's cause ("Walk and rest" is for stenosis, R-STEN-4).
    let excluded = Set(plan.excluded.map(\.id))
    let progressions = exercise.progression.filter { id in
      guard !excluded.contains(id), let next = exercises[id], next.causes.contains(profile.cause) else {
        return false
      }
      return plan.irritability.map { next.doses[$0] != nil } ?? true
    }
    let regressions = exercise.regression.filter { id in
      guard !excluded.contains(id), let next = exercises[id] else { return false }
      return next.causes.contains(profile.cause)
    }
    // The version given at this level: its own steps, tips and next-step notes when it has them.
    let level = plan.irritability
    let easier = steps(regressions, note: exercise.regressionNoteAt(level)) ?? wording.flareDefault
    let harder = steps(progressions, note: exercise.progressionNoteAt(level)) ?? wording.askNextStep
    var card = ExerciseCard(
      id: exercise.id, name: exercise.name, categoryLabel: categoryLabel(item, exercise),
      purpose: exercise.purpose, doseLine: doses.line(item.dose, side: item.side),
      doseNote: doseNote(item, exercise),
      start: exercise.startFor(item.side),
      steps: exercise.stepsAt(level, side: item.side, conditions: profile.conditions),
      cues: exercise.cuesAt(level),
      mistakes: exercise.mistakes, whenEasy: wording.whenEasy.filled(["next": harder]),
      ifFlares: wording.ifFlares.filled(["next": easier]),
      cautions: exercise.cautions,
      figure: Figure(
        key: exercise.id, caption: exercise.name, height: Self.exerciseFigureHeight, side: item.side),
      labels: CardLabels(wording))
    card.therapistNote = nonEmpty(item.therapistNote)
    card.therapistNoteLabel = text.general.cover.therapistNoteTitle
    return card
  }

  /// The level's note, then the note for the plan's direction bias (MB04), if any.
  func doseNote(_ item: PlanItem, _ exercise: Exercise) -> String? {
    let bias = plan.directionBias.flatMap { exercise.biasNotes[$0] }
    let parts = [nonEmpty(item.doseNote), nonEmpty(bias)].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// The small label beside the name: the category's, or "Cycling" for aerobic work on a bike.
  func categoryLabel(_ item: PlanItem, _ exercise: Exercise) -> String {
    let labels = text.general.categories
    if item.category == .aerobic, exercise.equipment.contains(.stationaryBike) { return labels.cycling }
    return labels.label(for: item.category)
  }

  /// "Name A or Name B · note", or nil when there is neither.
  func steps(_ ids: [String], note: String?) -> String? {
    shared.nextSteps(ids.compactMap { exercises[$0]?.name }, note: note)
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

  func whenToGetHelp() -> [Block] { shared.whenToGetHelp() + contactBlocks() }

}
