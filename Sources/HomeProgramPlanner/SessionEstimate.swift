import HomeProgramModel

/// Estimates minutes per session from the doses (§3.4 session structure). Walks, cycling, rest
/// positions (used as needed and for sleep) and the massage gun are done separately and are not
/// counted.
public enum SessionEstimate {
  /// The session structure (R-SESS-1): estimated minutes a session and `sessionsPerDay` by level,
  /// with a warning when a session runs over `maximumSessionMinutes`.
  static func session(
    of items: [PlanItem], level: Irritability, configuration: PlannerConfiguration, log: inout DecisionLog
  ) -> (minutes: Int, sessionsPerDay: Int) {
    let sessions = configuration.sessionsPerDay[level] ?? 1
    let minutes = minutes(of: items, configuration: configuration)
    log.decide(
      .sessionStructure,
      "up to \(sessions) sessions a day, the longest about \(minutes) minutes (§3.4, \(level.rawValue))")
    if minutes > configuration.maximumSessionMinutes {
      log.warn(
        "a session is estimated at \(minutes) minutes, over \(configuration.maximumSessionMinutes); consider fewer items"
      )
    }
    return (minutes, sessions)
  }

  /// Categories done on their own, outside the sessions, and not counted.
  public static let separateCategories: Set<ExerciseCategory> = [.aerobic, .massageGun, .position]

  /// The estimated minutes of a session of `items` (those not done on their own).
  public static func minutes(of items: [PlanItem], configuration: PlannerConfiguration) -> Int {
    var seconds = 0
    for item in items where !separateCategories.contains(item.category) {
      let dose = item.dose
      let sets = max(dose.sets, 1)
      var work = sets * dose.reps * (configuration.secondsPerRep + dose.holdSeconds)
      if dose.reps == 0 { work = sets * dose.holdSeconds }
      work += dose.seconds + dose.minutes * 60
      work += (sets - 1) * configuration.restBetweenSetsSeconds
      if dose.perSide && item.side == .both { work *= 2 }
      seconds += work + configuration.setupSecondsPerItem
    }
    return Int((Double(seconds) / 60).rounded(.up))
  }
}
