import HomeProgramModel

/// The most a therapist's adjustment (`adjust`) may prescribe, per exercise category and
/// irritability level, each with the rule it comes from: the top of each range in the reference's
/// §3.4 table, never below the catalogue's own dose for that level (a test checks this). A dose
/// above the catalogue's but within the limit is accepted with a warning; above the limit it is
/// refused, naming the limit and the rule.
public struct DoseLimits: Sendable, Equatable {
  /// The limits for one category at one level.
  public struct Limit: Sendable, Equatable {
    /// The rule the numbers come from.
    public var rule: RuleID
    /// The largest value allowed for each dose field, by the contract's field name (`sets`,
    /// `reps`, `hold_seconds`, `seconds`, `minutes`, `times_per_day`, `days_per_week`). A field
    /// not listed may not be raised above the catalogue's dose.
    public var maximum: [String: Int]

    public init(rule: RuleID, maximum: [String: Int]) {
      self.rule = rule
      self.maximum = maximum
    }
  }

  /// The limits by category and level.
  public var limits: [ExerciseCategory: [Irritability: Limit]]

  public init(limits: [ExerciseCategory: [Irritability: Limit]]) { self.limits = limits }

  /// The limit for `category` at `level`, if any.
  public func limit(for category: ExerciseCategory, at level: Irritability) -> Limit? {
    limits[category]?[level]
  }

  /// §3.4 `[TEAM]`: the tops of the table's ranges.
  public static let standard = DoseLimits(limits: [
    .nerveGlide: [
      .high: Limit(rule: .nerveGlidesByLevel, maximum: ["sets": 2, "reps": 10, "times_per_day": 3]),
      .moderate: Limit(rule: .nerveGlidesByLevel, maximum: ["sets": 3, "reps": 10, "times_per_day": 2]),
      .low: Limit(rule: .nerveGlidesByLevel, maximum: ["sets": 3, "reps": 15, "times_per_day": 2]),
    ],
    .directional: [
      .high: Limit(
        rule: .directionalByLevel,
        maximum: ["sets": 1, "reps": 10, "hold_seconds": 30, "minutes": 5, "times_per_day": 6]),
      .moderate: Limit(
        rule: .directionalByLevel,
        maximum: ["sets": 1, "reps": 12, "hold_seconds": 45, "minutes": 5, "times_per_day": 5]),
      .low: Limit(
        rule: .directionalByLevel,
        maximum: ["sets": 1, "reps": 12, "hold_seconds": 45, "minutes": 5, "times_per_day": 2]),
    ],
    .position: [
      .high: Limit(rule: .directionalByLevel, maximum: ["minutes": 10, "times_per_day": 6]),
      .moderate: Limit(rule: .directionalByLevel, maximum: ["minutes": 10, "times_per_day": 5]),
      .low: Limit(rule: .directionalByLevel, maximum: ["minutes": 10, "times_per_day": 3]),
    ],
    .strengthening: [
      .high: Limit(
        rule: .strengthByLevel,
        maximum: ["sets": 1, "reps": 8, "hold_seconds": 10, "times_per_day": 1, "days_per_week": 7]),
      .moderate: Limit(
        rule: .strengthByLevel,
        maximum: ["sets": 2, "reps": 12, "hold_seconds": 10, "times_per_day": 1, "days_per_week": 3]),
      .low: Limit(
        rule: .strengthByLevel,
        maximum: ["sets": 3, "reps": 12, "hold_seconds": 15, "times_per_day": 1, "days_per_week": 3]),
    ],
    .stretch: [
      .high: Limit(
        rule: .mobilityByLevel, maximum: ["sets": 2, "reps": 8, "hold_seconds": 30, "times_per_day": 2]),
      .moderate: Limit(
        rule: .mobilityByLevel, maximum: ["sets": 3, "reps": 10, "hold_seconds": 30, "times_per_day": 2]),
      .low: Limit(
        rule: .mobilityByLevel, maximum: ["sets": 3, "reps": 10, "hold_seconds": 60, "times_per_day": 2]),
    ],
    .aerobic: [
      .high: Limit(rule: .walkingByLevel, maximum: ["minutes": 10, "times_per_day": 4, "days_per_week": 7]),
      .moderate: Limit(
        rule: .walkingByLevel, maximum: ["minutes": 20, "times_per_day": 2, "days_per_week": 7]),
      .low: Limit(rule: .walkingByLevel, maximum: ["minutes": 30, "times_per_day": 2, "days_per_week": 7]),
    ],
    .massageGun: [
      .moderate: Limit(rule: .gunRoutine, maximum: ["seconds": 60, "times_per_day": 1, "days_per_week": 7]),
      .low: Limit(rule: .gunRoutine, maximum: ["seconds": 90, "times_per_day": 1, "days_per_week": 7]),
    ],
  ])
}
