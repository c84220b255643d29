import Testing

@testable import HomeProgramKit

/// Generated valid profiles: no plan ever breaks the contract's rules, and planning is deterministic.
struct PlannerPropertyTests {
  typealias Generator = SplitMix64

  static func randomProfile(_ g: inout Generator) -> PatientProfile {
    func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &g)] }
    func subset<T>(_ values: [T], probability: Double) -> [T] {
      values.filter { _ in Double.random(in: 0..<1, using: &g) < probability }
    }
    let ids = Fixtures.catalogue.ids
    var profile = PatientProfile(
      patient: .init(name: "P", age: Int.random(in: 10...95, using: &g)), side: pick(Side.allCases),
      cause: pick(Cause.allCases),
      symptoms: .init(
        painNow: Int.random(in: 0...10, using: &g), painWorst24h: Int.random(in: 0...10, using: &g),
        settleTime: pick(SettleTime.allCases), nightPain: pick(NightPain.allCases),
        durationWeeks: Int.random(in: 0...60, using: &g), belowKnee: Bool.random(using: &g),
        peripheralises: pick(Peripheralisation.allCases), direction: pick(EasingDirection.allCases),
        neuro: pick(NeuroStatus.allCases)),
      redFlags: subset(RedFlag.allCases, probability: 0.04),
      conditions: subset(Condition.allCases, probability: 0.08),
      equipment: subset(Equipment.allCases, probability: 0.6),
      clearedForMassageGun: Bool.random(using: &g),
      exclude: subset(ids, probability: 0.05), include: subset(ids, probability: 0.05))
    if Int.random(in: 0..<5, using: &g) == 0 {
      profile.irritabilityOverride = .init(level: pick(Irritability.allCases), reason: "clinical judgement")
    }
    return profile
  }

  @Test func generatedProfilesNeverBreakTheContract() throws {
    var generator = Generator(state: 20_261_125)
    let catalogue = Fixtures.catalogue
    let tagRules = PlannerConfiguration.standard.tagRules
    for _ in 0..<3_000 {
      let profile = Self.randomProfile(&generator)
      let plan = Fixtures.planner.plan(profile)
      let gun = plan.massageGun

      if plan.outcome != .program {
        #expect(plan.items.isEmpty)
        #expect(!gun.included)
      }
      #expect(gun.zones.count <= 4)
      #expect(gun.avoid.contains("lower_back"))
      if !profile.equipment.contains(.massageGun) || plan.irritability == .high
        || profile.conditions.contains(where: { $0.gunEffect == .never })
        || (profile.conditions.contains(where: { $0.gunEffect == .onlyIfCleared })
          && !profile.clearedForMassageGun)
        || !plan.redFlags.isEmpty
      {
        #expect(!gun.included, "gun included for \(profile)")
      }
      let gunItemZones = plan.items.filter { $0.category == .massageGun }.compactMap {
        catalogue[$0.id]?.gunZone
      }
      #expect(gunItemZones == gun.zones.map(\.zone))
      for id in profile.exclude { #expect(!plan.items.contains { $0.id == id }) }
      for item in plan.items {
        let entry = try #require(catalogue[item.id])
        if let level = plan.irritability { #expect(entry.doses[level] != nil, "\(item.id) unsuitable") }
        if plan.irritability == .high { #expect(!item.tags.contains(.tensioner)) }
        for rule in tagRules where profile.conditions.contains(rule.condition) {
          #expect(!item.tags.contains(rule.tag), "\(item.id) breaks \(rule.rule)")
        }
        #expect(entry.contraindicatedConditions.allSatisfy { !profile.conditions.contains($0) })
        #expect(entry.equipment.allSatisfy { profile.equipment.contains($0) })
      }
      #expect(Set(plan.items.map(\.id)).count == plan.items.count)
      #expect(Fixtures.planner.plan(profile) == plan)
      #expect(try Fixtures.planner.plan(profile).jsonString() == plan.jsonString())
    }
  }
}
