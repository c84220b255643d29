import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// Every rule that fires is in the plan's decisions, with its id: the positions (R-STEN-3 …),
/// pregnancy's edits, the review interval and the massage-gun adjustments.
struct RuleDecisionTests {
  /// The decisions' rules, in order.
  static func rules(_ plan: Plan) -> [RuleID] { plan.decisions.map(\.ruleID) }

  @Test(arguments: Irritability.allCases)
  func stenosisPositionsAreDecided(level: Irritability) throws {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .stenosis, level: level))
    let positions = try #require(plan.decisions.first { $0.ruleID == .stenosisPositions })
    #expect(
      positions.text
        == "stenosis: positions of comfort side_lying_pillow_between_knees, supine_pillows_under_knees, sitting_leaning_forward"
    )
    #expect(positions.text.hasSuffix(plan.positions.recommended.joined(separator: ", ")))
    #expect(
      plan.decisions.contains {
        $0.ruleID == .stenosisNoExtension && $0.text == "stenosis: avoid prone, long_standing_or_arching"
      })
  }

  @Test(
    arguments: [
      (Cause.disc, EasingDirection.extension, RuleID.discExtensionPath, RuleID.discAvoidLongSitting),
      (.disc, .flexion, .positionsOfComfort, .discAvoidLongSitting),
      (.disc, .untested, .positionsOfComfort, .discAvoidLongSitting),
      (.piriformis, .untested, .positionsOfComfort, .piriformisAvoidSitting),
      (.unknown, .extension, .discExtensionPath, .discAvoidLongSitting),
      (.stenosis, .extension, .stenosisPositions, .stenosisNoExtension),
    ])
  func everyCauseDecidesItsPositions(cause: Cause, easing: EasingDirection, comfort: RuleID, avoid: RuleID) {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: cause, direction: easing))
    let rules = Self.rules(plan)
    let comfortIndex = rules.firstIndex(of: comfort)
    #expect(comfortIndex != nil)
    // The last one: R-STEN-2 may also have kept the flexion bias earlier.
    #expect(rules.lastIndex(of: avoid).map { $0 > (comfortIndex ?? 0) } == true)
    // Positions come after the massage gun and before the session.
    #expect(rules.firstIndex(of: .gunRoutine).map { $0 < (comfortIndex ?? 0) } == true)
    #expect(rules.firstIndex(of: .sessionStructure).map { $0 > (comfortIndex ?? 0) } == true)
  }

  @Test func pregnancyEditsArePositionDecisions() throws {
    let plan = Fixtures.planner.plan(
      Fixtures.profile(cause: .disc, direction: .extension, conditions: [.pregnancy]))
    let rules = Self.rules(plan)
    let comfort = try #require(rules.firstIndex(of: .discExtensionPath))
    let noProne = try #require(
      plan.decisions.firstIndex {
        $0.ruleID == .pregnancyNoProne && $0.text == "pregnancy: no lying face down"
      })
    let sideLying = try #require(rules.firstIndex(of: .pregnancyRestingPositions))
    // The cause's positions first, then pregnancy's edits to them, in the order they are made.
    #expect(comfort < noProne && noProne < sideLying)
    #expect(plan.decisions[sideLying].text == "pregnancy: side-lying preferred; no resting on the back")
    #expect(plan.positions.recommended.first == PositionID.sideLyingPillowBetweenKnees.rawValue)
    #expect(!plan.positions.recommended.contains(PositionID.proneOnPillow.rawValue))
    #expect(plan.positions.avoid.contains(PositionID.prone.rawValue))

    let notPregnant = Fixtures.planner.plan(Fixtures.profile(cause: .disc, direction: .extension))
    #expect(!Self.rules(notPregnant).contains(.pregnancyRestingPositions))
    #expect(!Self.rules(notPregnant).contains(.pregnancyNoProne))
  }

  @Test(arguments: Irritability.allCases)
  func theReviewIntervalIsDecided(level: Irritability) {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: level))
    let days = PlannerConfiguration.standard.reviewDays[level] ?? 0
    #expect(
      plan.decisions.contains {
        $0.ruleID == .reviewInterval && $0.text == "review within \(days) days (§3.4, \(level.rawValue))"
      })
    #expect(plan.reviewWithinDays == days)
  }

  @Test func aReviewFlagShortensTheIntervalAfterTheLevelsOne() throws {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .low, redFlags: [.notImproving]))
    let rules = Self.rules(plan)
    let interval = try #require(rules.firstIndex(of: .reviewInterval))
    let flag = try #require(rules.lastIndex(of: .reviewFlag))
    #expect(interval < flag)
    #expect(plan.decisions[flag].text == "review within 7 days: a review flag is present")
    #expect(plan.reviewWithinDays == 7)
  }

  @Test func noProgramNoPositionsOrReview() {
    let plan = Fixtures.planner.plan(Fixtures.profile(redFlags: [.saddleNumbness]))
    let rules = Self.rules(plan)
    #expect(rules == [.emergencyReferral])
  }

  @Test func aClearedPrecautionIsDecidedWithItsRule() {
    let plan = Fixtures.planner.plan(
      Fixtures.profile(level: .low, conditions: [.osteoporosis], cleared: true))
    #expect(plan.massageGun.included)
    #expect(
      plan.decisions.contains {
        $0.ruleID == .gunOsteoporosis
          && $0.text == "massage gun: osteoporosis cleared by the clinician; lowest speed, shortest time"
      })
  }

  @Test func theTherapistsGunZonesAreDecided() {
    let plan = Fixtures.planner.plan(
      Fixtures.profile(level: .moderate, exclude: ["MG04"], include: ["MG01"]))
    #expect(plan.massageGun.zones.map(\.zone) == [.glutes, .quads])
    #expect(
      plan.decisions.contains {
        $0.ruleID == .therapistInclude
          && $0.text == "massage gun: glutes added by the therapist (tested symptom-free)"
      })
    #expect(
      plan.decisions.contains {
        $0.ruleID == .therapistExclude && $0.text == "massage gun: calves excluded by the therapist"
      })
  }

  @Test func piriformisGlutesFirstIsDecidedWhenItMovesThem() {
    // Both included at moderate: hamstrings land first, so R-PIR-3 moves the glutes ahead.
    let plan = Fixtures.planner.plan(
      Fixtures.profile(cause: .piriformis, level: .moderate, include: ["MG01", "MG02"]))
    #expect(plan.massageGun.zones.first?.zone == .glutes)
    #expect(Self.rules(plan).contains(.piriformisGlutesFirst))
    // At low the routine already starts with the glutes: the rule does not fire.
    let low = Fixtures.planner.plan(Fixtures.profile(cause: .piriformis, level: .low))
    #expect(!Self.rules(low).contains(.piriformisGlutesFirst))
  }
}
