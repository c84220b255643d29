extension CatalogueLoader {
  /// The lines a short form of steps may have (the compact card's `short_steps` and its variants).
  static let shortStepLines = 2...4

  /// The compact card's forms of an entry's both-sides and condition wording: `short_both_sides`
  /// (`start` when `both_sides` has one, `steps` when it has steps) and `short_condition_steps` (for
  /// conditions `condition_steps` has), each list of 2 to 4 lines. Read after `both_sides` and
  /// `condition_steps`, so that a short form never stands without the wording it shortens.
  static func readShortVariants(of entry: MappingReader, id: String, into exercise: inout Exercise)
    throws(InputError)
  {
    func lines(_ reader: MappingReader, _ key: String) throws(InputError) -> [String]? {
      guard let list = try reader.stringList(key) else { return nil }
      guard shortStepLines.contains(list.count) else {
        throw .catalogue(
          reader.location(of: key), entryID: id, field: reader.keyPath(key),
          problem: "has \(list.count) lines; allowed 2–4")
      }
      return list
    }
    if let both = try entry.mapping("short_both_sides", allowed: ["start", "steps"]) {
      exercise.shortBothSidesStart = try both.string("start", maxLength: 300)
      exercise.shortBothSidesSteps = try lines(both, "steps")
      for (key, long, short) in [
        ("start", exercise.bothSidesStart != nil, exercise.shortBothSidesStart != nil),
        ("steps", exercise.bothSidesSteps != nil, exercise.shortBothSidesSteps != nil),
      ] where long != short {
        throw .catalogue(
          entry.location(of: "short_both_sides"), entryID: id, field: "short_both_sides." + key,
          problem: long
            ? "is missing: both_sides has a \(key), so its short form needs one"
            : "has nothing to shorten: both_sides has no \(key)")
      }
    }
    if let byCondition = try entry.mapping(
      "short_condition_steps", allowed: Condition.allCases.map(\.rawValue))
    {
      for condition in Condition.allCases {
        guard let steps = try lines(byCondition, condition.rawValue) else { continue }
        guard exercise.conditionSteps[condition] != nil else {
          throw .catalogue(
            byCondition.location(of: condition.rawValue), entryID: id,
            field: byCondition.keyPath(condition.rawValue),
            problem: "has nothing to shorten: condition_steps has no \(condition.rawValue)")
        }
        exercise.shortConditionSteps[condition] = steps
      }
    }
  }
}
