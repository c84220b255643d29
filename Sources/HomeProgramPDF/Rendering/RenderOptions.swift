import HomeProgramKit

/// How `PDFRenderer` finds its fonts and draws figures.
public struct RenderOptions: Sendable {
  /// The directory holding the DejaVu Sans files (the CLI's `--font-dir`).
  public var fontDirectory: String
  /// TrueType files tried, in order, for characters DejaVu Sans lacks; missing ones are skipped.
  public var fallbackFontPaths: [String]
  /// Draws `.figure` operations.
  public var figures: any FigureDrawing

  /// Options with DejaVu Sans from Debian's location, the usual fallbacks and placeholder figures.
  public init(
    fontDirectory: String = FontSet.defaultDirectory,
    fallbackFontPaths: [String] = FontSet.defaultFallbackPaths,
    figures: any FigureDrawing = PlaceholderFigureDrawer()
  ) {
    self.fontDirectory = fontDirectory
    self.fallbackFontPaths = fallbackFontPaths
    self.figures = figures
  }
}
