// A translated catalogue is an overlay: `catalogue/es/X.yaml` holds, for every entry of the
// English `catalogue/X.yaml` (by id, nothing else), exactly the word fields the English entry
// has, with the same keys, nesting and list lengths. Doses, tags, figures and every rule stay the
// English catalogue's; only the words are replaced. A missing word, entry or file is an error
// naming the translated file, the entry and the field, never a fallback to English.
import Foundation
import Yams

/// Reads a translated catalogue overlay and applies it to the English catalogue.
public enum CatalogueTranslation {
  /// The keys an overlay entry may have: the id and the entry's words.
  static let entryKeys = [
    "id", "name", "alt", "purpose", "start", "steps", "cues", "mistakes", "cautions", "progression_note",
    "regression_note", "both_sides", "condition_steps", "bias_notes", "dose", "short_start", "short_steps",
    "short_both_sides", "short_condition_steps", "condition_cautions",
  ]
  /// The word keys of one dose level.
  static let doseKeys = ["note", "steps", "cues", "progression_note", "regression_note"]

  /// `english` (read from the catalogue folder `folder`) with the words of `language` from
  /// `folder/<language>/`, one overlay file per English file that holds entries. English is
  /// returned unchanged.
  public static func load(folder: String, language: Language, english: Catalogue) throws(InputError)
    -> Catalogue
  {
    guard let sub = language.folder else { return english }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw .unreadable(path: folder, reason: error.localizedDescription)
    }
    let base = URL(fileURLWithPath: folder)
    let translatedFolder = base.appendingPathComponent(sub)
    var translated: [String: Exercise] = [:]
    var covered: Set<String> = []
    for name in names.filter({ $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }).sorted() {
      let englishPart = try CatalogueLoader.readFile(base.appendingPathComponent(name).path)
      let ids = englishPart.entries.map(\.exercise.id)
      covered.insert(name)
      guard !ids.isEmpty else { continue }
      let path = translatedFolder.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: path) else {
        throw .unreadable(
          path: "\(sub)/\(name)",
          reason:
            "missing: every English catalogue file needs its \(language.rawValue) words (\(name) has \(ids.count) entries)"
        )
      }
      let overlay = try readOverlay(path: path, display: "\(sub)/\(name)")
      for id in ids {
        guard let entry = english.entries.first(where: { $0.id == id }) else { continue }
        guard let node = overlay.entries[id] else {
          throw .catalogue(
            SourceLocation(file: "\(sub)/\(name)"), entryID: id, field: "id",
            problem: "missing: the English \(name) has this entry, so its words are needed here")
        }
        translated[id] = try apply(node, to: entry, file: "\(sub)/\(name)")
      }
      for (id, location) in overlay.order where !ids.contains(id) {
        throw .catalogue(
          location, entryID: id, field: "id",
          problem: "not an entry of the English \(name); only its ids may be here")
      }
    }
    if let extra = try? FileManager.default.contentsOfDirectory(atPath: translatedFolder.path) {
      for name in extra.sorted()
      where (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !covered.contains(name) {
        throw .unreadable(path: "\(sub)/\(name)", reason: "there is no English \(name) for it to translate")
      }
    }
    return Catalogue(
      version: english.version, title: english.title, entries: english.entries.map { translated[$0.id] ?? $0 }
    )
  }

  struct Overlay {
    var entries: [String: Node] = [:]
    var order: [(id: String, location: SourceLocation)] = []
  }

  static func readOverlay(path: String, display: String) throws(InputError) -> Overlay {
    let source = try InputSource.file(path, byteLimit: CatalogueLoader.fileByteLimit)
    let root = try MappingReader(source.parse(), file: display, allowed: ["exercises"])
    var overlay = Overlay()
    for node in try root.require("exercises", { key throws(InputError) in try root.sequence(key) }) {
      let reader = try MappingReader(node, file: display, path: "entry", allowed: entryKeys)
      let id = try reader.require("id") { key throws(InputError) in try reader.string(key, maxLength: 16) }
      if overlay.entries[id] != nil {
        throw .catalogue(reader.location(of: "id"), entryID: id, field: "id", problem: "duplicate id")
      }
      overlay.entries[id] = node
      overlay.order.append((id, reader.location(of: "id")))
    }
    return overlay
  }

  /// `entry` with the words of `node`; every word field of `entry` must be there, and no other.
  static func apply(_ node: Node, to entry: Exercise, file: String) throws(InputError) -> Exercise {
    let id = entry.id
    let reader = try MappingReader(node, file: file, path: id, allowed: entryKeys)
    var words = WordReader(reader: reader, id: id)
    var result = entry
    result.name = try words.text("name", english: entry.name) ?? entry.name
    result.alt = try words.text("alt", english: entry.alt)
    result.purpose = try words.text("purpose", english: entry.purpose) ?? entry.purpose
    result.start = try words.text("start", english: entry.start) ?? entry.start
    result.steps = try words.lines("steps", english: entry.steps) ?? []
    result.cues = try words.lines("cues", english: entry.cues) ?? []
    result.mistakes = try words.lines("mistakes", english: entry.mistakes) ?? []
    result.cautions = try words.lines("cautions", english: entry.cautions) ?? []
    result.conditionCautions = try words.linesByCondition(
      "condition_cautions", english: entry.conditionCautions)
    result.progressionNote = try words.text("progression_note", english: entry.progressionNote)
    result.regressionNote = try words.text("regression_note", english: entry.regressionNote)
    result.shortStart = try words.text("short_start", english: entry.shortStart)
    result.shortSteps = try words.lines("short_steps", english: entry.shortSteps)

    (result.bothSidesStart, result.bothSidesSteps) = try words.startAndSteps(
      "both_sides", english: (entry.bothSidesStart, entry.bothSidesSteps))
    (result.shortBothSidesStart, result.shortBothSidesSteps) = try words.startAndSteps(
      "short_both_sides", english: (entry.shortBothSidesStart, entry.shortBothSidesSteps))
    result.conditionSteps = try words.linesByCondition("condition_steps", english: entry.conditionSteps)
    result.shortConditionSteps = try words.linesByCondition(
      "short_condition_steps", english: entry.shortConditionSteps)
    let biases = entry.biasNotes.keys.map(\.rawValue).sorted()
    if let notes = try words.mapping("bias_notes", english: !biases.isEmpty, allowed: biases) {
      var inner = WordReader(reader: notes, id: id)
      for (bias, note) in entry.biasNotes {
        result.biasNotes[bias] = try inner.text(bias.rawValue, english: note)
      }
    }
    let levels = Irritability.allCases.filter { entry.doses[$0]?.hasWords == true }
    if let doses = try words.mapping("dose", english: !levels.isEmpty, allowed: levels.map(\.rawValue)) {
      var byLevel = WordReader(reader: doses, id: id)
      for level in levels {
        guard let dose = entry.doses[level],
          let levelReader = try byLevel.mapping(level.rawValue, english: true, allowed: doseKeys)
        else { continue }
        var inner = WordReader(reader: levelReader, id: id)
        var translated = dose
        translated.note = try inner.text("note", english: dose.note)
        translated.steps = try inner.lines("steps", english: dose.steps)
        translated.cues = try inner.lines("cues", english: dose.cues)
        translated.progressionNote = try inner.text("progression_note", english: dose.progressionNote)
        translated.regressionNote = try inner.text("regression_note", english: dose.regressionNote)
        result.doses[level] = translated
      }
    }
    return result
  }

  /// Reads one mapping's words against the English: a field the English has is required, one it
  /// lacks is refused, and a list has the English list's length.
  struct WordReader {
    let reader: MappingReader
    let id: String

    func missing(_ key: String) -> InputError {
      .catalogue(
        reader.location, entryID: id, field: reader.keyPath(key),
        problem: "missing: the English entry has it, and nothing falls back to English")
    }

    func extra(_ key: String) -> InputError {
      .catalogue(
        reader.location(of: key), entryID: id, field: reader.keyPath(key),
        problem: "the English entry has no such words; a translation has the English fields only")
    }

    mutating func text(_ key: String, english: String?) throws(InputError) -> String? {
      let value = try reader.string(key, maxLength: 2_000)
      guard english != nil else {
        if value != nil { throw extra(key) }
        return nil
      }
      guard let value else { throw missing(key) }
      if value.allSatisfy(\.isWhitespace) {
        throw .catalogue(
          reader.location(of: key), entryID: id, field: reader.keyPath(key), problem: "must not be empty")
      }
      try samePlaceholders(key, english: english ?? "", translated: value)
      return value
    }

    /// The same `{placeholders}` as the English (the wording files' rule, `WordingParity`): the
    /// program fills them in, so a lost `{every_hours_low}` would print a hole in a dose note.
    func samePlaceholders(_ key: String, english: String, translated: String) throws(InputError) {
      let wanted = WordingParity.placeholders(in: english)
      let found = WordingParity.placeholders(in: translated)
      if let missing = wanted.subtracting(found).sorted().first {
        throw .catalogue(
          reader.location(of: key), entryID: id, field: reader.keyPath(key),
          problem: "lacks the placeholder {\(missing)} the English has")
      }
      if let extra = found.subtracting(wanted).sorted().first {
        throw .catalogue(
          reader.location(of: key), entryID: id, field: reader.keyPath(key),
          problem: "has a placeholder {\(extra)} the English does not have")
      }
    }

    mutating func lines(_ key: String, english: [String]?) throws(InputError) -> [String]? {
      let values = try reader.stringList(key)
      guard let english, !english.isEmpty else {
        if let values, !values.isEmpty { throw extra(key) }
        return english
      }
      guard let values else { throw missing(key) }
      guard values.count == english.count else {
        throw .catalogue(
          reader.location(of: key), entryID: id, field: reader.keyPath(key),
          problem: "has \(values.count) lines; the English has \(english.count)")
      }
      for (line, englishLine) in zip(values, english) {
        try samePlaceholders(key, english: englishLine, translated: line)
      }
      return values
    }

    /// A `start` and `steps` mapping (`both_sides`, `short_both_sides`): each where the English
    /// has it.
    mutating func startAndSteps(_ key: String, english: (start: String?, steps: [String]?))
      throws(InputError) -> (start: String?, steps: [String]?)
    {
      guard
        let nested = try mapping(
          key, english: english.start != nil || english.steps != nil, allowed: ["start", "steps"])
      else { return english }
      var inner = WordReader(reader: nested, id: id)
      return (
        try inner.text("start", english: english.start), try inner.lines("steps", english: english.steps)
      )
    }

    /// Lines per condition (`condition_steps`, `short_condition_steps`, `condition_cautions`): for the English's
    /// conditions, and no others.
    mutating func linesByCondition(_ key: String, english: [Condition: [String]]) throws(InputError)
      -> [Condition: [String]]
    {
      let conditions = english.keys.map(\.rawValue).sorted()
      guard let nested = try mapping(key, english: !conditions.isEmpty, allowed: conditions) else {
        return english
      }
      var inner = WordReader(reader: nested, id: id)
      var result: [Condition: [String]] = [:]
      for (condition, steps) in english {
        result[condition] = try inner.lines(condition.rawValue, english: steps)
      }
      return result
    }

    mutating func mapping(_ key: String, english: Bool, allowed: [String]) throws(InputError)
      -> MappingReader?
    {
      let nested = try reader.mapping(key, allowed: allowed)
      guard english else {
        if nested != nil { throw extra(key) }
        return nil
      }
      guard let nested else { throw missing(key) }
      return nested
    }
  }
}

extension LevelDose {
  /// True when this level carries patient words (a note, its own steps, tips or notes).
  var hasWords: Bool {
    note != nil || steps != nil || cues != nil || progressionNote != nil || regressionNote != nil
  }
}
