import HomeProgramKit
import HomeProgramPDF

/// Turns public-handout `Document`s into PDF bytes: layout with the embedded fonts' metrics, then
/// libharu. Made once per run, so every edition uses the same fonts.
struct PublicRenderer {
  let fontDirectory: String?

  /// The PDF for `document` on `paper`, with any warnings (characters the fonts cannot draw).
  func render(_ document: Document, paper: Clinic.Paper) throws -> (
    bytes: [UInt8], pages: Int, warnings: [String]
  ) {
    // Interim until HomeProgramEngine lands: the same layout and PDF code the engine wraps.
    let options = RenderOptions(fontDirectory: fontDirectory ?? FontSet.defaultDirectory)
    let fonts = try FontSet(directory: options.fontDirectory, fallbackPaths: options.fallbackFontPaths)
    let page = PageSpec(paper: paper == .a4 ? .a4 : .letter)
    let laidOut = try LayoutEngine().layout(document, page: page, measurer: HaruTextMeasurer(fonts: fonts))
    let result = try PDFRenderer(options: options).render(laidOut)
    return (result.bytes, result.pageCount, result.warnings)
  }
}
