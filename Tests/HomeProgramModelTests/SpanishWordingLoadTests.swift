// The Spanish words are loaded strictly: a temporary copy of Resources/ with one Spanish key,
// entry or placeholder removed (or one added that the English lacks) must fail, naming the
// translated file and the key or entry, with the very loaders the data compiler and
// `--catalogue DIR` use. Nothing falls back to English.
import Foundation
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel

@Suite struct SpanishWordingLoadTests {
  /// A fresh copy of the project's Resources (catalogue, text, figures) in a temporary folder.
  static func copyOfResources() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("es-load-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for part in ["catalogue", "text", "figures"] {
      try FileManager.default.copyItem(
        at: Fixtures.root.appendingPathComponent("Resources/\(part)"), to: folder.appendingPathComponent(part)
      )
    }
    return folder
  }

  /// Removes the first line of `file` (relative to `folder`) that starts with `prefix` after its
  /// indentation, with every more-indented line under it (a block scalar or a nested list).
  static func deleteKey(_ prefix: String, in file: String, under folder: URL) throws {
    let url = folder.appendingPathComponent(file)
    var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }
    let index = try #require(
      lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }, "\(prefix) in \(file)")
    let depth = indent(lines[index])
    var end = index + 1
    while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).isEmpty,
      indent(lines[end]) > depth
    {
      end += 1
    }
    lines.removeSubrange(index..<end)
    try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
  }

  /// Replaces `old` with `new` once in `file`.
  static func replace(_ old: String, with new: String, in file: String, under folder: URL) throws {
    let url = folder.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    let range = try #require(text.range(of: old), "\(old) in \(file)")
    try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
  }

  /// Loads the Spanish words of `folder` as the data compiler does; the error's message.
  static func loadError(_ folder: URL) throws -> String? {
    let english = try BundledData.load(from: folder)
    do {
      _ = try Translation.load(from: folder, language: .es, english: english.catalogue)
      return nil
    } catch {
      return "\(error)"
    }
  }

  @Test func theProjectsSpanishWordsLoad() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try Self.loadError(folder) == nil)
    let spanish = try Translation.load(
      from: folder, language: .es, english: try BundledData.load(from: folder).catalogue)
    #expect(spanish.text.general.cover.date == "Fecha: {date}")
    #expect(spanish.text.general.britishWords.isEmpty)
    #expect(spanish.catalogue.entries.map(\.id) == Fixtures.catalogue.entries.map(\.id))
    // Only words change: doses, tags and figures are the English catalogue's.
    for (english, translated) in zip(Fixtures.catalogue.entries, spanish.catalogue.entries) {
      #expect(translated.doses.mapValues(\.dose) == english.doses.mapValues(\.dose))
      #expect(translated.tags == english.tags && translated.figure == english.figure)
      #expect(translated.name != english.name, "\(english.id) not translated")
    }
  }

  /// One deletion per kind of Spanish word: the file and the key or entry must be named.
  @Test(arguments: [
    ("text/es/handout.yaml", "date: \"Fecha", ["es/handout.yaml", "cover.date"]),
    ("text/es/safety.yaml", "emergency_title:", ["es/safety.yaml", "emergency_title"]),
    ("text/es/massage-gun.yaml", "your_side:", ["es/massage-gun.yaml", "body_map_labels.your_side"]),
    ("catalogue/es/directional.yaml", "purpose:", ["es/directional.yaml", "DP01", "purpose"]),
    ("catalogue/es/directional.yaml", "low: {note:", ["es/directional.yaml", "DP01", "dose.low"]),
    ("catalogue/es/directional.yaml", "- id: DP01", ["es/directional.yaml", "DP01"]),
  ])
  func aMissingSpanishKeyIsAnErrorNamingFileAndKey(file: String, line: String, named: [String]) throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.deleteKey(line, in: file, under: folder)
    let message = try #require(try Self.loadError(folder), "deleting '\(line)' from \(file) must fail")
    for part in named { #expect(message.contains(part), "\(message) should name \(part)") }
  }

  @Test func aWholeMissingEntryIsNamedByItsID() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.replace("- id: DP01", with: "- id: DP01X", in: "catalogue/es/directional.yaml", under: folder)
    let message = try #require(try Self.loadError(folder))
    #expect(message.contains("es/directional.yaml") && message.contains("DP01"), "\(message)")
  }

  @Test func anIDTheEnglishLacksIsRefused() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.replace(
      "exercises:\n", with: "exercises:\n  - {id: ZZ99, name: \"Nada\"}\n",
      in: "catalogue/es/directional.yaml",
      under: folder)
    let message = try #require(try Self.loadError(folder))
    #expect(message.contains("es/directional.yaml") && message.contains("ZZ99"), "\(message)")
  }

  @Test func aKeyTheEnglishLacksIsRefused() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.replace(
      "  date: \"Fecha", with: "  fecha_extra: \"x\"\n  date: \"Fecha", in: "text/es/handout.yaml",
      under: folder)
    let message = try #require(try Self.loadError(folder))
    #expect(message.contains("es/handout.yaml") && message.contains("cover.fecha_extra"), "\(message)")
  }

  @Test func aLostPlaceholderIsRefused() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.replace("Llame al {number}", with: "Llame al 911", in: "text/es/safety.yaml", under: folder)
    let message = try #require(try Self.loadError(folder))
    #expect(message.contains("es/safety.yaml") && message.contains("{number}"), "\(message)")
  }

  /// The date's format is each language's own: the Spanish may use any of {iso}, {day}, {month}
  /// and {year} (not the US English order), and nothing else.
  @Test func theDatesFormatIsTheLanguagesOwn() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.replace(
      "format: \"{day} de {month} de {year}\"", with: "format: \"{iso}\"", in: "text/es/handout.yaml",
      under: folder)
    #expect(try Self.loadError(folder) == nil)
    try Self.replace(
      "format: \"{iso}\"", with: "format: \"{day} de {mes}\"", in: "text/es/handout.yaml", under: folder)
    let message = try #require(try Self.loadError(folder))
    #expect(message.contains("dates.format") && message.contains("{mes}"), "\(message)")
  }

  /// The catalogue's words keep their placeholders too: a dose note that loses
  /// `{every_hours_low}` would print a hole where the hours go.
  @Test func aLostPlaceholderInTheCatalogueIsRefused() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.replace(
      "high: {note: \"Cada {every_hours_low} a", with: "high: {note: \"Cada 2 a",
      in: "catalogue/es/directional.yaml",
      under: folder)
    let message = try #require(try Self.loadError(folder))
    #expect(
      message.contains("es/directional.yaml") && message.contains("DP01")
        && message.contains("{every_hours_low}"),
      "\(message)")
  }

  @Test func aMissingSpanishFileIsNamed() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.removeItem(at: folder.appendingPathComponent("catalogue/es/aerobic.yaml"))
    let message = try #require(try Self.loadError(folder))
    #expect(message.contains("es/aerobic.yaml"), "\(message)")
  }

  @Test func britishWordsInSpanishAreRefused() throws {
    let folder = try Self.copyOfResources()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.replace(
      "british_words: []", with: "british_words:\n  - {us: \"cane\", gb: \"walking stick\"}",
      in: "text/es/handout.yaml", under: folder)
    let message = try #require(try Self.loadError(folder))
    #expect(message.contains("es/handout.yaml") && message.contains("british_words"), "\(message)")
  }
}

/// A new word field in the catalogue must be translated: every key of a catalogue entry (and of a
/// dose level) is either a word the overlay carries or one of the fields that are not words.
@Suite struct CatalogueWordFieldsTests {
  static let notWords: Set<String> = [
    "category", "tags", "progression", "regression", "causes", "direction_bias", "equipment",
    "contraindicated_conditions", "rule_refs", "gun_zone", "figure",
  ]

  @Test func everyWordFieldOfAnEntryIsInTheOverlay() {
    let words = Set(CatalogueLoader.entryKeys).subtracting(Self.notWords)
    #expect(words == Set(CatalogueTranslation.entryKeys), "classify the new key as a word or not")
    let doseWords = Set(CatalogueLoader.doseKeys).subtracting(
      Dose.Field.allCases.map(\.rawValue) + ["per_side"])
    #expect(doseWords == Set(CatalogueTranslation.doseKeys))
  }
}
