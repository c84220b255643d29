import HomeProgramModel

/// Phase from irritability and duration (§6.1).
enum PhaseRules {
  static func phase(
    level: Irritability, profile: PatientProfile, configuration: PlannerConfiguration, log: inout DecisionLog
  ) -> Phase {
    switch level {
    case .high:
      log.decide("R-PH-P1", "high irritability: calm phase")
      return .calm
    case .moderate:
      log.decide("R-PH-P2", "moderate irritability: build phase")
      return .build
    case .low:
      if profile.symptoms.durationWeeks >= configuration.returnPhaseFromWeek {
        log.decide(
          "R-PH-P3",
          "low irritability after \(profile.symptoms.durationWeeks) weeks: return phase")
        return .returnToActivity
      }
      log.decide(
        "R-PH-P2", "low irritability within the first \(configuration.returnPhaseFromWeek) weeks: build phase"
      )
      return .build
    }
  }
}
