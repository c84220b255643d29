/// The therapist's change to one exercise of the plan (the profile's `adjust` map, keyed by
/// catalogue id): any dose field, the item's place in the list, and a note for its card.
///
/// Every field is optional; one left out keeps the planner's value. The planner refuses an
/// adjustment to an exercise that is not in the patient's plan or a dose above the catalogue's
/// limit (`Planner.validate`).
public struct DoseAdjustment: Sendable, Equatable {
  /// Sets per session.
  public var sets: Int?
  /// Repetitions per set.
  public var reps: Int?
  /// Seconds to hold each repetition.
  public var holdSeconds: Int?
  /// Seconds of continuous work (the massage gun's time per side).
  public var seconds: Int?
  /// Minutes of continuous work (a walk, a rest position).
  public var minutes: Int?
  /// Sessions per day.
  public var timesPerDay: Int?
  /// Days per week.
  public var daysPerWeek: Int?
  /// The item's place in the handout's list, from 1.
  public var order: Int?
  /// Printed on the exercise's card as "From your therapist".
  public var note: String?
  /// Where the adjustment was read, for error messages; not part of its value.
  public var origin: SourceOrigin

  public init(
    sets: Int? = nil, reps: Int? = nil, holdSeconds: Int? = nil, seconds: Int? = nil, minutes: Int? = nil,
    timesPerDay: Int? = nil, daysPerWeek: Int? = nil, order: Int? = nil, note: String? = nil,
    origin: SourceOrigin = SourceOrigin()
  ) {
    self.sets = sets
    self.reps = reps
    self.holdSeconds = holdSeconds
    self.seconds = seconds
    self.minutes = minutes
    self.timesPerDay = timesPerDay
    self.daysPerWeek = daysPerWeek
    self.order = order
    self.note = note
    self.origin = origin
  }

  /// The dose fields, by their contract names, in the contract's order.
  public static let doseFields:
    [(
      key: String, path: WritableKeyPath<DoseAdjustment, Int?> & Sendable,
      dose: WritableKeyPath<Dose, Int> & Sendable
    )] = [
      ("sets", \.sets, \.sets), ("reps", \.reps, \.reps), ("hold_seconds", \.holdSeconds, \.holdSeconds),
      ("seconds", \.seconds, \.seconds), ("minutes", \.minutes, \.minutes),
      ("times_per_day", \.timesPerDay, \.timesPerDay), ("days_per_week", \.daysPerWeek, \.daysPerWeek),
    ]

  /// Every key an adjustment may have.
  public static let keys = doseFields.map(\.key) + ["order", "note"]
}
