extension Dose {
  /// The counted fields of a dose, by their contract names, in the contract's order: what a
  /// therapist may adjust (`DoseAdjustment`) and what the limits bound (`DoseLimits`).
  public enum Field: String, Sendable, Hashable, CaseIterable {
    case sets, reps
    case holdSeconds = "hold_seconds"
    case seconds, minutes
    case timesPerDay = "times_per_day"
    case daysPerWeek = "days_per_week"
  }

  /// The value of `field`.
  public subscript(field: Field) -> Int {
    get {
      switch field {
      case .sets: sets
      case .reps: reps
      case .holdSeconds: holdSeconds
      case .seconds: seconds
      case .minutes: minutes
      case .timesPerDay: timesPerDay
      case .daysPerWeek: daysPerWeek
      }
    }
    set {
      switch field {
      case .sets: sets = newValue
      case .reps: reps = newValue
      case .holdSeconds: holdSeconds = newValue
      case .seconds: seconds = newValue
      case .minutes: minutes = newValue
      case .timesPerDay: timesPerDay = newValue
      case .daysPerWeek: daysPerWeek = newValue
      }
    }
  }
}
