import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// Generated valid profiles: no plan ever breaks the contract's rules, and planning is deterministic.
struct PlannerPropertyTests {
  typealias Generator = SplitMix64

  @Test func generatedProfilesNeverBreakTheContract() throws {
    var generator = Generator(state: 20_261_125)
    let catalogue = Fixtures.catalogue
    let tagRules = PlannerConfiguration.standard.tagRules
    for _ in 0..<3_000 {
      let profile = Fixtures.randomProfile(&generator)
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
          #expect(!rule.excludes(entry, conditions: profile.conditions), "\(item.id) breaks \(rule.rule)")
        }
        // Pregnancy: nothing lying on the back but the side-lying resting positions (R-PREG-1).
        if profile.conditions.contains(.pregnancy) && item.tags.contains(.supine) {
          #expect(entry.conditionSteps[.pregnancy] != nil, "\(item.id) lies on the back in pregnancy")
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
