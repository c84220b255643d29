import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramModel

/// The bundled catalogue is complete and valid; broken copies give errors naming file, entry, field.
struct CatalogueTests {
  @Test func bundledCatalogueHasAll39Entries() {
    let catalogue = Fixtures.catalogue
    #expect(catalogue.entries.count == 39)
    let expected =
      (1...5).map { "NG0\($0)" } + (1...9).map { "DP0\($0)" }
      + (1...13).map { $0 < 10 ? "ST0\($0)" : "ST\($0)" } + (1...5).map { "MB0\($0)" }
      + (1...3).map { "AE0\($0)" } + (1...4).map { "MG0\($0)" }
    #expect(Set(catalogue.ids) == Set(expected))
    #expect(!catalogue.version.isEmpty)
  }

  @Test func everyEntryFollowsTheTagRules() {
    for entry in Fixtures.catalogue.entries {
      #expect(entry.tags.filter { ExerciseTag.directions.contains($0) }.count == 1, "\(entry.id)")
      #expect(entry.tags.contains { ExerciseTag.positions.contains($0) }, "\(entry.id)")
      if entry.category == .massageGun {
        #expect(entry.gunZone != nil && entry.doses[.high] == nil, "\(entry.id)")
      }
    }
  }

  /// Copies the catalogue to a temporary folder, applies `edit` to one file, and loads it.
  func loadEdited(file: String, _ edit: (String) -> String) throws -> Catalogue {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cat-\(UUID().uuidString)")
    try FileManager.default.copyItem(atPath: Fixtures.catalogueFolder, toPath: folder.path)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    let edited = edit(text)
    #expect(edited != text, "the edit must change the file")
    try edited.write(to: url, atomically: true, encoding: .utf8)
    return try CatalogueLoader.load(path: folder.path)
  }

  @Test func danglingProgressionIdIsNamed() {
    #expect {
      try loadEdited(file: "nerve-glides.yaml") {
        $0.replacingOccurrences(of: "progression: [NG02", with: "progression: [NG22")
      }
    } throws: { error in
      let message = "\(error)"
      return message.contains("nerve-glides.yaml")
        && message.contains("entry NG01: progression: 'NG22' is not a catalogue id")
    }
  }

  /// Every entry says what its figure shows, for screen readers (the tagged PDF's /Alt).
  @Test func everyEntryHasAltText() {
    for entry in Fixtures.catalogue.entries {
      #expect(entry.alt?.contains { !$0.isWhitespace } == true, "\(entry.id)")
    }
  }

  @Test(arguments: ["", "missing"])
  func emptyOrMissingAltTextIsNamed(edit: String) {
    #expect {
      try loadEdited(file: "aerobic.yaml") { text in
        let line = "    alt: \"Walking at an easy, steady pace on flat ground\"\n"
        return text.replacingOccurrences(of: line, with: edit.isEmpty ? "    alt: \"  \"\n" : "")
      }
    } throws: { error in
      "\(error)".contains("AE01") && "\(error)".contains("alt")
    }
  }

  /// Every exercise a card can show has the short handout's start and 2 to 4 short steps (the
  /// gun's zones are in their own section).
  @Test func everyExerciseHasShortCardWords() {
    for entry in Fixtures.catalogue.entries where entry.category != .massageGun {
      #expect(entry.shortStart?.contains { !$0.isWhitespace } == true, "\(entry.id)")
      #expect((2...4).contains(entry.shortSteps?.count ?? 0), "\(entry.id)")
    }
  }

  /// Wording wins in the same order on both cards — a condition's, then a level's, then both
  /// legs', then the usual — and the compact card prints the short form of whichever wins when
  /// the entry has one.
  @Test func shortWordsFollowTheFullCardsOrder() {
    for entry in Fixtures.catalogue.entries {
      guard let shortSteps = entry.shortSteps, let shortStart = entry.shortStart else { continue }
      for level in entry.suitableLevels {
        let own = entry.doses[level]?.steps
        #expect(entry.stepsAt(level, short: true) == own ?? shortSteps, "\(entry.id) \(level)")
        #expect(entry.stepsAt(level, short: false) == own ?? entry.steps, "\(entry.id) \(level)")
        if own == nil, let both = entry.bothSidesSteps {
          #expect(entry.stepsAt(level, side: .both, short: false) == both, "\(entry.id)")
          #expect(
            entry.stepsAt(level, side: .both, short: true) == entry.shortBothSidesSteps ?? both, "\(entry.id)"
          )
        }
        for (condition, steps) in entry.conditionSteps {
          #expect(entry.stepsAt(level, conditions: [condition], short: false) == steps, "\(entry.id)")
          #expect(
            entry.stepsAt(level, conditions: [condition], short: true)
              == entry.shortConditionSteps[condition] ?? steps, "\(entry.id)")
        }
      }
      #expect(entry.startFor(.left, short: true) == shortStart)
      #expect(
        entry.startFor(.both, short: true) == entry.shortBothSidesStart ?? entry.bothSidesStart ?? shortStart)
      #expect(entry.startFor(.both, short: false) == entry.bothSidesStart ?? entry.start)
    }
  }

  /// Every both-legs and condition wording has its short form, so a compact card for a patient
  /// with symptoms in both legs, or in pregnancy, is as short as anyone's.
  @Test func everyBothSidesAndConditionWordingHasAShortForm() {
    for entry in Fixtures.catalogue.entries where entry.category != .massageGun {
      if entry.bothSidesSteps != nil {
        #expect((2...4).contains(entry.shortBothSidesSteps?.count ?? 0), "\(entry.id) short_both_sides.steps")
      }
      if entry.bothSidesStart != nil {
        #expect(entry.shortBothSidesStart?.contains { !$0.isWhitespace } == true, "\(entry.id)")
      }
      for condition in entry.conditionSteps.keys {
        #expect(
          (2...4).contains(entry.shortConditionSteps[condition]?.count ?? 0), "\(entry.id) \(condition)")
      }
    }
  }

  /// Short steps without a short start (or the other way round), or too many, are named.
  @Test(arguments: [("start", "short_start"), ("steps", "short_steps")])
  func shortWordsComeTogether(missing: String, field: String) {
    #expect {
      try loadEdited(file: "directional.yaml") { text in
        guard let entry = text.range(of: "  - id: DP01\n") else { return text }
        let rest = text[entry.upperBound...]
        guard let start = rest.range(of: "    short_start:"), let cues = rest.range(of: "    cues:") else {
          return text
        }
        let block = String(rest[start.lowerBound..<cues.lowerBound])
        let kept = block.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
          missing == "start"
            ? !line.hasPrefix("    short_start:")
            : !line.hasPrefix("    short_steps:") && !line.hasPrefix("      - ")
        }.joined(separator: "\n")
        return text.replacingCharacters(in: start.lowerBound..<cues.lowerBound, with: kept)
      }
    } throws: { error in
      "\(error)".contains("DP01") && "\(error)".contains(field)
    }
  }

  /// A short both-sides form must shorten what `both_sides` has (NG01 has a start and steps),
  /// and a short condition form a condition `condition_steps` has; the message names the field.
  @Test(arguments: [
    (
      "nerve-glides.yaml",
      "    short_both_sides:\n      start: \"On your back: one knee bent, other hip at a right angle, hands behind that thigh.\"\n",
      "    short_both_sides:\n", "short_both_sides.start"
    ),
    (
      "directional.yaml", "    short_condition_steps:\n      pregnancy:\n",
      "    short_condition_steps:\n      osteoporosis:\n", "osteoporosis"
    ),
  ])
  func shortVariantsMustShortenSomething(file: String, from: String, to: String, field: String) {
    #expect {
      try loadEdited(file: file) { text in
        guard let range = text.range(of: from) else { return text }
        return text.replacingCharacters(in: range, with: to)
      }
    } throws: { error in
      "\(error)".contains(field)
    }
  }

  /// A condition caution under a name outside the condition vocabulary, or an empty one, is named.
  @Test(arguments: [
    (
      "    condition_cautions:\n      hip_replacement:\n", "    condition_cautions:\n      hip_replaced:\n",
      "hip_replaced"
    ),
    (
      "      hip_replacement:\n        - \"After a hip replacement,",
      "      hip_replacement: []\n      osteoporosis:\n        - \"After a hip replacement,",
      "hip_replacement"
    ),
  ])
  func badConditionCautionsAreNamed(from: String, to: String, field: String) {
    #expect {
      try loadEdited(file: "strengthening.yaml") { text in
        guard let range = text.range(of: from) else { return text }
        return text.replacingCharacters(in: range, with: to)
      }
    } throws: { error in
      "\(error)".contains("condition_cautions") && "\(error)".contains(field)
    }
  }

  @Test func tooManyShortStepsAreNamed() {
    #expect {
      try loadEdited(file: "directional.yaml") { text in
        guard let range = text.range(of: "    short_steps:\n") else { return text }
        return text.replacingCharacters(
          in: range, with: "    short_steps:\n" + String(repeating: "      - \"One more.\"\n", count: 4))
      }
    } throws: { error in
      "\(error)".contains("short_steps") && "\(error)".contains("allowed 2–4")
    }
  }

  @Test func duplicateIdIsNamed() {
    #expect {
      try loadEdited(file: "stretching.yaml") { $0.replacingOccurrences(of: "id: MB05", with: "id: MB04") }
    } throws: { error in
      "\(error)".contains("entry MB04: id: duplicate id")
    }
  }

  @Test func forbiddenTagIsNamed() {
    #expect {
      try loadEdited(file: "aerobic.yaml") { text in
        text.replacingOccurrences(of: "neutral_spine", with: "neutral_spin")
      }
    } throws: { error in
      let message = "\(error)"
      return message.contains("aerobic.yaml") && message.contains("AE01.tags[")
        && message.contains("'neutral_spin' is not allowed")
        && message.contains("Did you mean 'neutral_spine'?")
    }
  }

  @Test func insaneDoseIsNamed() {
    #expect {
      try loadEdited(file: "strengthening.yaml") { text in
        guard let range = text.range(of: "reps: ") else { return text }
        var copy = text
        copy.replaceSubrange(range, with: "reps: 9")
        return copy
      }
    } throws: { error in
      let message = "\(error)"
      return message.contains("strengthening.yaml") && message.contains("is out of range; allowed 0–30")
    }
  }

  @Test func gunAtHighIrritabilityIsRefused() {
    #expect {
      try loadEdited(file: "massage-gun.yaml") { text in
        text.replacingOccurrences(
          of: "      moderate:", with: "      high: {seconds: 30, per_side: true}\n      moderate:")
      }
    } throws: { error in
      "\(error)".contains("dose.high: the massage gun is never used at high irritability (MG-CI-10)")
    }
  }
}
