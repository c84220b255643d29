import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

@Suite struct HaruTextMeasurerTests {
  static let samples = [
    "José Ñúñez", "Lie on your back.", "½ Größe — 3 sets × 10", "WAVE fifi ffl", "Ça va? ¿Sí!",
  ]

  @Test(arguments: FontFace.allCases)
  func widthsAgreeWithLibharu(face: FontFace) throws {
    let measurer = try HaruTextMeasurer(fallbackFontPaths: [])
    let document = try HaruDocument(info: SampleDocument.info, fonts: measurer.fonts)
    let page = try document.addPage(size: .letter)
    for text in Self.samples {
      for size in [9.0, 10.5, 26] {
        let ours = measurer.width(of: text, face: face, size: size)
        let fontWidth = try document.libharuTextWidth(text, face: face, size: size)
        let pageWidth = try document.libharuPageTextWidth(text, face: face, size: size, on: page)
        #expect(
          abs(ours - fontWidth) < 0.5,
          "\(face) \(size) pt \"\(text)\": ours \(ours), HPDF_Font_TextWidth \(fontWidth)")
        #expect(
          abs(ours - pageWidth) < 0.5,
          "\(face) \(size) pt \"\(text)\": ours \(ours), HPDF_Page_TextWidth \(pageWidth)")
      }
    }
  }

  @Test func ascentAndDescentComeFromTheFont() throws {
    let measurer = try HaruTextMeasurer(fallbackFontPaths: [])
    // DejaVu Sans: hhea ascender 1901 and descender -483 in 2048 units per em.
    #expect(abs(measurer.ascent(face: .regular, size: 10) - 9.282) < 0.01)
    #expect(abs(measurer.descent(face: .regular, size: 10) - 2.358) < 0.01)
  }

  @Test func measuresWhatIsDrawn() throws {
    let measurer = try HaruTextMeasurer(fallbackFontPaths: [])
    // Control characters draw nothing; an uncovered character draws as "?".
    #expect(
      measurer.width(of: "a\u{07}b", face: .regular, size: 10)
        == measurer.width(of: "ab", face: .regular, size: 10))
    #expect(measurer.width(of: "😀", face: .bold, size: 10) == measurer.width(of: "?", face: .bold, size: 10))
    #expect(measurer.width(of: "", face: .regular, size: 10) == 0)
  }

  @Test func missingFontDirectoryNamesThePath() {
    #expect(throws: PDFError.self) { try HaruTextMeasurer(fontDirectory: "/nowhere") }
    do {
      _ = try HaruTextMeasurer(fontDirectory: "/nowhere")
    } catch {
      #expect(String(describing: error).contains("/nowhere/DejaVuSans.ttf"))
    }
  }
}
