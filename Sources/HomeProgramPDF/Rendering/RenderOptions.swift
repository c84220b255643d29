/// How `PDFRenderer` finds its fonts and draws figures.
public struct RenderOptions: Sendable {
  /// The directory holding the DejaVu Sans files (the CLI's `--font-dir`).
  public var fontDirectory: String
  /// TrueType files tried, in order, for characters DejaVu Sans lacks; missing ones are skipped.
  public var fallbackFontPaths: [String]
  /// Draws `.figure` operations.
  public var figures: any FigureDrawing
  /// Embeds each font cut to the characters the document draws (`FontSubsetter`), instead of the
  /// whole font libharu would embed. On by default; off only to compare.
  public var subsetFonts: Bool
  /// Writes a tagged PDF (structure tree, marked content, artifacts, object streams; README,
  /// "Accessibility"). On by default; off only to measure what tagging costs (`make bench`).
  public var tagged: Bool

  /// Options with DejaVu Sans from Debian's location, the usual fallbacks and placeholder figures.
  public init(
    fontDirectory: String = FontSet.defaultDirectory,
    fallbackFontPaths: [String] = FontSet.defaultFallbackPaths,
    figures: any FigureDrawing = PlaceholderFigureDrawer(),
    subsetFonts: Bool = true,
    tagged: Bool = true
  ) {
    self.fontDirectory = fontDirectory
    self.fallbackFontPaths = fallbackFontPaths
    self.figures = figures
    self.subsetFonts = subsetFonts
    self.tagged = tagged
  }
}
