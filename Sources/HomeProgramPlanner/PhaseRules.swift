import HomeProgramModel

/// Phase from irritability and duration (§6.1).
enum PhaseRules {
  static func phase(
    level: Irritability, profile: PatientProfile, configuration: PlannerConfiguration, log: inout DecisionLog
  ) -> Phase {
    switch level {
    case .high:
      log.decide(.calmPhase, "high irritability: calm phase")
      return .calm
    case .moderate:
      log.decide(.buildPhase, "moderate irritability: build phase")
      return .build
    case .low:
      if profile.symptoms.durationWeeks >= configuration.returnPhaseFromWeek {
        log.decide(
          .returnPhase,
          "low irritability after \(profile.symptoms.durationWeeks) weeks: return phase")
        return .returnToActivity
      }
      log.decide(
        .buildPhase,
        "low irritability within the first \(configuration.returnPhaseFromWeek) weeks: build phase"
      )
      return .build
    }
  }
}
