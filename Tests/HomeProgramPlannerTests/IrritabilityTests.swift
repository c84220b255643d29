import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// §3.3 classification, modifiers and the therapist's override.
struct IrritabilityTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var change: @Sendable (inout PatientProfile.Symptoms) -> Void
    var expected: Irritability
    var rule: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "settles in 1-24 h", change: { $0.settleTime = .oneToTwentyFourHours }, expected: .high,
      rule: "R-IRR-HIGH"),
    Case(
      name: "settles in over 24 h", change: { $0.settleTime = .overTwentyFourHours }, expected: .high,
      rule: "R-IRR-HIGH"),
    Case(
      name: "night pain cannot resettle", change: { $0.nightPain = .wakesCannotResettle }, expected: .high,
      rule: "R-IRR-HIGH"),
    Case(
      name: "worst 7 and slow to settle",
      change: {
        $0.painWorst24h = 7
        $0.belowKnee = false
      }, expected: .high, rule: "R-IRR-HIGH"),
    Case(
      name: "spreads with most movements", change: { $0.peripheralises = .mostMovements }, expected: .high,
      rule: "R-IRR-HIGH"),
    Case(name: "moderate otherwise", change: { _ in }, expected: .moderate, rule: "R-IRR-MOD"),
    Case(
      name: "all low criteria",
      change: {
        $0.painWorst24h = 3
        $0.settleTime = .underTenMinutes
        $0.nightPain = .none
        $0.peripheralises = .none
        $0.neuro = .reflexStable
      }, expected: .low, rule: "R-IRR-LOW"),
    Case(
      name: "low but motor signs",
      change: {
        $0.painWorst24h = 2
        $0.settleTime = .underTenMinutes
        $0.nightPain = .none
        $0.neuro = .motorStable
      }, expected: .moderate, rule: "R-IRR-MOD"),
    Case(
      name: "low but spreads with some movements",
      change: {
        $0.painWorst24h = 2
        $0.settleTime = .underTenMinutes
        $0.nightPain = .none
        $0.peripheralises = .someMovements
      }, expected: .moderate, rule: "R-IRR-MOD"),
    Case(
      name: "below knee and worst 7 even when quick to settle",
      change: {
        $0.painWorst24h = 7
        $0.settleTime = .underTenMinutes
        $0.belowKnee = true
      }, expected: .high, rule: "R-IRR-MOD3"),
    Case(
      name: "pain now 7 at rest",
      change: {
        $0.painNow = 7
        $0.painWorst24h = 7
        $0.settleTime = .underTenMinutes
        $0.belowKnee = false
      }, expected: .high, rule: "R-IRR-MOD4"),
  ]

  @Test(arguments: cases)
  func classification(_ testCase: Case) {
    var profile = Fixtures.profile(level: .moderate)
    testCase.change(&profile.symptoms)
    let plan = Fixtures.planner.plan(profile)
    #expect(plan.irritability == testCase.expected)
    #expect(plan.irritabilitySource == .computed)
    #expect(plan.decisions.contains { $0.rule == testCase.rule })
  }

  @Test(arguments: Irritability.allCases)
  func overrideAlwaysWins(level: Irritability) {
    var profile = Fixtures.profile(level: .high)
    profile.irritabilityOverride = .init(level: level, reason: "Settles fast in clinic")
    let plan = Fixtures.planner.plan(profile)
    #expect(plan.irritability == level)
    #expect(plan.irritabilitySource == .override)
    #expect(plan.decisions.contains { $0.rule == "R-IRR-OVR" && $0.text.contains("Settles fast in clinic") })
  }

  @Test(arguments: Irritability.allCases)
  func levelSetsPhaseSessionsAndReview(level: Irritability) {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: level))
    let configuration = PlannerConfiguration.standard
    #expect(plan.sessionsPerDay == configuration.sessionsPerDay[level])
    #expect(plan.reviewWithinDays == configuration.reviewDays[level])
    switch level {
    case .high: #expect(plan.phase == .calm)
    case .moderate: #expect(plan.phase == .build)
    case .low: #expect(plan.phase == .returnToActivity)  // fixture: 8 weeks of symptoms
    }
    for item in plan.items { #expect(Fixtures.catalogue[item.id]?.doses[level] != nil) }
  }
}
