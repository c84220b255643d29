import HomeProgramModel

/// Pregnancy's edits to the positions: no lying face down (DP-PR-1), side-lying preferred and no
/// resting on the back (DP08). Pregnancy's other rules live with their families: no exercise
/// tagged `prone` (DP-PR-1) or `supine` (R-PREG-1, its substitutes in `supineAlternatives`;
/// both in `PlannerConfiguration.tagRules`, applied in `Selection`) and the massage gun only when cleared
/// (MG-PR-1, `Condition.gunRule` applied in `GunRules`).
enum PregnancyRules {
  static func adjust(_ positions: inout Positions, profile: PatientProfile, log: inout DecisionLog) {
    guard profile.conditions.contains(.pregnancy) else { return }
    positions.recommended.removeAll { $0 == PositionID.proneOnPillow.rawValue }
    if !positions.avoid.contains(PositionID.prone.rawValue) {
      positions.avoid.append(PositionID.prone.rawValue)
    }
    log.decide(.pregnancyNoProne, "pregnancy: no lying face down")
    // DP08: side-lying preferred in pregnancy; no lying on the back to rest or sleep later in it.
    let onTheBack: Set<String> = [
      PositionID.supinePillowsUnderKnees.rawValue, PositionID.supineCalvesOnChair.rawValue,
    ]
    positions.recommended.removeAll { onTheBack.contains($0) }
    let side = PositionID.sideLyingPillowBetweenKnees.rawValue
    if !positions.recommended.contains(side) { positions.recommended.insert(side, at: 0) }
    log.decide(.pregnancyRestingPositions, "pregnancy: side-lying preferred; no resting on the back")
    log.decide(
      .pregnancyNoSupine,
      "pregnancy: no exercise lying on the back; side-lying, seated, standing or all-fours versions instead")
  }
}
