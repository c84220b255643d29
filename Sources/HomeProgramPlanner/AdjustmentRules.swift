import HomeProgramModel

/// The therapist's last word (`adjust` in the profile): doses, order and notes per exercise,
/// within the limits (`DoseLimits`, §3.4) and never against an exclusion.
///
/// `problems` runs inside the planner on the items it selected (`Planner.checkedPlan`, and
/// `validationProblems` for every problem at once) and refuses, with the file, line and key path:
/// an id that is not in this patient's plan (an exercise left out by a contraindication or a rule
/// cannot be brought back this way: `include` is the way to ask, and it keeps the safety checks),
/// and a dose above its limit (naming the limit and its rule). `apply`, when there is no problem,
/// runs after selection and before the session estimate, so the estimate and the cover follow the
/// adjusted doses.
enum AdjustmentRules {
  /// Every adjustment that names an item not in `items`, and every dose above its limit, in id
  /// order (the web page shows each next to its field); empty when all are allowed.
  static func problems(
    _ profile: PatientProfile, items: [PlanItem], level: Irritability?, catalogue: Catalogue,
    configuration: PlannerConfiguration, file: String
  ) -> [InputError] {
    var problems: [InputError] = []
    for id in profile.adjust.keys.sorted() {
      guard let adjustment = profile.adjust[id] else { continue }
      let location = adjustment.origin.location(orFile: file)
      guard let item = items.first(where: { $0.id == id }), let level else {
        let reason =
          catalogue[id] == nil
          ? "catalogue ids (see `homeprogram catalogue list`)"
          : "exercises in this patient's plan (\(items.map(\.id).joined(separator: ", "))); to add one, use include"
        problems.append(
          .invalidValue(
            location, keyPath: "adjust", value: id, allowed: [reason],
            suggestion: Suggestion.closest(to: id, in: items.map(\.id))))
        continue
      }
      let limit = configuration.doseLimits.limit(for: item.category, at: level)
      for field in Dose.Field.allCases {
        guard let wanted = adjustment.doses[field] else { continue }
        let planned = item.dose[field]
        let maximum = max(limit?.maximum[field] ?? planned, planned)
        if wanted > maximum {
          let rule = limit.map { "\($0.rule)" } ?? "the catalogue's dose"
          problems.append(
            .outOfRange(
              location, keyPath: "adjust.\(id).\(field.rawValue)", value: String(wanted),
              allowed:
                "0 to \(maximum) for \(item.category.rawValue) at \(level.rawValue) irritability (\(rule), §3.4)"
            ))
        }
      }
      if let order = adjustment.order, order > items.count {
        problems.append(
          .outOfRange(
            location, keyPath: "adjust.\(id).order", value: String(order), allowed: "1 to \(items.count)"))
      }
    }
    return problems
  }

  /// Applies the adjustments to `items` (already checked), recording each change.
  static func apply(
    _ profile: PatientProfile, to items: inout [PlanItem], level: Irritability,
    configuration: PlannerConfiguration, log: inout DecisionLog
  ) {
    guard !profile.adjust.isEmpty else { return }
    for index in items.indices {
      guard let adjustment = profile.adjust[items[index].id] else { continue }
      let id = items[index].id
      var original: [String: Int] = [:]
      for field in Dose.Field.allCases {
        guard let wanted = adjustment.doses[field] else { continue }
        let planned = items[index].dose[field]
        guard wanted != planned else { continue }
        original[field.rawValue] = planned
        items[index].dose[field] = wanted
        log.decide(
          .therapistAdjust, "adjusted by the therapist: \(id) \(field.rawValue) \(planned) → \(wanted)")
        if wanted > planned {
          log.warn(
            "\(id) \(field.rawValue) \(wanted) is above the catalogue's \(planned) for \(level.rawValue) irritability (within the limit)"
          )
        }
      }
      if let note = adjustment.note {
        items[index].therapistNote = note
        log.decide(.therapistAdjust, "note from the therapist on \(id)")
      }
      if !original.isEmpty { items[index].adjusted = original }
    }
    // Moves, in the order of the wanted places, so each lands where the therapist put it.
    let moves = profile.adjust.compactMap { id, adjustment in adjustment.order.map { (id, $0) } }
      .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    for (id, place) in moves {
      guard let from = items.firstIndex(where: { $0.id == id }) else { continue }
      let to = min(place, items.count) - 1
      guard from != to else { continue }
      var item = items.remove(at: from)
      item.adjusted = (item.adjusted ?? [:]).merging(["order": from + 1]) { old, _ in old }
      items.insert(item, at: to)
      log.decide(.therapistAdjust, "adjusted by the therapist: \(id) order \(from + 1) → \(place)")
    }
  }
}
