/// Positions of comfort and positions to avoid, as named in the plan's `positions` block. The
/// handout text for each id lives in `Resources/text`.
public enum PositionID: String, Sendable, Codable, CaseIterable {
  /// Lying face down on a pillow (disc, when extension eases symptoms — R-DISC-2).
  case proneOnPillow = "prone_on_pillow"
  /// Side-lying, knees bent, a pillow between the knees (R-STEN-3, E13).
  case sideLyingPillowBetweenKnees = "side_lying_pillow_between_knees"
  /// Lying on the back with pillows under the knees (DP08, E13).
  case supinePillowsUnderKnees = "supine_pillows_under_knees"
  /// Lying on the back with the calves resting on a chair seat, "90/90" (DP08).
  case supineCalvesOnChair = "supine_calves_on_chair"
  /// Sitting and leaning forward, to ease legs after walking (stenosis, DP07).
  case sittingLeaningForward = "sitting_leaning_forward"
  /// Lying face down (to avoid: stenosis R-STEN-2, pregnancy).
  case prone
  /// Long spells of sitting (to avoid: disc R-DISC-5, piriformis R-PIR-4).
  case longSitting = "long_sitting"
  /// Standing still for long, or arching back (to avoid: stenosis).
  case longStandingOrArching = "long_standing_or_arching"
  /// Sitting on a hard edge or a wallet (to avoid: piriformis R-PIR-4).
  case sittingOnHardEdge = "sitting_on_hard_edge"
}
