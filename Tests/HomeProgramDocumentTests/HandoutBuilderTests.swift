import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Test func programSectionsComeInOrder() throws {
  let text = try HandoutFixture.text()
  let document = try HandoutFixture.build(HandoutFixture.plan())
  let sections = text.general.sections
  #expect(
    sectionHeadings(document) == [
      sections.understanding, sections.positions, sections.exercises, sections.massageGun,
      sections.trafficLight,
      sections.progressLog, sections.help,
    ])
  guard case .titleBand(let band) = document.blocks.first else {
    Issue.record("the handout must start with the title band")
    return
  }
  #expect(band.title == "Your sciatica home program")
  #expect(band.overline == "Riverside Spine PT")
  #expect(band.lines.contains { $0.contains(HandoutFixture.patientName) })
  #expect(band.lines.contains { $0.contains("November 25, 2026") })
  #expect(band.lines.contains { $0.contains("A. Therapist, PT") })
  // The cover comes first: a section break before "Understanding sciatica".
  let firstBreak = try #require(document.blocks.firstIndex(of: .sectionBreak))
  #expect(!allText(Array(document.blocks[..<firstBreak])).contains(sections.understanding))
}

@Test func coverHasGlanceTableTimeAndTherapistNote() throws {
  let document = try HandoutFixture.build(HandoutFixture.plan())
  let table = try #require(
    flatten(document.blocks).compactMap { block -> Table? in
      if case .table(let table) = block { return table }
      return nil
    }.first)
  #expect(table.header == ["Exercise", "Dose", "When"])
  #expect(table.rows.first == ["Lying nerve slider", "2 sets × 10 · left leg", "2 times a day"])
  #expect(table.rows.last == ["Massage gun", "1 area, 45 seconds each side", "Once a day at most"])
  // "Your day" under it: when each part is done and how long it takes, from the cards' doses.
  let schedule = try #require(
    flatten(document.blocks).compactMap { block -> Table? in
      if case .table(let table) = block, table.header == ["When", "What to do"] { return table }
      return nil
    }.first)
  #expect(schedule.rows.first?.first?.hasPrefix("Every day, once: about ") == true)
  #expect(schedule.rows.contains(["Walking", "Walking: 15 minutes · once a day"]))
  #expect(schedule.rows.last == ["Massage gun", "Once a day at most"])
  let all = joinedText(document)
  #expect(!all.contains("Main session"))
  #expect(all.contains("From your therapist"))
  #expect(all.contains("Try side-lying at night."))
  #expect(all.contains("Reference: P-0042"))
}

@Test func cyclingOnlyPlansSayCycling() throws {
  let items = [HandoutFixture.item("AE02", .aerobic, Dose(minutes: 10))]
  let document = try HandoutFixture.build(HandoutFixture.plan(items: items))
  let rows = flatten(document.blocks).flatMap { block -> [[String]] in
    if case .table(let table) = block, table.header == ["When", "What to do"] { return table.rows }
    return []
  }
  #expect(rows.contains(["Cycling", "Exercise bike: 10 minutes · once a day"]))
  #expect(cards(document).first?.categoryLabel == "Cycling")
}

@Test func everyPlanItemHasACardWithItsDoseLine() throws {
  let plan = HandoutFixture.plan()
  let document = try HandoutFixture.build(plan)
  let formatter = DoseFormatter(text: try HandoutFixture.text().general.dose)
  let expected = plan.items.filter { $0.category != .massageGun }
  let found = cards(document)
  #expect(found.map(\.id) == expected.map(\.id))
  for (card, item) in zip(found, expected) {
    #expect(card.doseLine == formatter.line(item.dose, side: item.side))
    #expect(card.figure.key == item.id)
    #expect(card.figure.side == item.side)
    #expect(card.steps == HandoutFixture.exercises[item.id]?.steps)
  }
  #expect(found.first?.doseLine == "2 sets × 10 · 2 times a day · left leg")
  #expect(found.first?.categoryLabel == "Nerve glide")
  // The fixture's items carry no next steps: the card says the change in words.
  #expect(
    found.first?.ifFlares
      == "If it flares → Do fewer and make the movement smaller. Check your traffic-light guide.")
  #expect(found.first?.whenEasy == "When it feels easy → Ask your therapist at your next visit.")
}

@Test func aPlanItemMissingFromTheCatalogueIsAnError() throws {
  let plan = HandoutFixture.plan(items: [HandoutFixture.item("XX99", .stretch, Dose(reps: 3))])
  #expect(throws: HandoutBuilderError.missingExercise(id: "XX99")) { try HandoutFixture.build(plan) }
}

@Test func positionsHaveFiguresAndTheAvoidList() throws {
  let document = try HandoutFixture.build(HandoutFixture.plan())
  let figures = flatten(document.blocks).compactMap { block -> String? in
    if case .figure(let figure) = block { return figure.key }
    if case .figureRow(let row) = block { return row.figure.key }
    return nil
  }
  #expect(figures.contains("position:prone_on_pillow"))
  #expect(figures.contains("position:side_lying_pillow_between_knees"))
  let all = joinedText(document)
  #expect(all.contains("Positions to avoid for now"))
  #expect(all.contains("If you see a massage therapist"))
  #expect(all.contains("For you, that is: Lying face down on a pillow."))
}

@Test func unknownPositionIsAnError() throws {
  var plan = HandoutFixture.plan()
  plan.positions.recommended = ["hammock"]
  #expect(throws: HandoutBuilderError.missingText(kind: "position", id: "hammock")) {
    try HandoutFixture.build(plan)
  }
}

@Test func includedMassageGunShowsTheRoutine() throws {
  let text = try HandoutFixture.text()
  let document = try HandoutFixture.build(HandoutFixture.plan())
  let all = joinedText(document)
  #expect(all.contains("Calf"))
  #expect(all.contains("45 seconds each side"))
  #expect(all.contains("Lowest"))
  #expect(all.contains("Largest, softest head"))
  #expect(all.contains(try #require(text.massageGun.avoidText(.lowerBack))))
  #expect(all.contains(try #require(text.massageGun.avoidText(.backOfKnee))))
  #expect(!all.contains(try #require(text.massageGun.avoidText(.bellyAndRibs))))
  #expect(all.contains(text.massageGun.stopTitle))
  #expect(
    flatten(document.blocks).contains {
      if case .figure(let figure) = $0 {
        return figure.key
          == FigureKey.bodyMapKey(zones: HandoutFixture.plan().massageGun.zones.map(\.zone))
          && figure.side == .left
      }
      return false
    })
  // Gun zones are not exercise cards.
  #expect(!cards(document).contains { $0.id == "MG04" })
}

@Test func clearedPrecautionsArePrinted() throws {
  var gun = HandoutFixture.includedGun
  gun.precautions = [.cleared(.pregnancy), .cleared(.diabetes)]
  let document = try HandoutFixture.build(HandoutFixture.plan(gun: gun))
  #expect(joinedText(document).contains("OK for you with pregnancy and diabetes."))
}

@Test(arguments: GunExclusionReason.allCases)
func gunNotIncludedGivesTheReasonSentence(_ reason: GunExclusionReason) throws {
  let text = try HandoutFixture.text()
  let items = HandoutFixture.programItems.filter { $0.category != .massageGun }
  let document = try HandoutFixture.build(
    HandoutFixture.plan(items: items, gun: HandoutFixture.excludedGun(reason)))
  let all = joinedText(document)
  #expect(all.contains(try #require(text.massageGun.notIncludedText(reason))))
  #expect(all.contains(text.massageGun.notIncludedSafety))
  #expect(!sectionHeadings(document).contains(text.general.sections.massageGun))
  #expect(sectionHeadings(document).contains(text.massageGun.notIncludedTitle))
  for other in GunExclusionReason.allCases where other != reason {
    #expect(!all.contains(try #require(text.massageGun.notIncludedText(other))))
  }
}

@Test func trafficLightAndLog() throws {
  let document = try HandoutFixture.build(HandoutFixture.plan(sessionsPerDay: 5))
  let blocks = flatten(document.blocks)
  let light = try #require(
    blocks.compactMap { block -> TrafficLight? in
      if case .trafficLight(let light) = block { return light }
      return nil
    }.first)
  #expect(light.rows.map(\.label) == ["GREEN", "AMBER", "RED"])
  #expect(light.rows.map(\.color) == [.trafficGreen, .trafficAmber, .trafficRed])
  let grid = try #require(
    blocks.compactMap { block -> LogGrid? in
      if case .logGrid(let grid) = block { return grid }
      return nil
    }.first)
  #expect(
    grid
      == LogGrid(
        weeks: 6, sessionsPerDay: 3, columns: ["Pain before", "Pain after", "Next morning"],
        labels: LayoutFixtures.logLabels))
  let single = try HandoutFixture.build(HandoutFixture.plan(sessionsPerDay: 0))
  #expect(
    flatten(single.blocks).contains {
      if case .logGrid(let grid) = $0 { return grid.sessionsPerDay == 1 }
      return false
    })
}

@Test func reviewFlagsPrintAReminder() throws {
  let flag = RedFlagEntry(id: "not_improving", level: .review, referenceId: "RF-S1")
  let with = joinedText(try HandoutFixture.build(HandoutFixture.plan(redFlags: [flag])))
  #expect(with.contains("Please book a check-up"))
  #expect(with.contains("within 14 days"))
  let without = joinedText(try HandoutFixture.build(HandoutFixture.plan()))
  #expect(!without.contains("Please book a check-up"))
}

@Test func helpSectionHasLinks() throws {
  let document = try HandoutFixture.build(HandoutFixture.plan())
  let links = flatten(document.blocks).flatMap { block -> [String] in
    if case .paragraph(let paragraph) = block { return paragraph.runs.compactMap(\.link) }
    return []
  }
  #expect(links.contains("tel:+19045550100"))
  #expect(links.contains("https://example.org/book"))
}

@Test func footerAndLargePrint() throws {
  let options = HandoutOptions(
    date: "2026-11-25", largePrint: true, catalogueVersion: "2026.11.1", contentHash: "ab12cd")
  let document = try HandoutFixture.build(HandoutFixture.plan(), options: options)
  #expect(document.largePrint)
  #expect(document.footer.leading == ["Riverside Spine PT", HandoutFixture.patientName])
  #expect(document.footer.trailing == ["Catalog 2026.11.1 · ab12cd"])
  let plain = try HandoutFixture.build(
    HandoutFixture.plan(), clinic: .builtInDefault,
    options: HandoutOptions(date: "2026-11-25", catalogueVersion: "2026.11.1"))
  #expect(!plain.largePrint)
  #expect(plain.footer.leading == [HandoutFixture.patientName])
  #expect(plain.footer.trailing == ["Catalog 2026.11.1"])
  #expect(plain.info.author == "homeprogram")
}

// MARK: - Referral sheets

private let referralOutcomes: [Outcome] = [.emergencyReferral, .urgentReferral, .notEligible]

/// The banner at the top of a referral sheet: its callout and the "what to do" paragraph in it.
private func banner(_ document: Document) -> (callout: Callout, whatToDo: Paragraph)? {
  guard case .callout(let callout) = document.blocks.first, case .paragraph(let first) = callout.body.first
  else { return nil }
  return (callout, first)
}

@Test(arguments: referralOutcomes)
func referralSheetsHaveNoExercisesAndStartWithWhatToDo(_ outcome: Outcome) throws {
  let text = try HandoutFixture.text()
  let flags = [
    RedFlagEntry(id: "saddle_numbness", level: .emergency, referenceId: "RF-E2"),
    RedFlagEntry(id: "unexplained_weight_loss", level: .urgent, referenceId: "RF-U2"),
  ]
  let document = try HandoutFixture.build(HandoutFixture.plan(outcome: outcome, redFlags: flags))
  #expect(cards(document).isEmpty)
  #expect(!document.blocks.contains(.pageBreak))
  #expect(!sectionHeadings(document).contains(text.general.sections.exercises))
  switch outcome {
  case .emergencyReferral:
    let top = try #require(banner(document), "an emergency sheet starts with its banner")
    #expect(top.callout.kind == .emergency)
    #expect(top.callout.title == "Emergency — go now")
    #expect(top.whatToDo.role == .urgent)
    #expect(top.whatToDo.runs.map(\.text).joined() == "Go to the emergency room now, or call 911.")
    #expect(joinedText(document).contains(try #require(text.safety.redFlagText("saddle_numbness"))))
    #expect(document.info.title == text.safety.referrals.emergency.documentTitle)
  case .urgentReferral:
    let top = try #require(banner(document), "an urgent sheet starts with its banner")
    #expect(top.callout.kind == .caution)
    #expect(top.callout.title == "Urgent — see a doctor within days")
    #expect(top.whatToDo.role == .urgent)
    #expect(top.whatToDo.runs.map(\.text).joined().contains("See a doctor within the next few days"))
    #expect(joinedText(document).contains(try #require(text.safety.redFlagText("unexplained_weight_loss"))))
  default:
    guard case .paragraph(let first) = document.blocks.first else {
      Issue.record("a not-eligible sheet must start with the advice")
      return
    }
    #expect(first.runs.map(\.text).joined() == text.safety.referrals.notEligible.other.text(for: .enUS))
  }
  // Every sheet keeps the emergency safety net.
  #expect(
    flatten(document.blocks).contains {
      if case .callout(let callout) = $0 { return callout.kind == .emergency }
      return false
    })
}

@Test func emergencySheetIsUnmistakableAndConsistent() throws {
  let flags = [
    RedFlagEntry(id: "saddle_numbness", level: .emergency, referenceId: "RF-E2"),
    RedFlagEntry(id: "bladder_change", level: .emergency, referenceId: "RF-E1"),
  ]
  let document = try HandoutFixture.build(HandoutFixture.plan(outcome: .emergencyReferral, redFlags: flags))
  let all = joinedText(document)
  #expect(all.contains("Do not drive yourself."))
  #expect(all.contains("These signs can mean cauda equina syndrome — show this to the staff"))
  // "Go now" is never softened into "today" or "within days".
  #expect(!all.contains("today"))
  #expect(!all.contains("within the next few days"))
  // The patient reference sits right under the banner.
  guard case .paragraph(let reference) = document.blocks.dropFirst().first else {
    Issue.record("the patient reference must follow the banner")
    return
  }
  #expect(reference.runs.map(\.text).joined().contains("Reference: \(HandoutFixture.reference)"))
  // Not every emergency is cauda equina syndrome: a fever with back pain gets the plain title.
  let fever = try HandoutFixture.build(
    HandoutFixture.plan(
      outcome: .emergencyReferral,
      redFlags: [RedFlagEntry(id: "fever_unwell", level: .emergency, referenceId: "RF-E8")]))
  #expect(joinedText(fever).contains("These signs need a doctor now — show this to the staff"))
  #expect(!joinedText(fever).contains("These signs can mean cauda equina syndrome"))
  // What the syndrome is, said once: the emergency box (R-RF-4) keeps its signs, not a second
  // explanation; the fever sheet's box still explains it.
  let text = try HandoutFixture.text()
  let explained = "when the nerves at the base of the spine are squeezed"
  #expect(all.components(separatedBy: explained).count == 2, "\(all)")
  #expect(text.safety.help.emergencySigns.allSatisfy { all.contains($0) })
  #expect(joinedText(fever).components(separatedBy: explained).count == 2)
}

@Test func urgentSheetAfterCancerNamesTheCancerTeamAndTheEmergencySigns() throws {
  let cancer = [RedFlagEntry(id: "cancer_history_new_pain", level: .urgent, referenceId: "RF-U1")]
  let document = try HandoutFixture.build(HandoutFixture.plan(outcome: .urgentReferral, redFlags: cancer))
  let top = try #require(banner(document))
  #expect(
    top.whatToDo.runs.map(\.text).joined()
      == "See your doctor or your cancer team within the next few days. Please book it today.")
  let all = joinedText(document)
  // RF-E7: with a history of cancer, new nerve signs are an emergency, not a "today" call.
  #expect(all.contains("Because you have had cancer, call 911 or go to the emergency room now if you get"))
  #expect(all.contains("New weakness or numbness in a leg"))
  #expect(all.contains("New trouble walking"))
  #expect(all.contains("Call your doctor or us today if you have"))
  #expect(all.contains("A fever, or you feel generally unwell"))
  #expect(all.contains("Pain at night or at rest that does not ease when you change position"))
  #expect(!all.contains("Numbness that is spreading"))
  // Without a cancer history: no cancer team, and nerve signs are a "today" call.
  let other = joinedText(
    try HandoutFixture.build(
      HandoutFixture.plan(
        outcome: .urgentReferral,
        redFlags: [RedFlagEntry(id: "fracture_risk", level: .urgent, referenceId: "RF-U4")])))
  #expect(!other.contains("cancer team"))
  #expect(!other.contains("Because you have had cancer"))
  #expect(other.contains("Numbness that is spreading"))
  // The British edition: GP and 999.
  let gb = joinedText(
    try HandoutFixture.build(
      HandoutFixture.plan(outcome: .urgentReferral, redFlags: cancer),
      clinic: HandoutFixture.clinic(locale: .enGB)))
  #expect(gb.contains("See your GP or your cancer team"))
  #expect(gb.contains("call 999 or go to A&E straight away if you get"))
}

@Test func notEligibleVariants() throws {
  let text = try HandoutFixture.text().safety.referrals.notEligible
  let plan = HandoutFixture.plan(outcome: .notEligible)
  let young = try HandoutFixture.build(plan, profile: HandoutFixture.profile(age: 14))
  #expect(joinedText(young).contains(text.under16.text(for: .enUS)))
  let surgery = try HandoutFixture.build(
    plan, profile: HandoutFixture.profile(conditions: [.recentSpinalSurgery]))
  #expect(joinedText(surgery).contains(text.recentSpinalSurgery.text(for: .enUS)))
  let gbYoung = try HandoutFixture.build(
    plan, profile: HandoutFixture.profile(age: 14), clinic: HandoutFixture.clinic(locale: .enGB))
  #expect(joinedText(gbYoung).contains("your GP"))
}

// MARK: - Locale and privacy

@Test func britishWordingUses999AndAandE() throws {
  let gb = HandoutFixture.clinic(locale: .enGB)
  let program = joinedText(try HandoutFixture.build(HandoutFixture.plan(), clinic: gb))
  #expect(program.contains("Call 999 or go to A&E straight away"))
  #expect(program.contains("Contact your GP or us today"))
  #expect(!program.contains("911"))
  #expect(!program.contains("emergency room"))
  let sheet = try HandoutFixture.build(HandoutFixture.plan(outcome: .emergencyReferral), clinic: gb)
  #expect(allText(sheet.blocks).dropFirst().first == "Go to A&E now, or call 999.")
}

@Test func americanWordingUses911AndTheEmergencyRoom() throws {
  let program = joinedText(try HandoutFixture.build(HandoutFixture.plan()))
  #expect(program.contains("Call 911 or go to the emergency room now"))
  #expect(program.contains("Call your doctor or us today"))
  #expect(!program.contains("999"))
  #expect(!program.contains("A&E"))
  #expect(!program.contains(" GP"))
}

@Test(arguments: [Clinic.Locale.enUS, .enGB])
func theEmergencyNumberOverrideIsUsed(_ locale: Clinic.Locale) throws {
  let clinic = HandoutFixture.clinic(locale: locale, emergencyOverride: "112")
  let program = joinedText(try HandoutFixture.build(HandoutFixture.plan(), clinic: clinic))
  #expect(program.contains("Call 112"))
  #expect(!program.contains(locale.emergencyNumber))
  let sheet = try HandoutFixture.build(HandoutFixture.plan(outcome: .emergencyReferral), clinic: clinic)
  #expect(allText(sheet.blocks).dropFirst().first?.hasSuffix("call 112.") == true)
}

@Test(arguments: Outcome.allCases)
func documentInfoNeverHoldsThePatient(_ outcome: Outcome) throws {
  let document = try HandoutFixture.build(HandoutFixture.plan(outcome: outcome))
  let info = document.info
  for field in [info.title, info.author, info.subject, info.creator] {
    #expect(!field.contains(HandoutFixture.patientName))
    #expect(!field.contains("Zoë"))
    #expect(!field.contains(HandoutFixture.reference))
  }
  #expect(info.creator == "homeprogram \(HomeProgramVersion.current)")
  #expect(info.author == "Riverside Spine PT")
}

@Test func buildingIsDeterministic() throws {
  let plan = HandoutFixture.plan()
  #expect(try HandoutFixture.build(plan) == HandoutFixture.build(plan))
}

@Test func handoutAndLeafletShareTheMassageGunParts() throws {
  let text = try HandoutFixture.text()
  let handout = flatten(try HandoutFixture.build(HandoutFixture.plan()).blocks)
  let leaflet = flatten(
    try PublicHandoutBuilder().build(
      catalogue: Fixtures.catalogue, text: text, clinic: .builtInDefault,
      options: PublicHandoutOptions(programVersion: "9.9.9", form: .booklet)
    ).blocks)
  let wording = text.massageGun
  let shared = [
    Block.heading(Heading(level: 2, text: wording.techniqueTitle)),
    Block.heading(Heading(level: 2, text: wording.avoidTitle)),
    Block.heading(Heading(level: 2, text: wording.whoShouldNotTitle)),
    Block.bullets(wording.technique, ordered: true), Block.bullets(wording.whoShouldNot),
  ]
  for block in shared {
    #expect(handout.contains(block) && leaflet.contains(block))
  }
  let stopBoxes = [handout, leaflet].map { blocks in
    blocks.first {
      if case .callout(let callout) = $0 { return callout.title == wording.stopTitle }
      return false
    }
  }
  #expect(stopBoxes[0] != nil && stopBoxes[0] == stopBoxes[1])
}

/// The short handout and the short leaflet print the same compact routine parts: the how-to list
/// beside the body map, the stop box and the no-go areas run in.
@Test func shortHandoutAndShortLeafletShareTheCompactRoutine() throws {
  let text = try HandoutFixture.text()
  var options = HandoutFixture.options
  options.form = .short
  let handout = flatten(try HandoutFixture.build(HandoutFixture.plan(), options: options).blocks)
  let leaflet = flatten(
    try PublicHandoutBuilder().build(
      catalogue: Fixtures.catalogue, text: text, clinic: .builtInDefault,
      options: PublicHandoutOptions(programVersion: "9.9.9")
    ).blocks)
  let wording = text.massageGun
  let separator = text.short.runInSeparator
  let shared = [
    Block.heading(Heading(level: 2, text: wording.techniqueTitle)),
    Block.bullets(wording.technique, ordered: true, role: .small),
    Block.heading(Heading(level: 2, text: wording.avoidTitle)),
    Block.callout(
      Callout(
        kind: .caution, title: wording.stopTitle,
        body: [
          .paragraph(Paragraph(text: wording.stopSigns.joined(separator: separator))),
          .paragraph(Paragraph(text: wording.nextDayWarning)),
        ])),
  ]
  for block in shared {
    #expect(handout.contains(block) && leaflet.contains(block), "\(block)")
  }
}

/// The words layout and the preview add come from the wording, and say what the fixtures say.
@Test func layoutWordsCardLabelsAndLogLabelsComeFromTheWording() throws {
  let text = try HandoutFixture.text()
  let document = try HandoutFixture.build(HandoutFixture.plan())
  #expect(document.words == text.general.layout)
  #expect(document.words == LayoutFixtures.words)
  let cards = flatten(document.blocks).compactMap { block -> ExerciseCard? in
    if case .exerciseCard(let card) = block { return card }
    return nil
  }
  #expect(!cards.isEmpty && cards.allSatisfy { $0.labels == LayoutFixtures.cardLabels })
  #expect(LogGridLabels(text.general.progressLog) == LayoutFixtures.logLabels)
  #expect(LayoutFixtures.words.pageNumber(index: 2, count: 12) == "Page 3 of 12")
  #expect(LayoutFixtures.words.continued("Stop {title}") == "Stop {title} (continued)")
}

/// The short handout's body map and cover logo carry the same alternative text as the booklet's:
/// the zones and no-go areas, and "Logo of <clinic>" (not the figure key, not nothing).
@Test func shortHandoutKeepsTheBodyMapAndLogoAlternativeText() throws {
  var options = HandoutFixture.options
  options.form = .short
  let document = try HandoutFixture.build(HandoutFixture.plan(), options: options)
  let rows = flatten(document.blocks).compactMap { block -> FigureRow? in
    if case .figureRow(let row) = block, row.figure.key.hasPrefix("bodymap") { return row }
    return nil
  }
  let alt = rows.first?.figure.alt ?? ""
  #expect(rows.count == 1)
  #expect(alt.contains("Use the massage gun on: Calf."))
  #expect(alt.contains("Never use it on: "))
  #expect(rows.first?.figure.altText(or: "") == alt)
  guard case .titleBand(let band) = document.blocks.first else {
    Issue.record("the short handout must start with the title band")
    return
  }
  #expect(band.logoAlt == "Logo of Riverside Spine PT")
}

/// "How to reach us" leaves out what the document printed already: on a referral sheet the
/// therapist (patient line) and, when the clinic has a name, the phone ("From …" line); on the
/// short handout the phone and therapist of its cover. The booklet prints them all.
@Test func contactDetailsLeaveOutWhatThePageSaysAlready() throws {
  func contact(_ document: Document) -> String {
    allText(document.blocks).filter { $0.contains("How to reach") || $0.hasPrefix("Phone: ") }
      .joined(separator: "\n")
  }
  let referral = HandoutFixture.plan(outcome: .urgentReferral)
  var unnamed = HandoutFixture.clinic()
  unnamed.name = nil
  let named = contact(try HandoutFixture.build(referral))
  #expect(named.contains("How to reach us: Website: "))
  #expect(!named.contains("Phone: ") && !named.contains("Your therapist"))
  let withoutName = contact(try HandoutFixture.build(referral, clinic: unnamed))
  #expect(withoutName.contains("How to reach us: Phone: +1 904 555 0100"))
  #expect(!withoutName.contains("Your therapist"))
  let booklet = allText(try HandoutFixture.build(HandoutFixture.plan()).blocks)
  #expect(booklet.contains("Phone: +1 904 555 0100") && booklet.contains("Your therapist: A. Therapist, PT"))
  var options = HandoutFixture.options
  options.form = .short
  let short = try HandoutFixture.build(HandoutFixture.plan(), options: options)
  // One small line at the end of "When to get help": the website and address only.
  let line = try #require(allText(short.blocks).last { $0.hasPrefix("How to reach us: ") })
  #expect(line.contains("Website: "))
  #expect(!line.contains("Phone: ") && !line.contains("Your therapist: "))
}
