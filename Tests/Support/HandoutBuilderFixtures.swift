// Hand-built plans, exercises, profiles and clinics for the HandoutBuilder tests. They do not use
// the real catalogue files.
import Foundation
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner

package enum HandoutFixture {
  package static let patientName = "Zoë Quartermaine-Ñúñez"
  package static let reference = "P-0042"

  package static func text() throws -> HandoutText { try HandoutText.bundled() }

  package static func exercise(
    _ id: String, _ name: String, _ category: ExerciseCategory,
    levels: [Irritability] = Irritability.allCases,
    progression: [String] = [], regression: [String] = [], equipment: [Equipment] = []
  ) -> Exercise {
    let dose = LevelDose(dose: Dose(sets: 2, reps: 10, timesPerDay: 2))
    return Exercise(
      id: id, name: name, category: category, tags: [.neutralSpine, .supine], purpose: "Purpose of \(name).",
      start: "Start of \(name).", steps: ["Step 1 of \(name).", "Step 2 of \(name)."], cues: ["Cue."],
      mistakes: ["Mistake."], doses: Dictionary(uniqueKeysWithValues: levels.map { ($0, dose) }),
      progression: progression, regression: regression, causes: Cause.allCases, directionBias: .neutral,
      equipment: equipment, cautions: ["Caution of \(name)."])
  }

  package static let exercises: [String: Exercise] = {
    let list = [
      exercise("NG01", "Lying nerve slider", .nerveGlide, progression: ["NG04"], regression: ["NG03"]),
      exercise("NG03", "Gentle ankle slider", .nerveGlide),
      exercise("NG04", "Lying nerve tensioner", .nerveGlide, levels: [.moderate, .low]),
      exercise("DP08", "Rest positions", .position),
      exercise("ST01", "Bridge", .strengthening),
      exercise("AE01", "Walking", .aerobic),
      exercise("AE02", "Exercise bike", .aerobic, equipment: [.stationaryBike]),
      exercise("MG04", "Massage gun: calves", .massageGun, levels: [.moderate, .low]),
    ]
    return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
  }()

  package static func item(_ id: String, _ category: ExerciseCategory, _ dose: Dose, side: Side = .both)
    -> PlanItem
  {
    PlanItem(
      id: id, name: exercises[id]?.name ?? id, category: category, tags: [.neutralSpine], dose: dose,
      doseNote: nil,
      side: side, why: [])
  }

  package static let programItems = [
    item("NG01", .nerveGlide, Dose(sets: 2, reps: 10, timesPerDay: 2, perSide: true), side: .left),
    item("DP08", .position, Dose(minutes: 3, timesPerDay: 5)),
    item("ST01", .strengthening, Dose(sets: 2, reps: 5, holdSeconds: 10, daysPerWeek: 3)),
    item("AE01", .aerobic, Dose(minutes: 15)),
    item("MG04", .massageGun, Dose(seconds: 45, perSide: true)),
  ]

  package static let includedGun = MassageGunBlock(
    included: true, why: [],
    zones: [
      MassageGunBlock.Zone(zone: .calves, secondsPerSide: 45, speed: "lowest", attachment: "large_soft")
    ],
    avoid: ["lower_back", "spine", "back_of_knee", "bony_points", "numb_skin"], precautions: [],
    notIncludedReason: nil)

  package static func excludedGun(_ reason: GunExclusionReason) -> MassageGunBlock {
    MassageGunBlock(
      included: false, why: [], zones: [], avoid: ["lower_back", "spine"], precautions: [],
      notIncludedReason: reason)
  }

  package static func plan(
    outcome: Outcome = .program, items: [PlanItem]? = nil, gun: MassageGunBlock? = nil,
    redFlags: [RedFlagEntry] = [], irritability: Irritability = .moderate, sessionsPerDay: Int = 2
  ) -> Plan {
    let isProgram = outcome == .program
    return Plan(
      outcome: outcome, redFlags: redFlags, irritability: isProgram ? irritability : nil,
      irritabilitySource: isProgram ? .computed : nil, directionBias: isProgram ? .extension : nil,
      phase: isProgram ? .build : nil, side: .left,
      items: isProgram ? (items ?? programItems) : [],
      massageGun: gun ?? (isProgram ? includedGun : excludedGun(.noProgram)),
      positions: Positions(
        recommended: isProgram ? ["prone_on_pillow", "side_lying_pillow_between_knees"] : [],
        avoid: isProgram ? ["long_sitting"] : []),
      excluded: [], minutesPerSession: 18, sessionsPerDay: sessionsPerDay,
      reviewWithinDays: isProgram ? 14 : nil,
      decisions: [], warnings: [], clinicianReview: false, catalogueVersion: "2026.11.1")
  }

  package static func profile(
    age: Int? = 47, conditions: [Condition] = [], notes: String? = "Try side-lying at night."
  )
    -> PatientProfile
  {
    PatientProfile(
      patient: .init(name: patientName, reference: reference, age: age), date: "2026-11-25", side: .left,
      cause: .disc,
      symptoms: .init(
        painNow: 5, painWorst24h: 7, settleTime: .tenToSixtyMinutes, nightPain: .none, durationWeeks: 3,
        belowKnee: true, peripheralises: .none, direction: .extension, neuro: .none),
      conditions: conditions, equipment: [.massageGun, .chair, .pillow], notes: notes)
  }

  package static func clinic(locale: Clinic.Locale = .enUS, emergencyOverride: String? = nil) -> Clinic {
    Clinic(
      name: "Riverside Spine PT", therapist: "A. Therapist, PT", phone: "+1 904 555 0100",
      website: "example.org/book", locale: locale, emergencyNumberOverride: emergencyOverride)
  }

  package static let options = HandoutOptions(
    date: "2026-11-25", catalogueVersion: "2026.11.1", contentHash: "ab12cd", form: .booklet)

  package static func build(
    _ plan: Plan, profile: PatientProfile = profile(), clinic: Clinic = clinic(),
    options: HandoutOptions = options
  ) throws -> Document {
    try HandoutBuilder().build(
      plan: plan, profile: profile, clinic: clinic, exercises: exercises, text: try text(), options: options)
  }
}

/// Every block, depth first (the contents of callouts and keep-together groups included).
package func flatten(_ blocks: [Block]) -> [Block] {
  blocks.flatMap { block -> [Block] in
    switch block {
    case .keepTogether(let inner): [block] + flatten(inner)
    case .callout(let callout): [block] + flatten(callout.body)
    case .figureRow(let row): [block] + flatten(row.body)
    default: [block]
    }
  }
}

/// Every string a reader can see in `blocks`.
package func allText(_ blocks: [Block]) -> [String] {
  flatten(blocks).flatMap { block -> [String] in
    switch block {
    case .heading(let heading): [heading.text]
    case .paragraph(let paragraph): [paragraph.runs.map(\.text).joined()]
    case .list(let list): list.items.map { $0.map(\.text).joined() }
    case .table(let table): table.header + table.rows.flatMap { $0 }
    case .callout(let callout): [callout.title]
    case .exerciseCard(let card):
      [card.name, card.categoryLabel, card.purpose, card.doseLine, card.start] + card.steps + card.cues
        + card.mistakes + [card.whenEasy, card.ifFlares, card.doseNote].compactMap { $0 } + card.cautions
    case .figure(let figure): [figure.caption]
    case .figureRow(let row): [row.figure.caption]
    case .titleBand(let band): [band.overline, band.title] + band.lines
    case .trafficLight(let light): light.rows.flatMap { [$0.label, $0.signs, $0.action] }
    case .logGrid(let grid): grid.columns
    case .keepTogether, .pageBreak, .sectionBreak, .spacer: []
    }
  }
}

/// The level-1 headings, in order.
package func sectionHeadings(_ document: Document) -> [String] {
  flatten(document.blocks).compactMap { block in
    if case .heading(let heading) = block, heading.level == 1 { return heading.text }
    return nil
  }
}

package func cards(_ document: Document) -> [ExerciseCard] {
  flatten(document.blocks).compactMap { block in
    if case .exerciseCard(let card) = block { return card }
    return nil
  }
}

package func joinedText(_ document: Document) -> String { allText(document.blocks).joined(separator: "\n") }
