import Foundation
import Yams

/// Loads a catalogue folder (or one file) and validates it: unique ids, known tags, sane doses,
/// and every progression/regression id present. Errors name the file, the entry and the field.
public enum CatalogueLoader {
  static let headerKeys = ["version", "title", "exercises"]
  static let entryKeys = [
    "id", "name", "alt", "category", "tags", "purpose", "start", "steps", "cues", "mistakes", "dose",
    "progression",
    "progression_note", "regression", "regression_note", "causes", "direction_bias", "equipment",
    "contraindicated_conditions", "cautions", "condition_cautions", "rule_refs", "gun_zone", "figure",
    "both_sides", "bias_notes",
    "condition_steps", "short_start", "short_steps", "short_both_sides", "short_condition_steps",
  ]
  static let doseKeys =
    Dose.Field.allCases.map(\.rawValue) + [
      "per_side", "note", "steps", "cues", "progression_note", "regression_note",
    ]
  /// Largest catalogue file accepted, in bytes.
  public static let fileByteLimit = 4 << 20

  /// Loads a folder of catalogue files, or a single file. A single file is merged over `base`
  /// (the bundled catalogue in the product: its entries replace entries with the same id), so a
  /// clinic can check one edited file on its own. `base` is asked for only for a single file.
  public static func load(
    path: String, base: () throws(InputError) -> Catalogue
  ) throws(InputError) -> Catalogue {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: path)
    }
    if isDirectory.boolValue {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: path)
      } catch {
        throw .unreadable(path: path, reason: error.localizedDescription)
      }
      let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      guard !files.isEmpty else {
        throw .unreadable(path: path, reason: "no .yaml files in the catalogue folder")
      }
      let folder = URL(fileURLWithPath: path)
      let parts = try files.map { file throws(InputError) in
        try readFile(folder.appendingPathComponent(file).path)
      }
      return try assemble(parts, origin: path)
    }
    let single = try readFile(path)
    let base = try base()
    let replaced = Set(single.entries.map(\.exercise.id))
    let kept = base.entries.filter { !replaced.contains($0.id) }.map {
      LocatedEntry(exercise: $0, location: SourceLocation(file: "bundled catalogue"))
    }
    let merged = FilePart(
      version: single.version ?? base.version, title: single.title ?? base.title,
      entries: kept + single.entries)
    return try assemble([merged], origin: path)
  }

  struct LocatedEntry {
    var exercise: Exercise
    var location: SourceLocation
  }

  struct FilePart {
    var version: String?
    var title: String?
    var entries: [LocatedEntry]
  }

  static func readFile(_ path: String) throws(InputError) -> FilePart {
    let source = try InputSource.file(path, byteLimit: fileByteLimit)
    let root = try MappingReader(source.parse(), file: source.name, allowed: headerKeys)
    var part = FilePart(
      version: try root.string("version", maxLength: 40), title: try root.string("title", maxLength: 200),
      entries: [])
    for node in try root.sequence("exercises") ?? [] {
      part.entries.append(try readEntry(node, file: source.name))
    }
    return part
  }

  static func readEntry(_ node: Node, file: String) throws(InputError) -> LocatedEntry {
    let location = MappingReader.location(file, node.mark)
    // Read the id first so every later message can name the entry.
    let peek = try MappingReader(node, file: file, path: "entry", allowed: entryKeys)
    let id = try peek.require("id") { key throws(InputError) in try peek.string(key, maxLength: 16) }
    guard id.count >= 2, id.first?.isUppercase == true,
      id.allSatisfy({ ($0.isUppercase || $0.isNumber || $0 == "_" || $0 == "-") && $0.isASCII })
    else {
      throw .catalogue(
        peek.location(of: "id"), entryID: id, field: "id",
        problem: "'\(id)' is not a valid id; use capital letters and digits, e.g. NG06")
    }
    let entry = try MappingReader(node, file: file, path: id, allowed: entryKeys)
    func text(_ key: String) throws(InputError) -> String {
      let value = try entry.require(key) { key throws(InputError) in try entry.string(key, maxLength: 2_000) }
      if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw .catalogue(entry.location(of: key), entryID: id, field: key, problem: "must not be empty")
      }
      return value
    }
    func lines(_ key: String, _ range: ClosedRange<Int>) throws(InputError) -> [String] {
      let values = try entry.stringList(key) ?? []
      guard range.contains(values.count) else {
        throw .catalogue(
          entry.location(of: key), entryID: id, field: key,
          problem: "has \(values.count) lines; allowed \(range.lowerBound)–\(range.upperBound)")
      }
      return values
    }
    let category = try entry.require("category") { key throws(InputError) in
      try entry.oneOf(key, ExerciseCategory.self)
    }
    let tags = try entry.require("tags") { key throws(InputError) in try entry.listOf(key, ExerciseTag.self) }
    var doses: [Irritability: LevelDose] = [:]
    let doseReader = try entry.require("dose") { key throws(InputError) in
      try entry.mapping(key, allowed: Irritability.allCases.map(\.rawValue))
    }
    for level in Irritability.allCases {
      guard let reader = try doseReader.mapping(level.rawValue, allowed: doseKeys) else { continue }
      doses[level] = try readDose(reader, id: id)
    }
    var exercise = Exercise(
      id: id, name: try text("name"), category: category, tags: tags, purpose: try text("purpose"),
      start: try text("start"), steps: try lines("steps", 1...8), cues: try lines("cues", 0...6),
      mistakes: try lines("mistakes", 0...6), doses: doses,
      causes: try entry.require("causes") { key throws(InputError) in try entry.listOf(key, Cause.self) },
      directionBias: try entry.require("direction_bias") { key throws(InputError) in
        try entry.oneOf(key, DirectionBias.self)
      })
    exercise.alt = try text("alt")
    exercise.progression = try entry.stringList("progression") ?? []
    exercise.progressionNote = try entry.string("progression_note", maxLength: 500)
    exercise.regression = try entry.stringList("regression") ?? []
    exercise.regressionNote = try entry.string("regression_note", maxLength: 500)
    exercise.equipment = try entry.listOf("equipment", Equipment.self) ?? []
    exercise.contraindicatedConditions = try entry.listOf("contraindicated_conditions", Condition.self) ?? []
    exercise.cautions = try entry.stringList("cautions") ?? []
    exercise.conditionCautions = try linesByCondition("condition_cautions", of: entry, id: id, count: 1...3)
    exercise.ruleRefs = try entry.stringList("rule_refs") ?? []
    exercise.gunZone = try entry.oneOf("gun_zone", GunZone.self)
    exercise.figure = try FigureSpecReader.read("figure", of: entry, id: id)
    if let both = try entry.mapping("both_sides", allowed: ["start", "steps"]) {
      exercise.bothSidesStart = try both.string("start", maxLength: 2_000)
      if let steps = try both.stringList("steps") {
        guard (1...8).contains(steps.count) else {
          throw .catalogue(
            both.location(of: "steps"), entryID: id, field: both.keyPath("steps"),
            problem: "has \(steps.count) lines; allowed 1–8")
        }
        exercise.bothSidesSteps = steps
      }
    }
    exercise.conditionSteps = try linesByCondition("condition_steps", of: entry, id: id, count: 1...8)
    exercise.shortStart = try entry.string("short_start", maxLength: 300)
    if let short = try entry.stringList("short_steps") {
      guard Self.shortStepLines.contains(short.count) else {
        throw .catalogue(
          entry.location(of: "short_steps"), entryID: id, field: "short_steps",
          problem: "has \(short.count) lines; allowed 2–4")
      }
      exercise.shortSteps = short
    }
    if (exercise.shortStart == nil) != (exercise.shortSteps == nil) {
      let missing = exercise.shortStart == nil ? "short_start" : "short_steps"
      throw .catalogue(
        location, entryID: id, field: missing,
        problem: "is missing; short_start and short_steps go together")
    }
    try readShortVariants(of: entry, id: id, into: &exercise)
    if let notes = try entry.mapping("bias_notes", allowed: DirectionBias.allCases.map(\.rawValue)) {
      for bias in DirectionBias.allCases {
        if let note = try notes.string(bias.rawValue, maxLength: 300) { exercise.biasNotes[bias] = note }
      }
    }
    try checkEntry(exercise, entry: entry)
    return LocatedEntry(exercise: exercise, location: location)
  }

  /// A mapping of condition id to lines (`condition_steps`, `condition_cautions`), each list
  /// `count` lines long; empty when the entry has no `key`.
  static func linesByCondition(
    _ key: String, of entry: MappingReader, id: String, count: ClosedRange<Int>
  ) throws(InputError) -> [Condition: [String]] {
    guard let byCondition = try entry.mapping(key, allowed: Condition.allCases.map(\.rawValue)) else {
      return [:]
    }
    var result: [Condition: [String]] = [:]
    for condition in Condition.allCases {
      guard let lines = try byCondition.stringList(condition.rawValue) else { continue }
      guard count.contains(lines.count) else {
        throw .catalogue(
          byCondition.location(of: condition.rawValue), entryID: id,
          field: byCondition.keyPath(condition.rawValue),
          problem: "has \(lines.count) lines; allowed \(count.lowerBound)–\(count.upperBound)")
      }
      result[condition] = lines
    }
    return result
  }

  static func readDose(_ reader: MappingReader, id: String) throws(InputError) -> LevelDose {
    let dose = Dose(
      sets: try reader.int("sets", in: 0...5) ?? 0,
      reps: try reader.int("reps", in: 0...30) ?? 0,
      holdSeconds: try reader.int("hold_seconds", in: 0...300) ?? 0,
      seconds: try reader.int("seconds", in: 0...120) ?? 0,
      minutes: try reader.int("minutes", in: 0...60) ?? 0,
      timesPerDay: try reader.int("times_per_day", in: 1...8) ?? 1,
      daysPerWeek: try reader.int("days_per_week", in: 1...7) ?? 7,
      perSide: try reader.bool("per_side") ?? false)
    if dose.reps == 0 && dose.holdSeconds == 0 && dose.seconds == 0 && dose.minutes == 0 {
      throw .catalogue(
        reader.location, entryID: id, field: reader.path,
        problem: "a dose needs reps, hold_seconds, seconds or minutes")
    }
    var levelDose = LevelDose(dose: dose, note: try reader.string("note", maxLength: 300))
    // The easier (or harder) version given at this level: its own steps and tips, so the card never
    // contradicts its note.
    for (key, range) in [("steps", 1...8), ("cues", 0...6)] {
      guard let values = try reader.stringList(key) else { continue }
      guard range.contains(values.count) else {
        throw .catalogue(
          reader.location(of: key), entryID: id, field: reader.keyPath(key),
          problem: "has \(values.count) lines; allowed \(range.lowerBound)–\(range.upperBound)")
      }
      if key == "steps" { levelDose.steps = values } else { levelDose.cues = values }
    }
    levelDose.progressionNote = try reader.string("progression_note", maxLength: 500)
    levelDose.regressionNote = try reader.string("regression_note", maxLength: 500)
    return levelDose
  }

  /// Rules that need the whole entry: tag shape, massage-gun consistency.
  static func checkEntry(_ exercise: Exercise, entry: MappingReader) throws(InputError) {
    let id = exercise.id
    let directions = exercise.tags.filter { ExerciseTag.directions.contains($0) }
    if directions.count != 1 {
      throw .catalogue(
        entry.location(of: "tags"), entryID: id, field: "tags",
        problem:
          "needs exactly one direction tag (extension, flexion or neutral_spine); found \(directions.count)")
    }
    if !exercise.tags.contains(where: { ExerciseTag.positions.contains($0) }) {
      throw .catalogue(
        entry.location(of: "tags"), entryID: id, field: "tags",
        problem: "needs a position tag (prone, supine, side_lying, seated, standing or all_fours)")
    }
    if exercise.category == .nerveGlide && !exercise.tags.contains(.slider)
      && !exercise.tags.contains(.tensioner)
    {
      throw .catalogue(
        entry.location(of: "tags"), entryID: id, field: "tags",
        problem: "a nerve glide needs slider or tensioner")
    }
    if exercise.doses.isEmpty {
      throw .catalogue(
        entry.location(of: "dose"), entryID: id, field: "dose",
        problem: "needs a dose for at least one irritability level (high, moderate, low)")
    }
    if exercise.causes.isEmpty {
      throw .catalogue(
        entry.location(of: "causes"), entryID: id, field: "causes", problem: "must list a cause")
    }
    let isGun = exercise.category == .massageGun
    if isGun != (exercise.gunZone != nil) {
      throw .catalogue(
        entry.location(of: "gun_zone"), entryID: id, field: "gun_zone",
        problem: isGun
          ? "a massage_gun entry needs gun_zone (glutes, hamstrings, quads or calves)"
          : "only massage_gun entries may have a gun_zone")
    }
    if isGun && exercise.doses[.high] != nil {
      throw .catalogue(
        entry.location(of: "dose"), entryID: id, field: "dose.high",
        problem: "the massage gun is never used at high irritability (MG-CI-10)")
    }
  }

  static func assemble(_ parts: [FilePart], origin: String) throws(InputError) -> Catalogue {
    guard let version = parts.compactMap(\.version).first else {
      throw .missingKey(SourceLocation(file: origin), keyPath: "version (in catalogue.yaml)")
    }
    let title = parts.compactMap(\.title).first ?? "Exercise catalogue"
    let entries = parts.flatMap(\.entries)
    var seen: [String: SourceLocation] = [:]
    for entry in entries {
      if let first = seen[entry.exercise.id] {
        throw .catalogue(
          entry.location, entryID: entry.exercise.id, field: "id",
          problem: "duplicate id; it is already used at \(first)")
      }
      seen[entry.exercise.id] = entry.location
    }
    let known = Set(seen.keys)
    let ids = known.sorted()
    for entry in entries {
      for (field, references) in [
        ("progression", entry.exercise.progression), ("regression", entry.exercise.regression),
      ] {
        for reference in references where !known.contains(reference) || reference == entry.exercise.id {
          let problem =
            reference == entry.exercise.id
            ? "refers to itself"
            : "'\(reference)' is not a catalogue id"
              + (Suggestion.closest(to: reference, in: ids).map { " (did you mean '\($0)'?)" } ?? "")
          throw .catalogue(entry.location, entryID: entry.exercise.id, field: field, problem: problem)
        }
      }
    }
    return Catalogue(version: version, title: title, entries: entries.map(\.exercise))
  }
}
