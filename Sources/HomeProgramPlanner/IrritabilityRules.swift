import HomeProgramModel

/// The irritability classification of §3.3, with the therapist's override winning.
enum IrritabilityRules {
  static func classify(
    _ profile: PatientProfile, configuration: PlannerConfiguration, log: inout DecisionLog
  ) -> (Irritability, IrritabilitySource) {
    let computed = compute(profile.symptoms, configuration: configuration, log: &log)
    if let override = profile.irritabilityOverride {
      log.decide(
        .irritabilityOverride,
        "therapist override: \(override.level.rawValue) (computed \(computed.rawValue)); reason: \(override.reason)"
      )
      return (override.level, .override)
    }
    return (computed, .computed)
  }

  static func compute(
    _ symptoms: PatientProfile.Symptoms, configuration: PlannerConfiguration, log: inout DecisionLog
  ) -> Irritability {
    var high: [String] = []
    if symptoms.settleTime == .oneToTwentyFourHours || symptoms.settleTime == .overTwentyFourHours {
      high.append("symptoms take \(symptoms.settleTime.rawValue) to settle")
    }
    if symptoms.nightPain == .wakesCannotResettle { high.append("night pain wakes and cannot resettle") }
    if symptoms.painWorst24h >= configuration.highWorstPain && symptoms.settleTime != .underTenMinutes {
      high.append("worst pain \(symptoms.painWorst24h)/10 with settle time ≥ 10 min")
    }
    if symptoms.peripheralises == .mostMovements { high.append("symptoms spread with most movements") }

    var level: Irritability
    if !high.isEmpty {
      level = .high
      log.decide(.irritabilityHigh, "high irritability: " + high.joined(separator: "; "))
    } else if symptoms.painWorst24h <= configuration.lowWorstPain && symptoms.settleTime == .underTenMinutes
      && symptoms.nightPain == .none && symptoms.peripheralises == .none
      && [.none, .sensoryStable, .reflexStable].contains(symptoms.neuro)
    {
      level = .low
      log.decide(
        .irritabilityLow,
        "low irritability: worst pain \(symptoms.painWorst24h)/10, settles in under 10 min, no night pain, no spreading"
      )
    } else {
      level = .moderate
      log.decide(
        .irritabilityModerate, "moderate irritability: neither the high nor the low criteria are all met")
    }

    if symptoms.neuro == .motorStable && level == .low {
      level = .moderate
      log.decide(.motorSignsAtLeastModerate, "stable motor signs: at least moderate, clinician review")
    }
    if symptoms.peripheralises == .someMovements && level == .low {
      level = .moderate
      log.decide(.someSpreadingAtLeastModerate, "symptoms spread with some movements: at least moderate")
    }
    if symptoms.belowKnee && symptoms.painWorst24h >= configuration.highWorstPain && level != .high {
      level = .high
      log.decide(
        .belowKneeSeverePainIsHigh, "pain below the knee with worst pain \(symptoms.painWorst24h)/10: high")
    }
    if symptoms.painNow >= configuration.highPainNow && level != .high {
      level = .high
      log.decide(.painNowIsHigh, "pain now \(symptoms.painNow)/10 at rest: high")
    }
    return level
  }
}
