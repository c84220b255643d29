import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

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

  @Test func fontsWithoutAnAdvanceTableMeasureTheSame() throws {
    // A font past `TrueTypeFont.tableLimit` looks advances up in its cmap runs instead of a table.
    let table = try TrueTypeFont(path: Self.sansPath)
    let direct = try TrueTypeFont(path: Self.sansPath, tableLimit: 0)
    for value in UInt32(0)...0x1_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      guard direct.drawableAdvance(of: scalar) == table.drawableAdvance(of: scalar),
        direct.advance(of: scalar) == table.advance(of: scalar)
      else {
        Issue.record("U+\(String(value, radix: 16)) differs")
        return
      }
    }
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
