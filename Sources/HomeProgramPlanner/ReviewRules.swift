import HomeProgramModel

/// When the program is reviewed (§3.4 "review"): `reviewDays` by irritability (R-SESS-2),
/// shortened to `reviewDaysWithFlag` by a review flag (R-RF-3) or stable motor signs
/// (R-IRR-MOD1), which also ask for clinician review, as the therapist's override does (R-IRR-OVR).
enum ReviewRules {
  /// The review interval in days, and whether the plan asks for clinician review.
  static func review(
    level: Irritability, source: IrritabilitySource, profile: PatientProfile, flags: [RedFlag],
    configuration: PlannerConfiguration, log: inout DecisionLog
  ) -> (days: Int, clinicianReview: Bool) {
    var days = configuration.reviewDays[level] ?? 14
    log.decide(.reviewInterval, "review within \(days) days (§3.4, \(level.rawValue))")
    let hasReviewFlag = flags.contains { $0.level == .review }
    let motor = profile.symptoms.neuro == .motorStable
    if hasReviewFlag || motor {
      days = min(days, configuration.reviewDaysWithFlag)
      log.decide(
        hasReviewFlag ? .reviewFlag : .motorSignsAtLeastModerate,
        "review within \(days) days: "
          + (hasReviewFlag ? "a review flag is present" : "stable motor signs need a check"))
    }
    return (days, hasReviewFlag || motor || source == .override)
  }
}
