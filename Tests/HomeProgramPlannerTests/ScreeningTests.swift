import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// R-RF-1..3, §2.7: every red flag id and the eligibility rules.
struct ScreeningTests {
  @Test(arguments: RedFlag.allCases)
  func everyRedFlagDecidesTheOutcome(flag: RedFlag) {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .low, redFlags: [flag]))
    switch flag.level {
    case .emergency:
      #expect(plan.outcome == .emergencyReferral)
    case .urgent:
      #expect(plan.outcome == .urgentReferral)
    case .review:
      #expect(plan.outcome == .program)
      #expect(plan.clinicianReview)
      #expect((plan.reviewWithinDays ?? 99) <= PlannerConfiguration.standard.reviewDaysWithFlag)
      #expect(plan.decisions.contains { $0.rule == "R-RF-3" })
    }
    #expect(plan.redFlags.map(\.id) == [flag.rawValue])
    #expect(plan.redFlags.first?.referenceId == flag.referenceID.rawValue)
    // MG-CI-9: any red flag keeps the massage gun out.
    #expect(!plan.massageGun.included)
    if plan.outcome != .program {
      #expect(plan.items.isEmpty)
      #expect(plan.irritability == nil)
      #expect(plan.massageGun.notIncludedReason == .noProgram)
    } else {
      #expect(plan.massageGun.notIncludedReason == .redFlag)
    }
  }

  @Test func theMostSevereFlagDecides() {
    let plan = Fixtures.planner.plan(
      Fixtures.profile(redFlags: [.notImproving, .fractureRisk, .saddleNumbness]))
    #expect(plan.outcome == .emergencyReferral)
    #expect(plan.redFlags.map(\.level) == [.emergency, .urgent, .review])
  }

  @Test func progressiveNeuroCountsAsProgressiveWeakness() {
    var profile = Fixtures.profile()
    profile.symptoms.neuro = .progressiveOrBilateral
    let plan = Fixtures.planner.plan(profile)
    #expect(plan.outcome == .emergencyReferral)
    #expect(plan.redFlags.map(\.id) == ["progressive_weakness"])
  }

  @Test func bothSidesAloneIsNotAFlag() {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .stenosis, side: .both))
    #expect(plan.outcome == .program)
    #expect(plan.redFlags.isEmpty)
  }

  @Test(arguments: [(15, Outcome.notEligible), (16, .program), (nil, .program)] as [(Int?, Outcome)])
  func ageLimit(age: Int?, expected: Outcome) {
    let plan = Fixtures.planner.plan(Fixtures.profile(age: age))
    #expect(plan.outcome == expected)
  }

  @Test func recentSpinalSurgeryIsNotEligible() {
    let plan = Fixtures.planner.plan(Fixtures.profile(conditions: [.recentSpinalSurgery]))
    #expect(plan.outcome == .notEligible)
    #expect(plan.items.isEmpty)
  }

  @Test func emergencyOutranksNotEligible() {
    let plan = Fixtures.planner.plan(Fixtures.profile(redFlags: [.bowelChange], age: 12))
    #expect(plan.outcome == .emergencyReferral)
  }
}
