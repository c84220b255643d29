// The Spanish (es-US) edition: every sample in Spanish prints no English word (a list of the
// handout's common English words kept here), none of the glossary's `avoid` words, the clinic's
// own details and number, a spelled-out Spanish date, the same numbers as its English twin, and a
// PDF that passes the English checks (qpdf, embedded fonts, /Lang es-US, a Spanish title). The
// plan stays in English.
import Foundation
import HomeProgramTestSupport
import Testing
import Yams

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Suite struct SpanishHandoutTests {
  /// Common English words of the handout (taken from the English samples' previews and the
  /// public leaflet), leaving out words that are Spanish too ("a", "no", "plan", "use", "normal",
  /// "natural", "control", "base", "extras", "imagine", "cause", "once", "final", "total"), the
  /// brand names of medicines and what the clinic file and profile give (names, addresses).
  static let englishWords: Set<String> = [
    "about", "after", "again", "also", "always", "and", "any", "are", "arm", "arms", "as", "ask", "at",
    "away", "back", "be", "before", "bend", "bent", "better", "between", "both", "bottom", "breathe", "but",
    "buttock", "by", "calf", "call", "can", "cannot", "care", "chair", "check", "clinic", "day", "days",
    "do", "does", "doctor", "dose", "down", "each", "easy", "emergency", "even", "every", "exercise",
    "exercises", "face", "feel", "feels", "feet", "first", "flare", "floor", "foot", "for", "from",
    "gentle", "get", "go", "good", "gun", "hand", "hands", "have", "head", "help", "here", "hip", "hips",
    "hold", "home", "hours", "how", "if", "in", "into", "is", "it", "keep", "knee", "knees", "leg", "legs",
    "less", "let", "lie", "lift", "like", "log", "lower", "make", "massage", "may", "more", "most",
    "much", "muscle", "nerve", "never", "new", "next", "night", "not", "now", "numbness", "of", "off",
    "often", "on", "one", "only", "or", "other", "out", "over", "pain", "page", "physical", "pillow",
    "position", "positions", "program", "progress", "pull", "push", "reach", "rest", "right", "seconds",
    "see", "set", "sets", "should", "side", "signs", "sit", "sitting", "slowly", "small", "some", "sore",
    "speed", "stand", "standing", "start", "steps", "still", "stop", "straight", "stretch", "symptoms",
    "take", "than", "that", "the", "then", "therapist", "these", "they", "this", "thigh", "through",
    "time", "times", "tingling", "tips", "to", "today", "too", "try", "under", "until", "up", "very",
    "walk", "walking", "want", "way", "week", "weeks", "weakness", "what", "when", "where", "which",
    "while", "will", "with", "without", "worse", "you", "your",
  ]

  /// The words a Spanish handout carries as the clinic file gives them (the clinic's name,
  /// address, therapist and website), which are not the handout's to translate.
  static let givenWords: Set<String> = {
    let clinic = EngineFixtures.clinic
    return Set(
      [clinic.name, clinic.address, clinic.therapist, clinic.website].compactMap { $0 }.flatMap(words))
  }()

  /// The words of `englishWords` in `text`, less the clinic's own.
  static func englishWordsIn(_ text: String) -> Set<String> {
    Set(words(text)).intersection(englishWords).subtracting(givenWords)
  }

  /// The words of `text`, lower-cased.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && $0 != "'" }.map { String($0).trimmingCharacters(in: ["'"]) }
  }

  /// Every sample in Spanish (the therapist's own `notes` left out: they are the therapist's
  /// words, printed as written), as short handout and booklet, and the public leaflet.
  static func spanishPreviews() throws -> [(name: String, text: String)] {
    var previews: [(String, String)] = []
    for sample in EngineFixtures.samples {
      var profile = try EngineFixtures.profile(sample)
      profile.language = .es
      if sample != "rosa-disc-es.yaml" { profile.notes = nil }
      for form in HandoutForm.allCases {
        var options = EngineFixtures.options(for: profile)
        options.form = form
        let text = try EngineFixtures.engine.preview(
          profile, clinic: EngineFixtures.clinic, options: options, width: 100)
        previews.append(("\(sample) \(form.rawValue)", text))
      }
    }
    previews.append(("public leaflet", try publicPreview()))
    return previews
  }

  static func publicPreview(clinic: Clinic = EngineFixtures.clinic) throws -> String {
    let words = try EngineFixtures.engine.words(for: .es)
    let document = try PublicHandoutBuilder().build(
      catalogue: words.catalogue, text: words.text, clinic: clinic,
      options: PublicHandoutOptions(language: .es))
    return TextPreview.render(document, width: 100)
  }

  @Test func theSpanishHandoutsHaveNoEnglishWord() throws {
    for (name, text) in try Self.spanishPreviews() {
      let found = Self.englishWordsIn(text)
      #expect(found.isEmpty, "\(name): English words \(found.sorted())")
    }
  }

  @Test func theWordListCatchesAnEnglishWordPutBack() throws {
    let text = try #require(try Self.spanishPreviews().first?.text)
    let english = text.replacingOccurrences(of: "Pasos:", with: "Steps:")
    #expect(Self.englishWordsIn(english) == ["steps"])
  }

  /// One concept of the glossary: the English term, the one Spanish term, the words to avoid.
  struct GlossaryTerm: Decodable {
    let en: String
    let es: String
    let avoid: [String]
  }

  /// The glossary's concepts (`Resources/text/es/glossary.yaml`).
  static func glossary() throws -> [GlossaryTerm] {
    struct File: Decodable { let terms: [GlossaryTerm] }
    let url = EngineFixtures.root.appendingPathComponent("Resources/text/es/glossary.yaml")
    return try YAMLDecoder().decode(File.self, from: String(contentsOf: url, encoding: .utf8)).terms
  }

  @Test func theHandoutUsesTheGlossarysTermsOnly() throws {
    let glossary = try Self.glossary()
    #expect(glossary.count >= 50, "the glossary's terms are read")
    let previews = try Self.spanishPreviews()
    for term in glossary {
      for avoid in term.avoid {
        let pattern = Self.words(avoid)
        for (name, text) in previews {
          let words = Self.words(text)
          let found = words.indices.contains { start in
            start + pattern.count <= words.count && Array(words[start..<(start + pattern.count)]) == pattern
          }
          #expect(!found, "\(name): '\(avoid)' for \(term.en); the glossary says '\(term.es)'")
        }
      }
    }
  }

  @Test func theCoverKeepsTheClinicsDetailsAndSpellsTheDate() throws {
    let profile = try EngineFixtures.profile("rosa-disc-es.yaml")
    #expect(profile.language == .es)
    let text = try EngineFixtures.engine.preview(
      profile, clinic: EngineFixtures.clinic, options: EngineFixtures.options(for: profile), width: 100)
    #expect(text.contains("Fecha: 25 de noviembre de 2026"))
    let clinic = EngineFixtures.clinic
    for given in [clinic.name, clinic.phone, clinic.therapist].compactMap({ $0 }) {
      #expect(text.contains(given), "\(given)")
    }
    #expect(text.contains("911"))
    // A UK clinic's Spanish handout: the clinic's number, no British word swap, still es-US.
    let gb = try ClinicReader.read(
      path: EngineFixtures.root.appendingPathComponent("Samples/clinic-gb.yaml").path)
    let (_, document) = try EngineFixtures.engine.document(
      for: profile, source: "rosa", clinic: gb, options: EngineFixtures.options(for: profile))
    let british = TextPreview.render(document, width: 100)
    #expect(british.contains(gb.emergencyNumber))
    #expect(document.info.language == "es-US")
    let spanish = try EngineFixtures.engine.words(for: .es)
    #expect(!spanish.text.general.britishWords.contains { british.contains($0.gb) })
  }

  @Test(arguments: EngineFixtures.samples)
  func theSpanishCardsPrintTheEnglishNumbers(sample: String) throws {
    var english = try EngineFixtures.profile(sample)
    english.language = .en
    var spanish = english
    spanish.language = .es
    let options = EngineFixtures.options(for: english)
    let (plan, englishDocument) = try EngineFixtures.engine.document(
      for: english, source: sample, clinic: EngineFixtures.clinic, options: options)
    let (spanishPlan, spanishDocument) = try EngineFixtures.engine.document(
      for: spanish, source: sample, clinic: EngineFixtures.clinic, options: options)
    // The plan is the therapist's, in English, whatever the handout's language.
    #expect(try spanishPlan.jsonString() == (try plan.jsonString()))
    // English writes "once a day" in words; Spanish writes every number in digits ("1 vez al día").
    func digits(_ text: String) -> [String] {
      text.replacingOccurrences(of: "once a day", with: "1").matches(of: /\d+/).map { String($0.0) }
    }
    let englishCards = HandoutPDFTests.cards(englishDocument.blocks)
    let spanishCards = HandoutPDFTests.cards(spanishDocument.blocks)
    #expect(englishCards.map(\.id) == spanishCards.map(\.id))
    for (englishCard, spanishCard) in zip(englishCards, spanishCards) {
      #expect(digits(englishCard.doseLine) == digits(spanishCard.doseLine), "\(sample) \(englishCard.id)")
      #expect(englishCard.steps.count == spanishCard.steps.count, "\(sample) \(englishCard.id)")
    }
  }

  /// The catalogue of `qpdf --json`'s objects holds /Lang as "u:<tag>".
  static func language(ofPDF path: String) throws -> String? {
    let json = try Tools.run("qpdf", ["--json", path]).stdout
    return json.firstMatch(of: /"\/Lang": "u:([^"]+)"/).map { String($0.1) }
  }

  static func checkPDF(_ bytes: [UInt8], name: String, title: String) throws {
    let path = try Tools.temporaryFile(bytes, name: name)
    let check = try Tools.run("qpdf", ["--check", path])
    #expect(check.status == 0, "qpdf --check: \(check.stdout) \(check.stderr)")
    let fonts = try Tools.run("pdffonts", [path]).stdout.split(separator: "\n").dropFirst(2)
    #expect(!fonts.isEmpty)
    for row in fonts {
      let columns = row.split(separator: " ", omittingEmptySubsequences: true)
      #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "font not embedded: \(row)")
    }
    #expect(try language(ofPDF: path) == "es-US")
    let info = try Tools.run("pdfinfo", [path]).stdout
    let titleLine = info.split(separator: "\n").first { $0.hasPrefix("Title:") }
    #expect(titleLine?.dropFirst("Title:".count).trimmingCharacters(in: .whitespaces) == title, "\(info)")
    let text = try Tools.run("pdftotext", ["-raw", path, "-"]).stdout
    #expect(englishWordsIn(text).isEmpty, "\(name): \(englishWordsIn(text).sorted())")
  }

  @Test func theSpanishSamplePassesThePDFChecks() throws {
    let profile = try EngineFixtures.profile("rosa-disc-es.yaml")
    let rendered = try EngineFixtures.engine.renderHandout(
      profile, clinic: EngineFixtures.clinic, options: EngineFixtures.options(for: profile))
    let spanish = try EngineFixtures.engine.words(for: .es).text
    try Self.checkPDF(
      rendered.bytes, name: "rosa.pdf", title: spanish.general.document.title.text(for: .enUS))
  }

  @Test func theSpanishPublicLeafletPassesThePDFChecks() throws {
    let words = try EngineFixtures.engine.words(for: .es)
    let document = try PublicHandoutBuilder().build(
      catalogue: words.catalogue, text: words.text, clinic: EngineFixtures.clinic,
      options: PublicHandoutOptions(language: .es))
    let rendered = try EngineFixtures.engine.render(document, paper: .letter, language: .es)
    try Self.checkPDF(rendered.bytes, name: "public-es.pdf", title: words.text.publicHandout.document.title)
  }
}
