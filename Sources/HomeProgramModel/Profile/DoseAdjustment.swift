/// The therapist's change to one exercise of the plan (the profile's `adjust` map, keyed by
/// catalogue id): any dose field, the item's place in the list, and a note for its card.
///
/// Every part is optional; a dose field left out keeps the planner's value. The planner refuses
/// an adjustment to an exercise that is not in the patient's plan or a dose above its limit
/// (`Planner.checkedPlan`).
public struct DoseAdjustment: Sendable, Equatable {
  /// The dose fields the therapist set.
  public var doses: [Dose.Field: Int]
  /// The item's place in the handout's list, from 1.
  public var order: Int?
  /// Printed on the exercise's card as "From your therapist".
  public var note: String?
  /// Where the adjustment was read, for error messages; not part of its value.
  public var origin: SourceOrigin

  public init(
    _ doses: [Dose.Field: Int] = [:], order: Int? = nil, note: String? = nil,
    origin: SourceOrigin = SourceOrigin()
  ) {
    self.doses = doses
    self.order = order
    self.note = note
    self.origin = origin
  }

  /// Every key an adjustment may have.
  public static let keys = Dose.Field.allCases.map(\.rawValue) + ["order", "note"]
}
