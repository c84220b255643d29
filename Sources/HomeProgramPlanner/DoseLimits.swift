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
    /// The largest value allowed for each dose field. A field not listed may not be raised above
    /// the catalogue's dose.
    public var maximum: [Dose.Field: Int]

    public init(rule: RuleID, maximum: [Dose.Field: Int]) {
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
      .high: Limit(rule: .nerveGlidesByLevel, maximum: [.sets: 2, .reps: 10, .timesPerDay: 3]),
      .moderate: Limit(rule: .nerveGlidesByLevel, maximum: [.sets: 3, .reps: 10, .timesPerDay: 2]),
      .low: Limit(rule: .nerveGlidesByLevel, maximum: [.sets: 3, .reps: 15, .timesPerDay: 2]),
    ],
    .directional: [
      .high: Limit(
        rule: .directionalByLevel,
        maximum: [.sets: 1, .reps: 10, .holdSeconds: 30, .minutes: 5, .timesPerDay: 6]),
      .moderate: Limit(
        rule: .directionalByLevel,
        maximum: [.sets: 1, .reps: 12, .holdSeconds: 45, .minutes: 5, .timesPerDay: 5]),
      .low: Limit(
        rule: .directionalByLevel,
        maximum: [.sets: 1, .reps: 12, .holdSeconds: 45, .minutes: 5, .timesPerDay: 2]),
    ],
    .position: [
      .high: Limit(rule: .directionalByLevel, maximum: [.minutes: 10, .timesPerDay: 6]),
      .moderate: Limit(rule: .directionalByLevel, maximum: [.minutes: 10, .timesPerDay: 5]),
      .low: Limit(rule: .directionalByLevel, maximum: [.minutes: 10, .timesPerDay: 3]),
    ],
    .strengthening: [
      .high: Limit(
        rule: .strengthByLevel,
        maximum: [.sets: 1, .reps: 8, .holdSeconds: 10, .timesPerDay: 1, .daysPerWeek: 7]),
      .moderate: Limit(
        rule: .strengthByLevel,
        maximum: [.sets: 2, .reps: 12, .holdSeconds: 10, .timesPerDay: 1, .daysPerWeek: 3]),
      .low: Limit(
        rule: .strengthByLevel,
        maximum: [.sets: 3, .reps: 12, .holdSeconds: 15, .timesPerDay: 1, .daysPerWeek: 3]),
    ],
    .stretch: [
      .high: Limit(
        rule: .mobilityByLevel, maximum: [.sets: 2, .reps: 8, .holdSeconds: 30, .timesPerDay: 2]),
      .moderate: Limit(
        rule: .mobilityByLevel, maximum: [.sets: 3, .reps: 10, .holdSeconds: 30, .timesPerDay: 2]),
      .low: Limit(
        rule: .mobilityByLevel, maximum: [.sets: 3, .reps: 10, .holdSeconds: 60, .timesPerDay: 2]),
    ],
    .aerobic: [
      .high: Limit(rule: .walkingByLevel, maximum: [.minutes: 10, .timesPerDay: 4, .daysPerWeek: 7]),
      .moderate: Limit(
        rule: .walkingByLevel, maximum: [.minutes: 20, .timesPerDay: 2, .daysPerWeek: 7]),
      .low: Limit(rule: .walkingByLevel, maximum: [.minutes: 30, .timesPerDay: 2, .daysPerWeek: 7]),
    ],
    .massageGun: [
      .moderate: Limit(rule: .gunRoutine, maximum: [.seconds: 60, .timesPerDay: 1, .daysPerWeek: 7]),
      .low: Limit(rule: .gunRoutine, maximum: [.seconds: 90, .timesPerDay: 1, .daysPerWeek: 7]),
    ],
  ])
}
