import CLibHaru
import HomeProgramLayout

extension HaruDocument {
  /// libharu's own width of `text` in points (`HPDF_Font_TextWidth`), for checking
  /// `HaruTextMeasurer` against the library that draws.
  func libharuTextWidth(_ text: String, face: FontFace, size: Double) throws -> Double {
    let font = try font(face, source: .primary)
    let length = HPDF_UINT(text.utf8.count)
    let measured = HPDF_Font_TextWidth(font, text, length)
    try check("HPDF_Font_TextWidth", 0)
    return Double(measured.width) * size / 1000
  }

  /// libharu's page-level width of `text` in points (`HPDF_Page_TextWidth` after setting the font).
  func libharuPageTextWidth(_ text: String, face: FontFace, size: Double, on page: HPDF_Page) throws -> Double
  {
    let font = try font(face, source: .primary)
    try check("HPDF_Page_SetFontAndSize", HPDF_Page_SetFontAndSize(page, font, HPDF_REAL(size)))
    let width = HPDF_Page_TextWidth(page, text)
    try check("HPDF_Page_TextWidth", 0)
    return Double(width)
  }
}
