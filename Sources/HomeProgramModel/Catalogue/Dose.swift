/// How much of one exercise to do. Field names follow the plan contract's `dose` object.
public struct Dose: Sendable, Equatable, Codable, Hashable {
  /// Sets per session (0 when not counted in sets).
  public var sets: Int
  /// Repetitions per set (0 when the item is held or timed).
  public var reps: Int
  /// Seconds to hold each repetition (0 when not held).
  public var holdSeconds: Int
  /// Seconds of continuous work, e.g. massage-gun time per side (0 when not timed in seconds).
  public var seconds: Int
  /// Minutes of continuous work, e.g. a walk or a rest position (0 when not timed in minutes).
  public var minutes: Int
  /// Sessions per day.
  public var timesPerDay: Int
  /// Days per week.
  public var daysPerWeek: Int
  /// True when the dose is done on each side (each leg) separately.
  public var perSide: Bool

  public init(
    sets: Int = 0, reps: Int = 0, holdSeconds: Int = 0, seconds: Int = 0, minutes: Int = 0,
    timesPerDay: Int = 1, daysPerWeek: Int = 7, perSide: Bool = false
  ) {
    self.sets = sets
    self.reps = reps
    self.holdSeconds = holdSeconds
    self.seconds = seconds
    self.minutes = minutes
    self.timesPerDay = timesPerDay
    self.daysPerWeek = daysPerWeek
    self.perSide = perSide
  }
}
