import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// §4: direction bias and cause-specific selection.
struct CauseRuleTests {
  @Test(
    arguments: [
      (Cause.disc, EasingDirection.extension, DirectionBias.extension),
      (.disc, .flexion, .flexion),
      (.disc, .none, .neutral),
      (.disc, .untested, .neutral),
      (.stenosis, .untested, .flexion),
      (.stenosis, .extension, .flexion),
      (.piriformis, .extension, .neutral),
      (.unknown, .untested, .neutral),
      (.unknown, .extension, .extension),
      (.unknown, .flexion, .flexion),
    ])
  func directionBias(cause: Cause, easing: EasingDirection, expected: DirectionBias) {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: cause, direction: easing))
    #expect(plan.directionBias == expected)
  }

  @Test(arguments: Irritability.allCases)
  func discExtensionPathHasExtensionAndNoFlexion(level: Irritability) {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .disc, level: level, direction: .extension))
    let directional = plan.items.filter { $0.category == .directional }
    #expect(!directional.isEmpty)
    #expect(directional.allSatisfy { $0.tags.contains(.extension) })  // R-DISC-4
    #expect(plan.positions.recommended.first == PositionID.proneOnPillow.rawValue)
  }

  @Test(arguments: Irritability.allCases)
  func stenosisIsFlexionBiasedWithNoExtension(level: Irritability) {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .stenosis, level: level))
    #expect(!plan.items.contains { $0.tags.contains(.extension) })  // R-STEN-2
    #expect(plan.items.contains { $0.category == .directional && $0.tags.contains(.flexion) })
    #expect(plan.items.contains { $0.id == "AE03" })  // R-STEN-4
    #expect(plan.positions.avoid.contains(PositionID.prone.rawValue))
    #expect(plan.positions.recommended.first == PositionID.sideLyingPillowBetweenKnees.rawValue)
  }

  @Test(arguments: Irritability.allCases)
  func piriformisGetsButtockStretchesAndHipStrength(level: Irritability) {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .piriformis, level: level))
    #expect(plan.items.contains { ["MB01", "MB02", "MB03"].contains($0.id) })  // R-PIR-2
    #expect(!plan.items.contains { $0.category == .directional })
    #expect(plan.positions.avoid.contains(PositionID.sittingOnHardEdge.rawValue))  // R-PIR-4
  }

  @Test(arguments: Irritability.allCases)
  func unknownIsNeutralWithNoEndRangeLoading(level: Irritability) {
    let plan = Fixtures.planner.plan(Fixtures.profile(cause: .unknown, level: level))
    #expect(!plan.items.contains { $0.category == .directional })  // R-UNK-3
    #expect(plan.items.contains { $0.category == .nerveGlide })
    #expect(plan.items.contains { $0.id == "AE01" })
  }

  @Test func highIrritabilityGetsGentlestGlideAndReliefPosition() {
    let plan = Fixtures.planner.plan(Fixtures.profile(level: .high))
    #expect(plan.items.contains { $0.id == "NG03" })
    #expect(plan.items.contains { $0.id == "DP08" })
    #expect(!plan.items.contains { $0.tags.contains(.tensioner) })  // NG-CI-2
  }

  @Test func nerveGlidesTargetThePatientsSide() {
    let plan = Fixtures.planner.plan(Fixtures.profile(side: .right))
    let glide = plan.items.first { $0.category == .nerveGlide }
    #expect(glide?.side == .right)
  }

  @Test func someMovementsSpreadingExcludesTheProvokingDirection() {
    var profile = Fixtures.profile(cause: .disc, level: .moderate, direction: .extension)
    profile.symptoms.peripheralises = .someMovements
    let plan = Fixtures.planner.plan(profile)
    #expect(!plan.items.contains { $0.category == .directional && $0.tags.contains(.flexion) })
  }
}
