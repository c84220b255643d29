import HomeProgramModel

/// Red-flag screening and eligibility (§1, §2.7): decides whether there is a program at all.
enum Screening {
  /// The profile's flags, plus `progressive_weakness` when `neuro` is `progressive_or_bilateral`
  /// (contract), most severe first, then in contract order.
  static func flags(of profile: PatientProfile) -> [RedFlag] {
    var flags = profile.redFlags
    if profile.symptoms.neuro == .progressiveOrBilateral && !flags.contains(.progressiveWeakness) {
      flags.append(.progressiveWeakness)
    }
    let order = RedFlag.allCases
    return flags.sorted {
      if $0.level != $1.level { return $0.level > $1.level }
      return (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0)
    }
  }

  static func outcome(
    profile: PatientProfile, flags: [RedFlag], configuration: PlannerConfiguration, log: inout DecisionLog
  ) -> Outcome {
    if profile.symptoms.neuro == .progressiveOrBilateral {
      log.decide(
        .redFlagProgressiveWeakness, "neuro is progressive_or_bilateral: counts as progressive_weakness")
    }
    let emergency = flags.filter { $0.level == .emergency }
    if !emergency.isEmpty {
      log.decide(
        .emergencyReferral,
        "emergency flag (\(emergency.map(\.rawValue).joined(separator: ", "))): emergency sheet, no exercises"
      )
      return .emergencyReferral
    }
    let urgent = flags.filter { $0.level == .urgent }
    if !urgent.isEmpty {
      log.decide(
        .urgentReferral,
        "urgent flag (\(urgent.map(\.rawValue).joined(separator: ", "))): medical review within days, no exercises"
      )
      return .urgentReferral
    }
    if let age = profile.patient.age, age < configuration.minimumAge {
      log.decide(
        .underMinimumAge,
        "age \(age) is under \(configuration.minimumAge): outside this guideline's scope (§2.7)")
      return .notEligible
    }
    if profile.conditions.contains(.recentSpinalSurgery) {
      log.decide(
        .recentSpinalSurgery, "recent spinal surgery: no program without the surgeon's protocol (§2.7)")
      return .notEligible
    }
    let review = flags.filter { $0.level == .review }
    if !review.isEmpty {
      log.decide(
        .reviewFlag,
        "review flag (\(review.map(\.rawValue).joined(separator: ", "))): program runs, review reminder printed"
      )
    } else {
      log.decide(.noRedFlags, "no red flags: program")
    }
    return .program
  }
}
