import HomeProgramModel

/// Direction bias by cause (§4): R-DISC-1, R-STEN-1, R-PIR-1, R-UNK-1/2.
enum DirectionRules {
  static func bias(for profile: PatientProfile, log: inout DecisionLog) -> DirectionBias {
    let easing = profile.symptoms.direction
    switch profile.cause {
    case .disc:
      switch easing {
      case .extension:
        log.decide(.discEasingDirection, "disc, extension eases symptoms: extension path")
        return .extension
      case .flexion:
        log.decide(.discEasingDirection, "disc, flexion eases symptoms: flexion path")
        return .flexion
      case .none, .untested:
        log.decide(
          .discNoDirectionYet, "disc, no easing direction found yet: neutral, relief positions and sliders")
        return .neutral
      }
    case .stenosis:
      if easing == .extension {
        log.decide(
          .stenosisNoExtension,
          "stenosis: flexion bias kept although extension was recorded as easing; add DP ids to `include` to re-enable extension"
        )
      } else {
        log.decide(.stenosisFlexionBias, "stenosis: flexion bias")
      }
      return .flexion
    case .piriformis:
      log.decide(.piriformisNeutral, "piriformis: spinal source excluded, neutral bias")
      return .neutral
    case .unknown:
      switch easing {
      case .extension:
        log.decide(
          .unknownConsistentEasing, "unknown cause, consistent easing with extension: extension path")
        return .extension
      case .flexion:
        log.decide(.unknownConsistentEasing, "unknown cause, consistent easing with flexion: flexion path")
        return .flexion
      case .none, .untested:
        log.decide(
          .unknownNeutral,
          "unknown cause: neutral bias, no end-range repeated loading (\(RuleID.unknownNoEndRangeLoading))")
        return .neutral
      }
    }
  }
}
