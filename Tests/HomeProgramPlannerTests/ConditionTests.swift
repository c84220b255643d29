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
      // The fixture's cause is a disc: MG-PR-10 comes first.
      #expect(clearedPlan.massageGun.precautions == [.herniatedDisc, .cleared(condition)])
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
      (.pregnancy, .supine, .disc, .untested, .moderate),
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

  /// Pregnancy (R-PREG-1): nothing lying on the back in any plan but the side-lying resting
  /// positions; each exercise on the back left out is replaced, when a version the rules allow
  /// exists, by one side-lying, seated, standing or on all fours, and the decision says why.
  @Test(arguments: Cause.allCases)
  func pregnancyGivesNoExerciseLyingOnTheBack(cause: Cause) throws {
    let upright: Set<ExerciseTag> = [.sideLying, .seated, .standing, .allFours]
    for level in Irritability.allCases {
      for direction in [EasingDirection.untested, .extension, .flexion] {
        for side in [Side.left, .both] {
          let profile = Fixtures.profile(
            cause: cause, level: level, direction: direction, side: side, conditions: [.pregnancy])
          let plan = Fixtures.planner.plan(profile)
          let label = "\(cause) \(level) \(direction) \(side)"
          for item in plan.items where item.tags.contains(.supine) {
            #expect(item.id == "DP08", "\(label): \(item.id) lies on the back")
          }
          #expect(plan.decisions.contains { $0.ruleID == .pregnancyNoSupine }, "\(label)")
          let onTheBack = plan.excluded.filter { $0.why.hasPrefix(RuleID.pregnancyNoSupine.rawValue) }
          for exclusion in onTheBack {
            #expect(exclusion.why == "R-PREG-1: pregnancy: no exercise lying on the back")
            guard let id = exclusion.substitute else { continue }
            let substitute = try #require(Fixtures.catalogue[id])
            #expect(
              !substitute.tags.contains(.supine) && !substitute.tags.contains(.prone), "\(label): \(id)")
            #expect(!upright.isDisjoint(with: substitute.tags), "\(label): \(id)")
            #expect(plan.items.contains { $0.id == id })
          }
          // Every exercise on the back that the same patient would get when not pregnant is accounted for.
          let notPregnant = Fixtures.planner.plan(
            Fixtures.profile(cause: cause, level: level, direction: direction, side: side))
          for item in notPregnant.items where item.tags.contains(.supine) && item.id != "DP08" {
            #expect(onTheBack.contains { $0.id == item.id }, "\(label): \(item.id) not in excluded")
          }
        }
      }
    }
  }

  /// The template's bridge, sliders and curl-up on the back become their upright versions.
  @Test func pregnancySubstitutesUprightVersions() {
    let plan = Fixtures.planner.plan(
      Fixtures.profile(cause: .disc, level: .moderate, conditions: [.pregnancy]))
    let ids = plan.items.map(\.id)
    #expect(!ids.contains("NG01") && ids.contains("NG02"))
    #expect(!ids.contains("ST01"))
    #expect(plan.excluded.contains { $0.id == "NG01" && $0.substitute == "NG02" })
    #expect(
      plan.decisions.contains {
        $0.ruleID == .leftOutForSafety && $0.text.hasPrefix("NG01 left out: R-PREG-1")
      })
  }

  @Test func osteoporosisRulesOutLoadedEndRangeFlexion() {
    let plan = Fixtures.planner.plan(
      Fixtures.profile(cause: .stenosis, level: .low, conditions: [.osteoporosis]))
    #expect(!plan.items.contains { ["DP06", "DP07"].contains($0.id) })
    #expect(plan.excluded.contains { $0.id == "DP06" })
  }

  /// The sitting forward bend takes the hip past a right angle (hands down the shins): after a hip
  /// replacement it is left out like the knee-to-chest stretches (DP-PR-2).
  @Test(arguments: [Irritability.moderate, .low])
  func hipReplacementRulesOutTheSittingForwardBend(level: Irritability) {
    let without = Fixtures.planner.plan(Fixtures.profile(cause: .stenosis, level: level))
    #expect(without.items.contains { $0.id == "DP07" }, "the stenosis template should use DP07")
    let plan = Fixtures.planner.plan(
      Fixtures.profile(cause: .stenosis, level: level, conditions: [.hipReplacement]))
    #expect(!plan.items.contains { $0.id == "DP07" })
    #expect(plan.excluded.contains { $0.id == "DP07" && $0.why.contains("hip replacement") })
  }

  /// RF-S2 ("persistent over 8 weeks") with fewer weeks of symptoms: a warning names both fields.
  @Test(arguments: [(6, true), (7, true), (8, false), (12, false)])
  func persistentFlagAgainstAShorterDurationIsFlagged(weeks: Int, warned: Bool) {
    var profile = Fixtures.profile(redFlags: [.persistentOver8Weeks])
    profile.symptoms.durationWeeks = weeks
    let plan = Fixtures.planner.plan(profile)
    let warning = plan.warnings.contains {
      $0.contains("persistent_over_8_weeks") && $0.contains("duration_weeks is \(weeks)")
    }
    #expect(warning == warned, "\(weeks) weeks: \(plan.warnings)")
    // Without the flag, nothing to say.
    var unflagged = Fixtures.profile()
    unflagged.symptoms.durationWeeks = weeks
    #expect(!Fixtures.planner.plan(unflagged).warnings.contains { $0.contains("persistent_over_8_weeks") })
  }

  @Test func missingEquipmentIsSubstituted() {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .piriformis, level: .moderate, equipment: []))
    #expect(!plan.items.contains { $0.id == "MB03" })  // needs a chair
    #expect(plan.excluded.contains { $0.id == "MB03" && $0.why.contains("chair") })
  }
}
