// The public leaflet's short form (the default) against its booklet: fewer pages in every language
// and print size, and every safety word of the booklet still in it — who should be assessed first,
// who should not use a massage gun, the "not yet" warnings, the stop signs, the no-go areas, the
// emergency signs and each starter exercise's first caution.
import Foundation
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel

@Suite struct ShortLeafletTests {
  static func leaflet(_ language: Language, largePrint: Bool, form: HandoutForm) throws -> Document {
    let words = try EngineFixtures.engine.words(for: language)
    return try PublicHandoutBuilder().build(
      catalogue: words.catalogue, text: words.text, clinic: EngineFixtures.clinic,
      options: PublicHandoutOptions(largePrint: largePrint, language: language, form: form))
  }

  static func pages(_ document: Document, language: Language) throws -> Int {
    try EngineFixtures.engine.render(document, paper: .letter, language: language).pageCount
  }

  @Test(arguments: [Language.en, .es], [false, true])
  func shortIsShorterThanTheBooklet(language: Language, largePrint: Bool) throws {
    let short = try Self.pages(
      Self.leaflet(language, largePrint: largePrint, form: .short), language: language)
    let booklet = try Self.pages(
      Self.leaflet(language, largePrint: largePrint, form: .booklet), language: language)
    #expect(short < booklet)
    // Today: 7 and 12 pages in English (11 and 17 for the booklet), 8 and 13 in Spanish.
    #expect(short <= (largePrint ? 13 : 8), "\(language) \(largePrint ? "large print" : ""): \(short) pages")
  }

  /// A letter only a figure writes (the Spanish body map's "I", for izquierda) is in the font
  /// subset: no whole font is embedded for it, whose libharu CMap poppler reads as a broken
  /// ToUnicode ("Invalid 'begincidrange' operator"), and the file stays small.
  @Test(arguments: [Language.en, .es], HandoutForm.allCases)
  func figureWordsAreInTheFontSubset(language: Language, form: HandoutForm) throws {
    let rendered = try EngineFixtures.engine.render(
      Self.leaflet(language, largePrint: false, form: form), paper: .letter, language: language)
    let path = try Tools.temporaryFile(rendered.bytes, name: "leaflet.pdf")
    let text = try Tools.run("pdftotext", [path, "/dev/null"])
    #expect(text.stderr.isEmpty, "\(language) \(form): \(text.stderr)")
    let fonts = try Tools.run("pdffonts", [path]).stdout
    // Four faces at most (regular, bold, oblique, bold oblique), each a subset.
    let rows = fonts.split(separator: "\n").dropFirst(2)
    #expect(rows.count <= 4 && rows.allSatisfy { $0.contains("+") }, "\(fonts)")
    #expect(rendered.bytes.count < 70_000, "\(language) \(form): \(rendered.bytes.count) bytes")
  }

  @Test(arguments: [Language.en, .es])
  func everySafetyWordStays(language: Language) throws {
    let preview = TextPreview.render(try Self.leaflet(language, largePrint: false, form: .short), width: 500)
    let flat = preview.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let words = try EngineFixtures.engine.words(for: language)
    let text = words.text
    let gun = text.massageGun
    let starter = text.publicHandout.starter
    var required =
      starter.getAssessed + [starter.getAssessedLater] + gun.whoShouldNot + [gun.askFirst]
      + gun.stopSigns + [gun.nextDayWarning] + text.safety.help.emergencySigns
      + [text.publicHandout.massageGun.discFirst]
    required.append(text.publicHandout.massageGun.notYet.text(for: EngineFixtures.clinic.locale))
    for id in PublicHandoutBuilder.defaultStarterIDs {
      let exercise = try #require(words.catalogue[id])
      required += exercise.cautions.prefix(1)
    }
    for sentence in required {
      let flatSentence = sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(flat.contains(flatSentence), "\(language): the short leaflet lost \"\(sentence)\"")
    }
  }
}
