import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// §2.1 and §5.6: the massage-gun block.
struct MassageGunTests {
  /// MG-PR-10: with a herniated disc the gun is clinician-prescribed; the plan lists the precaution
  /// and says the prescribing therapist is that check. Other causes do not get it.
  @Test(arguments: Cause.allCases)
  func discListsItsPrecaution(cause: Cause) throws {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: cause, level: .low))
    #expect(plan.massageGun.included)
    let disc = cause == .disc
    #expect(plan.massageGun.precautions.contains(.herniatedDisc) == disc)
    #expect(
      plan.massageGun.why.contains { $0.hasPrefix("MG-PR-10: ") && $0.contains("the therapist prescribing") }
        == disc)
    #expect(plan.decisions.contains { $0.rule == "MG-PR-10" } == disc)
    #expect(try plan.jsonString().contains(#""herniated_disc""#) == disc)
  }

  @Test func noDeviceNoGun() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .low, equipment: [.chair]))
    #expect(!plan.massageGun.included)
    #expect(plan.massageGun.notIncludedReason == .noDevice)
  }

  @Test func highIrritabilityNoGun() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .high))
    #expect(!plan.massageGun.included)
    #expect(plan.massageGun.notIncludedReason == .highIrritability)
  }

  @Test func moderateUsesQuadsAndCalvesOnly() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .moderate))
    #expect(plan.massageGun.zones.map(\.zone) == [.quads, .calves])
    #expect(plan.massageGun.zones.allSatisfy { $0.secondsPerSide == 45 && $0.attachment == "large_soft" })
  }

  @Test func moderateGlutesOnlyWhenTheTherapistIncludesThem() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .moderate, include: ["MG01"]))
    #expect(plan.massageGun.zones.map(\.zone) == [.glutes, .quads, .calves])
  }

  @Test func lowUsesAllFourZonesWithinTenMinutes() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .low))
    #expect(Set(plan.massageGun.zones.map(\.zone)) == Set(GunZone.allCases))
    let total = plan.massageGun.zones.reduce(0) { $0 + $1.secondsPerSide * 2 }
    #expect(total <= 600)
  }

  @Test func piriformisStartsWithGlutes() {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .piriformis, level: .low))
    #expect(plan.massageGun.zones.first?.zone == .glutes)
  }

  @Test func itemsAndZonesCorrespond() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .low))
    let gunItems = plan.items.filter { $0.category == .massageGun }.compactMap {
      Fixtures.catalogue[$0.id]?.gunZone
    }
    #expect(gunItems == plan.massageGun.zones.map(\.zone))
  }

  @Test func lowerBackAndSpineAreAlwaysAvoided() {
    for level in Irritability.allCases {
      let plan = Fixtures.planner.plan(Fixtures.profile(level: level))
      #expect(plan.massageGun.avoid.contains("lower_back"))
      #expect(plan.massageGun.avoid.contains("spine"))
    }
  }

  @Test func excludingEveryZoneLeavesTheGunOut() {
    let plan = Fixtures.planner.plan(
      Fixtures.profile(level: .low, exclude: ["MG01", "MG02", "MG03", "MG04"]))
    #expect(!plan.massageGun.included)
    #expect(plan.massageGun.notIncludedReason == .excludedByTherapist)
    #expect(!plan.items.contains { $0.category == .massageGun })
  }
}
