import HomeProgramModel

/// Positions of comfort and positions to avoid (§4), by cause and direction bias, as
/// `PlannerConfiguration.recommendedPositions` and `positionsToAvoid` give them: R-STEN-3,
/// R-DISC-2 or E13 for comfort; R-STEN-2, R-DISC-5 or R-PIR-4 to avoid. Pregnancy then edits
/// them (`PregnancyRules`).
enum PositionRules {
  static func positions(
    for profile: PatientProfile, bias: DirectionBias, configuration: PlannerConfiguration,
    log: inout DecisionLog
  ) -> Positions {
    let comfort = configuration.recommendedPositions(cause: profile.cause, bias: bias)
    let avoid = configuration.positionsToAvoid(cause: profile.cause)
    log.decide(comfort.rule, "\(comfort.reason): positions of comfort \(list(comfort.positions))")
    log.decide(avoid.rule, "\(avoid.reason): avoid \(list(avoid.positions))")
    return Positions(recommended: comfort.positions.map(\.rawValue), avoid: avoid.positions.map(\.rawValue))
  }

  private static func list(_ positions: [PositionID]) -> String {
    positions.map(\.rawValue).joined(separator: ", ")
  }
}
