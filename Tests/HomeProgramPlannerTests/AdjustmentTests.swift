import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// The therapist's `adjust`: doses, order and notes per exercise, within the limits, never
/// bringing back an exercise the rules left out.
struct AdjustmentTests {
  /// A moderate disc profile (its plan has the bridge, ST01, at 2 × 10) with `adjust` set.
  static func profile(_ adjust: [String: DoseAdjustment], conditions: [Condition] = []) -> PatientProfile {
    var profile = Fixtures.profile(level: .moderate, conditions: conditions)
    profile.adjust = adjust
    return profile
  }

  static func item(_ id: String, in plan: Plan) throws -> PlanItem {
    try #require(plan.items.first { $0.id == id })
  }

  @Test func aDoseWithinTheLimitIsAppliedWithAWarningAndADecision() throws {
    let before = try Self.item("ST01", in: Fixtures.planner.plan(Self.profile([:])))
    #expect(before.dose.reps == 10)
    let profile = Self.profile([
      "ST01": DoseAdjustment([.reps: 12], note: "Squeeze a pillow between your knees.")
    ])
    try Fixtures.planner.validate(profile, file: "p.yaml")
    let plan = Fixtures.planner.plan(profile)
    let item = try Self.item("ST01", in: plan)
    #expect(item.dose.reps == 12)
    #expect(item.adjusted == ["reps": 10])
    #expect(item.therapistNote == "Squeeze a pillow between your knees.")
    #expect(
      plan.decisions.contains {
        $0.ruleID == .therapistAdjust && $0.text == "adjusted by the therapist: ST01 reps 10 → 12"
      })
    #expect(plan.warnings.contains { $0.contains("ST01 reps 12 is above the catalogue's 10") })
  }

  @Test func aLowerDoseNeedsNoWarning() throws {
    let plan = Fixtures.planner.plan(Self.profile(["ST01": DoseAdjustment([.reps: 6])]))
    #expect(try Self.item("ST01", in: plan).dose.reps == 6)
    #expect(!plan.warnings.contains { $0.contains("ST01") })
  }

  @Test func aDoseAboveTheLimitIsRefusedNamingTheLimitAndRule() throws {
    var adjustment = DoseAdjustment([.reps: 13])
    adjustment.origin = SourceOrigin(SourceLocation(file: "p.yaml", line: 30, column: 3))
    #expect(
      throws: InputError.outOfRange(
        SourceLocation(file: "p.yaml", line: 30, column: 3), keyPath: "adjust.ST01.reps", value: "13",
        allowed: "0 to 12 for strengthening at moderate irritability (R-LVL-ST, §3.4)")
    ) {
      try Fixtures.planner.validate(Self.profile(["ST01": adjustment]), file: "p.yaml")
    }
  }

  /// `plan` without a check never prints a dose above its limit: the adjustment is left out, with
  /// a warning, and `checkedPlan` refuses the profile.
  @Test func anUncheckedPlanLeavesARefusedAdjustmentOut() throws {
    let profile = Self.profile(["ST01": DoseAdjustment([.reps: 13])])
    let plan = Fixtures.planner.plan(profile)
    #expect(try Self.item("ST01", in: plan).dose.reps == 10)
    #expect(
      plan.warnings.contains { $0.contains("adjust was not applied") && $0.contains("adjust.ST01.reps") })
    #expect(throws: InputError.self) { try Fixtures.planner.checkedPlan(profile, file: "p.yaml") }
    let allowed = Self.profile(["ST01": DoseAdjustment([.reps: 12])])
    #expect(try Fixtures.planner.checkedPlan(allowed, file: "p.yaml") == Fixtures.planner.plan(allowed))
  }

  /// A red flag turns the handout into a referral sheet whatever the therapist adjusted: the sheet
  /// prints, and the adjustments are set aside with a warning.
  @Test func aReferralSheetPrintsDespiteAnAdjust() throws {
    var profile = Fixtures.profile(level: .moderate, redFlags: [.saddleNumbness])
    profile.adjust = ["ST01": DoseAdjustment([.reps: 12])]
    let plan = try Fixtures.planner.checkedPlan(profile, file: "p.yaml")
    #expect(plan.outcome == .emergencyReferral)
    #expect(plan.warnings.contains { $0.contains("adjust is not used") })
  }

  @Test func anExerciseLeftOutCannotBeBroughtBack() throws {
    // NG04, the tensioner, is not in a moderate plan without 7 days of sliders; DP03 is left out
    // for an osteoporosis … any id not in the plan is refused, with the plan's ids listed.
    let plan = Fixtures.planner.plan(Self.profile([:]))
    #expect(!plan.items.contains { $0.id == "NG04" })
    do {
      try Fixtures.planner.validate(Self.profile(["NG04": DoseAdjustment([.reps: 5])]), file: "p.yaml")
      Issue.record("an adjustment to an exercise outside the plan was accepted")
    } catch {
      guard case .invalidValue(_, let keyPath, let value, let allowed, _) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(keyPath == "adjust" && value == "NG04")
      #expect(allowed.first?.contains("exercises in this patient's plan") == true)
    }
    #expect(throws: InputError.self) {
      try Fixtures.planner.validate(Self.profile(["ZZ99": DoseAdjustment([.reps: 5])]), file: "p.yaml")
    }
  }

  @Test func orderMovesTheItemAndIsRecorded() throws {
    let plain = Fixtures.planner.plan(Self.profile([:]))
    let last = try #require(plain.items.last { $0.category != .massageGun })
    let plan = Fixtures.planner.plan(Self.profile([last.id: DoseAdjustment(order: 1)]))
    #expect(plan.items.first?.id == last.id)
    #expect(
      plan.items.first?.adjusted?["order"] == plain.items.firstIndex { $0.id == last.id }.map { $0 + 1 })
    #expect(plan.decisions.contains { $0.ruleID == .therapistAdjust && $0.text.contains("\(last.id) order") })
  }

  @Test func theSessionEstimateFollowsTheAdjustedDoses() throws {
    let plain = Fixtures.planner.plan(Self.profile([:]))
    let longer = Fixtures.planner.plan(Self.profile(["ST01": DoseAdjustment([.reps: 12, .holdSeconds: 10])]))
    let shorter = Fixtures.planner.plan(Self.profile(["ST01": DoseAdjustment([.reps: 1, .holdSeconds: 0])]))
    #expect(longer.minutesPerSession > plain.minutesPerSession)
    #expect(shorter.minutesPerSession < plain.minutesPerSession)
  }

  /// The limits never refuse the catalogue's own dose: for every entry and level it has.
  @Test func everyCatalogueDoseIsWithinItsLimit() {
    let limits = PlannerConfiguration.standard.doseLimits
    for entry in Fixtures.catalogue.entries {
      for (level, levelDose) in entry.doses {
        let limit = limits.limit(for: entry.category, at: level)
        #expect(limit != nil, "no limit for \(entry.category.rawValue) at \(level.rawValue)")
        for field in Dose.Field.allCases {
          let value = levelDose.dose[field]
          guard let maximum = limit?.maximum[field] else { continue }
          #expect(
            value <= maximum,
            "\(entry.id) \(field.rawValue) \(value) at \(level.rawValue) is above \(maximum)")
        }
      }
    }
  }
}
