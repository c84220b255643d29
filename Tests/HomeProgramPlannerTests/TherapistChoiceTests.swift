import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// The profile's `exclude` and `include`, within the safety rules.
struct TherapistChoiceTests {
  @Test func excludedItemIsReplacedByItsRegression() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .moderate, exclude: ["NG01"]))
    #expect(!plan.items.contains { $0.id == "NG01" })
    let exclusion = plan.excluded.first { $0.id == "NG01" }
    #expect(exclusion?.substitute == "NG03")
    #expect(plan.items.contains { $0.id == "NG03" })
  }

  @Test func includeWithinTheRulesIsAdded() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .moderate, include: ["ST06"]))
    #expect(plan.items.contains { $0.id == "ST06" && $0.why.contains { $0.hasPrefix("R-INCL") } })
  }

  @Test func includeOverridesASoftCauseDefault() {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .stenosis, level: .moderate, include: ["DP04"]))
    #expect(plan.items.contains { $0.id == "DP04" })
  }

  @Test func includeThatBreaksASafetyRuleIsRefusedWithAReason() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .high, include: ["NG04"]))
    #expect(!plan.items.contains { $0.id == "NG04" })
    #expect(plan.excluded.contains { $0.id == "NG04" && $0.why.hasPrefix("include refused") })
    #expect(plan.warnings.contains { $0.contains("NG04") })
  }

  @Test func includeOfAGunZoneWithoutTheGunIsRefused() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .high, include: ["MG01"]))
    #expect(!plan.items.contains { $0.id == "MG01" })
    #expect(plan.excluded.contains { $0.id == "MG01" })
  }

  @Test func excludeWinsOverInclude() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .moderate, exclude: ["ST06"], include: ["ST06"]))
    #expect(!plan.items.contains { $0.id == "ST06" })
  }

  @Test func unknownIdsAreInputErrorsWithASuggestion() {
    let profile = Fixtures.profile(exclude: ["NG1O"])
    #expect {
      try Fixtures.planner.validate(profile, file: "p.yaml")
    } throws: { error in
      let message = "\(error)"
      return message.contains("p.yaml: exclude[0]: 'NG1O' is not allowed")
        && message.contains("Did you mean 'NG01'?")
    }
  }
}
