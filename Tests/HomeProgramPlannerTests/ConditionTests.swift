import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// §2: every condition id of the contract, for the massage gun and for exercises.
struct ConditionTests {
  @Test(arguments: Condition.allCases)
  func everyConditionIsEnforced(condition: Condition) {
    let profile = Fixtures.profile(level: .low, conditions: [condition])
    let plan = Fixtures.planner.plan(profile)
    if condition == .recentSpinalSurgery {
      #expect(plan.outcome == .notEligible)
      return
    }
    #expect(plan.outcome == .program)
    switch condition.gunEffect {
    case .never:
      #expect(!plan.massageGun.included)
      #expect(plan.massageGun.notIncludedReason == .contraindication)
      var cleared = profile
      cleared.clearedForMassageGun = true
      #expect(!Fixtures.planner.plan(cleared).massageGun.included)  // clearance cannot override
    case .onlyIfCleared:
      #expect(!plan.massageGun.included)
      // Pregnancy is said plainly (MG-PR-1); other precautions as "a condition you told us about".
      #expect(
        plan.massageGun.notIncludedReason == (condition == .pregnancy ? .pregnancy : .precautionNotCleared))
      var cleared = profile
      cleared.clearedForMassageGun = true
      let clearedPlan = Fixtures.planner.plan(cleared)
      #expect(clearedPlan.massageGun.included)
      #expect(clearedPlan.massageGun.precautions == [condition])
      #expect(clearedPlan.massageGun.zones.allSatisfy { $0.speed == "lowest" })
      #expect(
        clearedPlan.massageGun.zones.allSatisfy {
          $0.secondsPerSide <= PlannerConfiguration.standard.gunSecondsWhenCleared
        })
    case .none:
      #expect(plan.massageGun.included)
    }
  }

  @Test(
    arguments: [
      (Condition.pregnancy, ExerciseTag.prone, Cause.disc, EasingDirection.extension, Irritability.moderate),
      (.hipReplacement, .hipFlexionDeep, .piriformis, .untested, .low),
      (.hipReplacement, .hipFlexionDeep, .stenosis, .untested, .high),
      (.shoulderProblem, .elbowWeightBearing, .disc, .untested, .low),
    ])
  func conditionsExcludeTaggedItemsAndSubstitute(
    condition: Condition, tag: ExerciseTag, cause: Cause, easing: EasingDirection, level: Irritability
  ) {
    let without = Fixtures.planner.plan(Fixtures.profile(cause: cause, level: level, direction: easing))
    #expect(without.items.contains { $0.tags.contains(tag) }, "the template should use a \(tag) item")
    let plan = Fixtures.planner.plan(
      Fixtures.profile(cause: cause, level: level, direction: easing, conditions: [condition]))
    #expect(!plan.items.contains { $0.tags.contains(tag) })
    #expect(
      plan.excluded.contains { $0.why.contains(condition.rawValue.replacingOccurrences(of: "_", with: " ")) })
  }

  @Test func osteoporosisRulesOutLoadedEndRangeFlexion() {
    let plan = Fixtures.planner.plan(
      Fixtures.profile(cause: .stenosis, level: .low, conditions: [.osteoporosis]))
    #expect(!plan.items.contains { ["DP06", "DP07"].contains($0.id) })
    #expect(plan.excluded.contains { $0.id == "DP06" })
  }

  @Test func missingEquipmentIsSubstituted() {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .piriformis, level: .moderate, equipment: []))
    #expect(!plan.items.contains { $0.id == "MB03" })  // needs a chair
    #expect(plan.excluded.contains { $0.id == "MB03" && $0.why.contains("chair") })
  }
}
