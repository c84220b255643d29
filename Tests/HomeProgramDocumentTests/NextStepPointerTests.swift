import HomeProgramBundle
import HomeProgramDocument
import HomeProgramModel
import HomeProgramPlanner
import HomeProgramTestSupport
import Testing

/// "When it feels easy →" and "If it flares →" never break a caution: over every cause, level,
/// exercise-limiting condition (alone and in pairs), side and easing direction, a pointer names only an exercise
/// this patient may do and whose instructions are in the same handout (issue 14).
struct NextStepPointerTests {
  /// Conditions that keep an exercise out: a tag rule's or an entry's `contraindicated_conditions`.
  static let limitingConditions: [Condition] = {
    let fromTags = PlannerConfiguration.standard.tagRules.map(\.condition)
    let fromEntries = Fixtures.catalogue.entries.flatMap(\.contraindicatedConditions)
    return Condition.allCases.filter { (fromTags + fromEntries).contains($0) }
  }()

  /// No condition, each limiting condition alone, then every pair of them.
  static let conditionSets: [[Condition]] = {
    let list = limitingConditions
    var sets: [[Condition]] = [[]] + list.map { [$0] }
    for (index, first) in list.enumerated() {
      for second in list.dropFirst(index + 1) { sets.append([first, second]) }
    }
    return sets
  }()

  /// Catalogue names, longest first, so "Both knees to chest" is found before "Knee to chest".
  static let names: [(id: String, name: String)] = Fixtures.catalogue.entries
    .filter { $0.category != .massageGun }
    .map { ($0.id, $0.name) }
    .sorted { $0.name.count > $1.name.count }

  /// The catalogue ids a pointer line names.
  static func named(in line: String) -> [String] {
    var rest = line
    var found: [String] = []
    for (id, name) in names where rest.contains(name) {
      found.append(id)
      rest = rest.replacingOccurrences(of: name, with: "·")
    }
    return found
  }

  /// Why `id` may not be named for this patient at `level`, or nil when it may.
  static func problem(_ id: String, profile: PatientProfile, level: Irritability, plan: Plan) -> String? {
    guard let entry = Fixtures.catalogue[id] else { return "not in the catalogue" }
    if entry.doses[level] == nil { return "not suitable at \(level.rawValue)" }
    if level == .high && entry.tags.contains(.tensioner) { return "tensioner at high irritability" }
    for rule in PlannerConfiguration.standard.tagRules
    where rule.excludes(entry, conditions: profile.conditions) {
      return rule.reason
    }
    if let condition = entry.contraindicatedConditions.first(where: profile.conditions.contains) {
      return "not with \(condition.rawValue)"
    }
    if plan.excluded.contains(where: { $0.id == id }) { return "excluded from the plan" }
    return nil
  }

  @Test(arguments: Cause.allCases)
  func pointersNameOnlyAllowedExercisesWithInstructionsInTheHandout(cause: Cause) throws {
    let text = try HandoutText.bundled()
    var failures: [String] = []
    for level in Irritability.allCases {
      for conditions in Self.conditionSets {
        for side in [Side.left, .both] {
          for direction in [EasingDirection.untested, .extension, .flexion] {
            let profile = Fixtures.profile(
              cause: cause, level: level, direction: direction, side: side, conditions: conditions)
            let plan = Fixtures.planner.plan(profile)
            guard plan.outcome == .program else { continue }
            let document = try HandoutBuilder().build(
              plan: plan, profile: profile, clinic: HandoutFixture.clinic(),
              exercises: Fixtures.catalogue.byID,
              text: text, options: HandoutFixture.options)
            let cardIDs = Set(cards(document).map(\.id))
            let label =
              "\(cause.rawValue) \(level.rawValue) \(conditions.map(\.rawValue)) \(side.rawValue) \(direction.rawValue)"
            for card in cards(document) {
              for line in [card.whenEasy, card.ifFlares].compactMap({ $0 }) {
                for id in Self.named(in: line) {
                  let why =
                    Self.problem(id, profile: profile, level: level, plan: plan)
                    ?? (cardIDs.contains(id) ? nil : "no instructions in the handout")
                  if let why { failures.append("\(label): \(card.id) «\(line)» names \(id): \(why)") }
                }
              }
              // The tensioner gate (§3.4 M†, §6.1): a slider's card that leads on to a tensioner, named
              // or not, prints the condition.
              let slider = Fixtures.catalogue[card.id].map { !$0.tags.contains(.tensioner) } ?? false
              let leadsToTensioner = (Fixtures.catalogue[card.id]?.progression ?? []).contains { id in
                Fixtures.catalogue[id]?.tags.contains(.tensioner) == true
                  && Self.problem(id, profile: profile, level: level, plan: plan) == nil
              }
              if slider, leadsToTensioner, let line = card.whenEasy, !line.contains("7 days") {
                failures.append("\(label): \(card.id) «\(line)» drops the tensioner's 7-day condition")
              }
            }
          }
        }
      }
    }
    let count = failures.count
    let examples = failures.prefix(12).joined(separator: "\n")
    #expect(count == 0, "\(count) pointers, e.g.:\n\(examples)")
  }
}

/// The card's words for next steps: named when in the handout, the tensioner's condition printed.
struct NextStepWordingTests {
  static func slider(progressions: [NextStep], regressions: [NextStep]) -> PlanItem {
    var item = HandoutFixture.item(
      "NG01", .nerveGlide, Dose(sets: 2, reps: 10, timesPerDay: 2, perSide: true), side: .left)
    item.progressions = progressions
    item.regressions = regressions
    return item
  }

  @Test func aStepInTheHandoutIsNamedWithItsCondition() throws {
    let items = [
      Self.slider(
        progressions: [NextStep(id: "NG04", afterSliderDays: 7)], regressions: [NextStep(id: "NG03")]),
      HandoutFixture.item("NG03", .nerveGlide, Dose(sets: 1, reps: 10)),
      HandoutFixture.item("NG04", .nerveGlide, Dose(sets: 1, reps: 5)),
    ]
    let card = try #require(cards(try HandoutFixture.build(HandoutFixture.plan(items: items))).first)
    #expect(card.ifFlares == "If it flares → Gentle ankle slider")
    #expect(
      card.whenEasy
        == "When it feels easy → Lying nerve tensioner, but only after 7 days of sliders without a flare")
  }

  @Test func aStepWithoutInstructionsInTheHandoutIsNotNamed() throws {
    let items = [
      Self.slider(
        progressions: [NextStep(id: "NG04", afterSliderDays: 7)], regressions: [NextStep(id: "NG03")])
    ]
    let card = try #require(cards(try HandoutFixture.build(HandoutFixture.plan(items: items))).first)
    #expect(
      card.ifFlares
        == "If it flares → Do fewer and make the movement smaller. Check your traffic-light guide.")
    #expect(
      card.whenEasy
        == "When it feels easy → After 7 days of this without a flare, ask your therapist about a stronger nerve exercise."
    )
  }
}
