import CHarfBuzz
import Foundation
import Testing

@testable import HomeProgramPDF

/// Coverage, advances and metrics as `TrueTypeFont` and `FontMetrics` read them through HarfBuzz,
/// checked against numbers from the fonts' own tables (DejaVu Sans 2.37, fonts-dejavu-core).
@Suite struct TrueTypeFontTests {
  static let directory = "/usr/share/fonts/truetype/dejavu/"
  static let sansPath = directory + "DejaVuSans.ttf"

  @Test func dejaVuSansCoversLatinButNotEmoji() throws {
    let font = try FontFileCache.shared.font(at: Self.sansPath)
    for scalar in "AZaz09 éÑúßö½—–“”‘’•×→✓".unicodeScalars {
      #expect(font.canDraw(scalar), "DejaVu Sans should cover U+\(String(scalar.value, radix: 16))")
    }
    // DejaVu Sans has a glyph for U+1F600, but libharu draws nothing beyond the BMP.
    #expect(font.face.glyph(for: 0x1F600) != nil && !font.canDraw("\u{1F600}"))
    #expect(!font.canDraw("\u{E000}"))  // private use
    #expect(font.face.glyph(for: 0xE000) == nil)
    // The Unicode cmap (format 12) maps 5,918 characters, 548 of them beyond the BMP.
    #expect(font.characterCount == 5918)
  }

  @Test func advancesAreHmtxInThousandthsOfAnEm() throws {
    // DejaVu Sans has 2048 units per em; hmtx gives A 1401, space 651, é 1260, — 2048 and
    // .notdef 1229 units, truncated to 1/1000 em as libharu writes them into /W.
    let font = try FontFileCache.shared.font(at: Self.sansPath)
    #expect(font.metrics.unitsPerEm == 2048)
    #expect(font.advance(of: "A") == 684)
    #expect(font.advance(of: " ") == 317)
    #expect(font.advance(of: "é") == 615)
    #expect(font.advance(of: "—") == 1000)
    #expect(font.advance(of: "\u{E000}") == 600, "uncovered: .notdef's advance")
    #expect(font.drawableAdvance(of: "\u{E000}") == nil)
    #expect(font.advance(of: "\u{1F600}") == 1042, "beyond the BMP: its glyph's advance")
    #expect(font.advance(of: "\u{1F9E0}") == 600, "beyond the BMP, uncovered: .notdef's advance")
  }

  @Test func fontsWithoutAnAdvanceTableMeasureTheSame() throws {
    // A font past `TrueTypeFont.tableLimit` looks advances up through HarfBuzz instead of a table.
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

  @Test func metricsComeFromHheaAndHead() throws {
    let regular = try FontFileCache.shared.font(at: Self.sansPath).metrics
    #expect(regular.unitsPerEm == 2048 && regular.ascender == 1901 && regular.descender == -483)
    #expect(regular.ascent == 1901.0 * 1000 / 2048 && regular.descent == 483.0 * 1000 / 2048)
    #expect(regular.boundingBox == [-2090, -948, 3673, 2524] && !regular.macStyleBold)
    let bold = try FontFileCache.shared.font(at: Self.directory + "DejaVuSans-Bold.ttf").metrics
    #expect(bold.macStyleBold)
  }

  @Test func descriptorsOfWholeFonts() throws {
    func descriptor(_ name: String) throws -> EmbeddedFont.Descriptor {
      try #require(EmbeddedFont.Descriptor(try FontFileCache.shared.font(at: Self.directory + name).face))
    }
    // OS/2 version 1 records no cap height: the ascent stands in for it.
    let regular = try descriptor("DejaVuSans.ttf")
    #expect(
      regular.ascent == 928 && regular.descent == -235 && regular.capHeight == 928 && regular.xHeight == 0)
    #expect(regular.italicAngle == 0 && regular.flags == 32)
    #expect(regular.bbox == (-1020, -462, 1793, 1232))
    let boldOblique = try descriptor("DejaVuSans-BoldOblique.ttf")
    #expect(boldOblique.italicAngle == -11 && boldOblique.flags == 32 | 64 | 0x40000)
    // OS/2 version 4 records them.
    let math = try descriptor("DejaVuMathTeXGyre.ttf")
    #expect(math.capHeight == 729 && math.xHeight == 519)
  }

  @Test func ascenderIsHheasEvenWhenOS2AsksForTypoMetrics() throws {
    // DejaVu Math TeX Gyre sets OS/2's USE_TYPO_METRICS, with typo and hhea ascenders equal.
    // Give hhea another ascender: HarfBuzz's own ascender stays OS/2's, ours follows hhea, as the
    // hand-written reader did (FreeSans, a fallback font, has 800 there and 900 in hhea).
    let path = Self.directory + "DejaVuMathTeXGyre.ttf"
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let hhea = try #require(Self.tableOffset(bytes, tag: "hhea"))
    #expect(bytes[hhea + 4] == 0x03 && bytes[hhea + 5] == 0x18, "hhea ascender 792")
    bytes[hhea + 4] = 0x03
    bytes[hhea + 5] = 0x84  // 900
    let face = try #require(HarfBuzzFace(bytes: bytes))
    #expect(FontMetrics(face)?.ascender == 900)
    var harfBuzzAscender: hb_position_t = 0
    #expect(
      hb_ot_metrics_get_position(face.font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &harfBuzzAscender) != 0)
    #expect(harfBuzzAscender == 792)
    #expect(EmbeddedFont.Descriptor(face)?.ascent == 900)
  }

  @Test func descriptorsOfSubsets() throws {
    let codes: [UInt32] = [0x41, 0xE9]
    func descriptor(_ name: String) throws -> EmbeddedFont.Descriptor {
      let path = Self.directory + name
      return try EmbeddedFont(path: path, codePoints: codes, font: try FontFileCache.shared.font(at: path))
        .descriptor
    }
    let regular = try descriptor("DejaVuSans.ttf")
    #expect(regular.ascent == 928 && regular.descent == -235)
    #expect(regular.capHeight == 928 && regular.xHeight == 0, "no cap height recorded: the ascent")
    #expect(regular.italicAngle == 0 && regular.flags == 32)
    let boldOblique = try descriptor("DejaVuSans-BoldOblique.ttf")
    #expect(boldOblique.italicAngle == -11 && boldOblique.flags == 32 | 64 | 0x40000)
    let math = try descriptor("DejaVuMathTeXGyre.ttf")
    #expect(math.ascent == 792 && math.descent == -208 && math.capHeight == 729 && math.xHeight == 519)
  }

  @Test func rejectsFilesThatAreNotFonts() throws {
    let url = SampleDocument.temporaryURL("bad.ttf")
    try Data("definitely not a font".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: PDFError.fontFileUnreadable(path: url.path, reason: "not a TrueType font")) {
      try TrueTypeFont(path: url.path)
    }
    #expect(throws: PDFError.fontFileUnreadable(path: "/nonexistent/font.ttf", reason: "no such file")) {
      try TrueTypeFont(path: "/nonexistent/font.ttf")
    }
    #expect(throws: PDFError.fontFileUnreadable(path: "/usr/share/fonts", reason: "cannot read the file")) {
      try TrueTypeFont(path: "/usr/share/fonts")
    }
  }

  @Test func describesCharactersByNameAndCodePoint() {
    #expect(UnicodeName.describe("\u{1F600}") == "U+1F600 GRINNING FACE")
    #expect(UnicodeName.describe("é") == "U+00E9 LATIN SMALL LETTER E WITH ACUTE")
  }

  /// Where the table `tag` starts in the sfnt file `bytes` (its table directory, for the test only).
  static func tableOffset(_ bytes: [UInt8], tag: String) -> Int? {
    func u32(_ at: Int) -> Int {
      Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
    }
    let count = Int(bytes[4]) << 8 | Int(bytes[5])
    for index in 0..<count where Array(bytes[12 + index * 16..<16 + index * 16]) == Array(tag.utf8) {
      return u32(12 + index * 16 + 8)
    }
    return nil
  }
}
