extension HandoutText {
  /// Checks that every list keyed by id covers its closed vocabulary, names only known ids and
  /// names none twice. `prefix` is put before the file names in messages (`es/` for Spanish).
  func validate(prefix: String = "") throws(HandoutTextError) {
    if general.dates.months.count != 12 {
      throw .invalidValue(
        file: prefix + "handout.yaml", path: "dates.months",
        reason: "needs 12 month names, January first; found \(general.dates.months.count).")
    }
    try Self.check(
      positions.positions.map(\.id), against: PositionID.self, file: prefix + "positions.yaml",
      list: "positions")
    // A figure's alternative text (the tagged PDF's /Alt) is what a screen reader says instead.
    for (index, entry) in positions.positions.enumerated() {
      for locale in [Clinic.Locale.enUS, .enGB]
      where entry.alt.text(for: locale).allSatisfy({ $0.isWhitespace || $0.isNewline }) {
        throw .invalidValue(
          file: prefix + "positions.yaml", path: "positions[\(index)].alt",
          reason: "must not be empty (\(locale.rawValue))")
      }
    }
    try Self.check(
      massageGun.zones.map(\.id), against: GunZone.self, file: prefix + "massage-gun.yaml", list: "zones")
    try Self.check(
      massageGun.avoidAreas.map(\.id), against: GunAvoidArea.self, file: prefix + "massage-gun.yaml",
      list: "avoid_areas")
    try Self.check(
      massageGun.notIncluded.map(\.id), against: GunExclusionReason.self, file: prefix + "massage-gun.yaml",
      list: "not_included")
    try Self.check(
      massageGun.precautionConditions.map(\.id), against: Condition.self,
      required: Condition.allCases.filter { $0.gunEffect == .onlyIfCleared },
      file: prefix + "massage-gun.yaml", list: "precaution_conditions")
    try Self.checkUnique(massageGun.speeds.map(\.id), file: prefix + "massage-gun.yaml", list: "speeds")
    try Self.checkUnique(
      massageGun.attachments.map(\.id), file: prefix + "massage-gun.yaml", list: "attachments")
    try Self.check(
      safety.redFlags.map(\.id), against: RedFlag.self, file: prefix + "safety.yaml", list: "red_flags")
  }

  private static func check<ID: RawRepresentable & CaseIterable>(
    _ ids: [String], against: ID.Type, required: [ID]? = nil, file: String, list: String
  ) throws(HandoutTextError) where ID.RawValue == String {
    try checkUnique(ids, file: file, list: list)
    for id in ids where ID(rawValue: id) == nil {
      throw .unknownEntry(file: file, list: list, id: id)
    }
    for id in required ?? Array(ID.allCases) where !ids.contains(id.rawValue) {
      throw .missingEntry(file: file, list: list, id: id.rawValue)
    }
  }

  private static func checkUnique(_ ids: [String], file: String, list: String) throws(HandoutTextError) {
    var seen: Set<String> = []
    for id in ids where !seen.insert(id).inserted {
      throw .duplicateEntry(file: file, list: list, id: id)
    }
  }
}
