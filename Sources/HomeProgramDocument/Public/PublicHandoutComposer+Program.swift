// "Get assessed first if" (before the massage gun and the exercises), "A gentle starter program"
// (exercise cards at the gentlest catalogue dose), the traffic-light card, "When to get help" and the call to action.
import HomeProgramModel
import HomeProgramPlanner

extension PublicHandoutComposer {
  /// The one source of the timings the texts state (sitting breaks, repeats through the day).
  var timings: PlannerConfiguration { .standard }

  // MARK: - Get assessed first

  /// Who should see a therapist or doctor before using a massage gun or starting the exercises.
  func getAssessedFirst() -> Block {
    let words = wording.starter
    return .callout(
      Callout(
        kind: .caution, title: words.getAssessedTitle,
        body: [Block.bullets(words.getAssessed), .paragraph(Paragraph(text: words.getAssessedLater))]))
  }

  // MARK: - Starter program

  /// The heading, its introduction and how to do the exercises, then the cards; with `short`,
  /// the introduction stays together with how to do them and the cards are compact.
  func starterProgram(short: Bool = false) throws(PublicHandoutError) -> [Block] {
    let head =
      [Block.heading(Heading(level: 1, text: wording.sections.starter.text(for: locale)))]
      + wording.starter.intro.map { .paragraph(Paragraph(text: $0)) }
    let how = Block.paragraph(Paragraph(text: text.general.exercises.intro))
    return (short ? [.keepTogether(head + [how])] : [.keepTogether(head), how])
      + (try starterCards(short: short))
  }

  /// A card per starter exercise at its gentlest dose; with `short`, the compact card
  /// (`HandoutComposer.compact`) with the catalogue's short start and steps.
  func starterCards(short: Bool) throws(PublicHandoutError) -> [Block] {
    var blocks: [Block] = []
    for id in starterIDs {
      guard let exercise = catalogue[id] else { throw .missingExercise(id: id) }
      guard let dose = PublicHandoutBuilder.gentlestDose(exercise) else { throw .noDose(id: id) }
      let full = card(exercise, dose, short: short)
      blocks.append(.exerciseCard(short ? HandoutComposer.compact(full) : full))
    }
    return blocks
  }

  /// The card for `exercise` at `dose`, for either leg. Next steps are only those that are gentle
  /// enough to do without an assessment and whose card is in the leaflet: easier versions from the
  /// starter set, harder versions from it that the catalogue allows at the gentlest level.
  /// With `short`, the catalogue's short start and steps where it has them (the compact card).
  func card(_ exercise: Exercise, _ dose: LevelDose, short: Bool = false) -> ExerciseCard {
    let words = text.general.exercises
    let gentlest = Irritability.allCases.first { exercise.doses[$0] != nil }
    let harder = exercise.progression.filter { id in
      guard let gentlest, starterIDs.contains(id), let next = catalogue[id] else { return false }
      return next.doses[gentlest] != nil
    }
    let easier = exercise.regression.filter { starterIDs.contains($0) }
    return ExerciseCard(
      id: exercise.id, name: exercise.name, categoryLabel: categoryLabel(exercise), purpose: exercise.purpose,
      doseLine: doses.line(dose.dose, side: .both), doseNote: nonEmpty(dose.note).map(timings.fillingTimings),
      start: timings.fillingTimings((short ? exercise.shortStart : nil) ?? exercise.start),
      steps: exercise.stepsAt(gentlest, short: short).map(timings.fillingTimings),
      cues: exercise.cuesAt(gentlest).map(timings.fillingTimings), mistakes: exercise.mistakes,
      whenEasy: words.whenEasy.filled([
        "next": steps(harder, note: exercise.progressionNoteAt(gentlest)) ?? words.askNextStepPublic
      ]),
      ifFlares: words.ifFlares.filled([
        "next": steps(easier, note: exercise.regressionNoteAt(gentlest)) ?? words.flareDefault
      ]),
      cautions: exercise.allCautions,
      figure: Figure(
        key: exercise.id, caption: exercise.name, height: HandoutComposer.exerciseFigureHeight,
        alt: exercise.alt),
      labels: CardLabels(text.general))
  }

  func categoryLabel(_ exercise: Exercise) -> String {
    let labels = text.general.categories
    if exercise.category == .aerobic, exercise.equipment.contains(.stationaryBike) { return labels.cycling }
    return labels.label(for: exercise.category)
  }

  /// "Name A or Name B · note", or nil when there is neither.
  func steps(_ ids: [String], note: String?) -> String? {
    shared.nextSteps(ids.compactMap { catalogue[$0]?.name }, note: note)
  }

  // MARK: - Call to action

  /// "Get a plan made for you": book an assessment online or by phone, when the clinic gives a way
  /// to; otherwise one neutral line.
  func callToAction() -> [Block] {
    let words = wording.callToAction
    let heading = Block.heading(Heading(level: 1, text: wording.sections.callToAction))
    let intro = Block.paragraph(Paragraph(text: words.text.text(for: locale)))
    let website = nonEmpty(clinic.website)
    let phone = nonEmpty(clinic.phone)
    guard website != nil || phone != nil else {
      return [.keepTogether([heading, intro, .paragraph(Paragraph(text: words.neutral.text(for: locale)))])]
    }
    let book = clinicName.map { words.bookWithClinic.filled(["clinic": $0]) } ?? words.book
    var lines: [Block] = [.paragraph(Paragraph([InlineRun(book, .bold)], role: .lead))]
    if let website {
      lines.append(
        .paragraph(
          Paragraph([
            InlineRun(words.websiteLabel), InlineRun(website, .bold, link: HandoutComposer.webLink(website)),
          ])))
    }
    if let phone {
      lines.append(
        .paragraph(
          Paragraph([
            InlineRun(words.phoneLabel), InlineRun(phone, .bold, link: HandoutComposer.telLink(phone)),
          ])))
    }
    if let address = nonEmpty(clinic.address) {
      lines.append(.paragraph(Paragraph([InlineRun(text.safety.help.addressLabel), InlineRun(address)])))
    }
    return [.keepTogether([heading, intro] + lines)]
  }
}
