import Foundation
import Testing

@testable import HomeProgramPDF

@Suite struct TrueTypeCoverageTests {
  static let sansPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

  @Test func dejaVuSansCoversLatinButNotEmoji() throws {
    let font = try FontFileCache.shared.font(at: Self.sansPath)
    for scalar in "AZaz09 éÑúßö½—–“”‘’•×→✓".unicodeScalars {
      #expect(font.canDraw(scalar), "DejaVu Sans should cover U+\(String(scalar.value, radix: 16))")
    }
    #expect(!font.canDraw("\u{1F600}"))
    #expect(!font.coverage.covers("\u{E000}"))  // private use
    #expect(font.coverage.count > 3000)
  }

  @Test func rejectsFilesThatAreNotFonts() throws {
    let url = SampleDocument.temporaryURL("bad.ttf")
    try Data("definitely not a font".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: PDFError.fontFileUnreadable(path: url.path, reason: "not a TrueType font")) {
      try TrueTypeFont(path: url.path)
    }
  }

  @Test func describesCharactersByNameAndCodePoint() {
    #expect(UnicodeName.describe("\u{1F600}") == "U+1F600 GRINNING FACE")
    #expect(UnicodeName.describe("é") == "U+00E9 LATIN SMALL LETTER E WITH ACUTE")
  }
}
