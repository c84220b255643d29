import Foundation
import Yams

/// Reads a patient profile (YAML or JSON, contract `patient-profile.md` schema 1) strictly.
public enum ProfileReader {
  /// The highest profile schema this program understands.
  public static let supportedSchema = 1

  package static let topKeys = [
    "schema", "patient", "date", "therapist", "side", "cause", "symptoms", "red_flags", "conditions",
    "equipment", "cleared_for_massage_gun", "irritability_override", "exclude", "include", "notes",
    "adjust", "language",
  ]
  package static let patientKeys = ["name", "reference", "age"]
  package static let symptomKeys = [
    "pain_now", "pain_worst_24h", "settle_time", "night_pain", "duration_weeks", "below_knee",
    "peripheralises", "direction", "neuro",
  ]
  package static let overrideKeys = ["level", "reason"]

  /// Reads and validates the profile file at `path`.
  public static func read(path: String) throws(InputError) -> PatientProfile {
    try read(InputSource.file(path))
  }

  /// Reads and validates a profile from already-loaded text.
  public static func read(_ source: InputSource) throws(InputError) -> PatientProfile {
    try read(node: source.parse(), file: source.name)
  }

  /// Reads and validates a profile from a parsed node (used by batch input too). Throws the first
  /// problem; `readReportingAll` gives every one.
  public static func read(node: Node, file: String) throws(InputError) -> PatientProfile {
    switch readReportingAll(node: node, file: file) {
    case .success(let profile): return profile
    case .failure(let problems): throw problems.errors[0]
    }
  }

  /// Reads and validates a profile, going on after a problem so that every problem is reported
  /// at once (the web page shows each next to its field). A mapping with an unknown key stops at
  /// that mapping; each other field is checked on its own. Problems come in the profile's key
  /// order.
  public static func readReportingAll(node: Node, file: String) -> Result<PatientProfile, InputErrors> {
    var problems: [InputError] = []
    func check<T>(_ read: () throws(InputError) -> T) -> T? { checked(&problems, read) }
    guard let root = check({ () throws(InputError) in try MappingReader(node, file: file, allowed: topKeys) })
    else { return .failure(InputErrors(problems)) }
    let schema = check { () throws(InputError) in try root.int("schema", in: 1...Int.max) ?? 1 } ?? 1
    if schema > supportedSchema {
      return .failure(
        InputErrors([
          .unsupportedSchema(root.location(of: "schema"), value: schema, supported: supportedSchema)
        ]))
    }

    let patient = check { () throws(InputError) in try readPatient(root) }
    let date = check { () throws(InputError) in try readDate(root) }
    let symptomsReader = check { () throws(InputError) in
      try root.require("symptoms") { key throws(InputError) in try root.mapping(key, allowed: symptomKeys) }
    }
    let symptoms = symptomsReader.flatMap { readSymptoms($0, problems: &problems) }
    let override = check { () throws(InputError) in try readOverride(root) }
    let therapist = check { () throws(InputError) in try root.string("therapist", maxLength: 200) }
    let side = check { () throws(InputError) in
      try root.require("side") { key throws(InputError) in try root.oneOf(key, Side.self) }
    }
    let cause = check { () throws(InputError) in
      try root.require("cause") { key throws(InputError) in try root.oneOf(key, Cause.self) }
    }
    let redFlags = check { () throws(InputError) in try root.listOf("red_flags", RedFlag.self) ?? [] }
    let conditions = check { () throws(InputError) in try root.listOf("conditions", Condition.self) ?? [] }
    let equipment = check { () throws(InputError) in try root.listOf("equipment", Equipment.self) ?? [] }
    let cleared = check { () throws(InputError) in try root.bool("cleared_for_massage_gun") ?? false }
    let exclude = check { () throws(InputError) in try idList(root, "exclude") }
    let include = check { () throws(InputError) in try idList(root, "include") }
    let notes = check { () throws(InputError) in try root.string("notes", maxLength: 2_000) }
    let adjust = check { () throws(InputError) in try readAdjust(root) }
    let language = check { () throws(InputError) in try root.oneOf("language", Language.self) ?? .en }

    guard problems.isEmpty, let patient, let date, let symptoms, let override, let therapist, let side,
      let cause, let redFlags, let conditions, let equipment, let cleared, let exclude, let include,
      let notes, let adjust, let language
    else { return .failure(InputErrors(problems)) }
    var profile = PatientProfile(
      schema: schema, patient: patient, date: date, therapist: therapist, side: side, cause: cause,
      symptoms: symptoms, redFlags: unique(redFlags), conditions: unique(conditions),
      equipment: unique(equipment), clearedForMassageGun: cleared, irritabilityOverride: override,
      exclude: unique(exclude), include: unique(include), notes: notes, adjust: adjust)
    profile.language = language
    return .success(profile)
  }

  private static func readPatient(_ root: MappingReader) throws(InputError) -> PatientProfile.Patient {
    let patientReader = try root.require("patient") { key throws(InputError) in
      try root.mapping(key, allowed: patientKeys)
    }
    let name = try patientReader.require("name") { key throws(InputError) in
      try patientReader.string(key, maxLength: 500)
    }
    if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .invalidFormat(
        patientReader.location(of: "name"), keyPath: "patient.name", value: name,
        expected: "the patient's name (not empty)")
    }
    return PatientProfile.Patient(
      name: name,
      reference: try patientReader.string("reference", maxLength: 100),
      age: try patientReader.int("age", in: 0...130))
  }

  /// The handout date, checked and written back as YYYY-MM-DD; nil when not given.
  private static func readDate(_ root: MappingReader) throws(InputError) -> String? {
    guard let text = try root.string("date", maxLength: 40) else { return nil }
    guard let valid = ISODate(text) else {
      throw .invalidFormat(
        root.location(of: "date"), keyPath: "date", value: text,
        expected: "a calendar date written YYYY-MM-DD, e.g. 2026-11-25")
    }
    return valid.description
  }

  private static func readOverride(_ root: MappingReader) throws(InputError)
    -> PatientProfile.IrritabilityOverride?
  {
    guard let reader = try root.mapping("irritability_override", allowed: overrideKeys) else { return nil }
    let level = try reader.require("level") { key throws(InputError) in
      try reader.oneOf(key, Irritability.self)
    }
    let reason = try reader.require("reason") { key throws(InputError) in
      try reader.string(key, maxLength: 1_000)
    }
    if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .invalidFormat(
        reader.location(of: "reason"), keyPath: "irritability_override.reason", value: reason,
        expected: "the reason for the override (it is printed in the plan)")
    }
    return .init(level: level, reason: reason)
  }

  /// The largest number any dose field of `adjust` may hold before the planner's own, tighter
  /// limits (which name their rule) are applied: a guard against typing mistakes.
  static let adjustMaximum = 1_000

  /// The therapist's `adjust` map: catalogue id → dose fields, order and note. Ids and keys are
  /// checked here (with their line); whether the id is in this patient's plan, and whether a dose
  /// is within its limit, is the planner's check (`Planner.checkedPlan`).
  private static func readAdjust(_ root: MappingReader) throws(InputError) -> [String: DoseAdjustment] {
    guard let node = root.node("adjust") else { return [:] }
    guard case .mapping(let mapping) = node else {
      throw .wrongType(
        root.location(of: "adjust"), keyPath: "adjust", found: MappingReader.describe(node),
        expected: "a mapping of catalogue ids to changes, e.g. ST01: {sets: 3}")
    }
    var result: [String: DoseAdjustment] = [:]
    for (keyNode, value) in mapping {
      let written = keyNode.scalar?.string ?? ""
      let location = MappingReader.location(root.file, keyNode.mark)
      guard let id = catalogueID(written) else {
        throw .invalidFormat(
          location, keyPath: "adjust", value: written,
          expected: "a catalogue id such as ST01 (see `homeprogram catalogue list`)")
      }
      guard result[id] == nil else { throw .duplicateKey(location, keyPath: "adjust", keys: [written]) }
      let reader = try MappingReader(
        value, file: root.file, path: "adjust.\(id)", allowed: DoseAdjustment.keys)
      var adjustment = DoseAdjustment(origin: SourceOrigin(location))
      for field in Dose.Field.allCases {
        adjustment.doses[field] = try reader.int(field.rawValue, in: 0...adjustMaximum)
      }
      adjustment.order = try reader.int("order", in: 1...adjustMaximum)
      if let note = try reader.string("note", maxLength: 500) {
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        adjustment.note = trimmed.isEmpty ? nil : trimmed
      }
      result[id] = adjustment
    }
    return result
  }

  /// The value `read` gives, or nil after adding its problem to `problems`.
  private static func checked<T>(_ problems: inout [InputError], _ read: () throws(InputError) -> T) -> T? {
    do {
      return try read()
    } catch {
      problems.append(error)
      return nil
    }
  }

  /// The symptoms, each field checked on its own; nil after recording any problem.
  private static func readSymptoms(
    _ reader: MappingReader, problems: inout [InputError]
  ) -> PatientProfile.Symptoms? {
    func required<T>(_ key: String, _ read: (String) throws(InputError) -> T?) -> T? {
      checked(&problems) { () throws(InputError) in try reader.require(key, read) }
    }
    let painNow = required("pain_now") { key throws(InputError) in try reader.int(key, in: 0...10) }
    let painWorst = required("pain_worst_24h") { key throws(InputError) in try reader.int(key, in: 0...10) }
    let settleTime = required("settle_time") { key throws(InputError) in
      try reader.oneOf(key, SettleTime.self)
    }
    let nightPain = required("night_pain") { key throws(InputError) in try reader.oneOf(key, NightPain.self) }
    let weeks = required("duration_weeks") { key throws(InputError) in try reader.int(key, in: 0...520) }
    let belowKnee = required("below_knee") { key throws(InputError) in try reader.bool(key) }
    let peripheralises = required("peripheralises") { key throws(InputError) in
      try reader.oneOf(key, Peripheralisation.self)
    }
    let direction: EasingDirection =
      checked(&problems) { () throws(InputError) in
        try reader.oneOf("direction", EasingDirection.self) ?? .untested
      }
      ?? .untested
    let neuro = required("neuro") { key throws(InputError) in try reader.oneOf(key, NeuroStatus.self) }
    guard let painNow, let painWorst, let settleTime, let nightPain, let weeks, let belowKnee,
      let peripheralises, let neuro
    else { return nil }
    return PatientProfile.Symptoms(
      painNow: painNow, painWorst24h: painWorst, settleTime: settleTime, nightPain: nightPain,
      durationWeeks: weeks, belowKnee: belowKnee, peripheralises: peripheralises, direction: direction,
      neuro: neuro)
  }

  /// Catalogue ids (`exclude`, `include`): upper-cased, shape-checked here; existence is checked
  /// against the catalogue by `ProfileValidator`.
  private static func idList(_ reader: MappingReader, _ key: String) throws(InputError) -> [String] {
    guard let ids = try reader.stringList(key) else { return [] }
    var result: [String] = []
    for (index, id) in ids.enumerated() {
      guard let trimmed = catalogueID(id) else {
        throw .invalidFormat(
          reader.location(of: key), keyPath: "\(key)[\(index)]", value: id,
          expected: "a catalogue id such as NG01 (see `homeprogram catalogue list`)")
      }
      result.append(trimmed)
    }
    return result
  }

  /// `text` as a catalogue id (trimmed, upper-cased: `st01` is ST01) when it has the shape of one:
  /// 1 to 16 letters and digits. Whether the catalogue has it is checked later, against the
  /// catalogue in use.
  public static func catalogueID(_ text: some StringProtocol) -> String? {
    let id = text.trimmingCharacters(in: .whitespaces).uppercased()
    guard id.count <= 16, !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
    return id
  }

  private static func unique<T: Equatable>(_ values: [T]) -> [T] {
    var result: [T] = []
    for value in values where !result.contains(value) { result.append(value) }
    return result
  }
}
