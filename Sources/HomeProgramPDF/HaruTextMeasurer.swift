import HomeProgramLayout

/// Measures text with the metrics of the fonts the PDF embeds, so layout wraps exactly as drawn.
///
/// Widths come from the TrueType files' `cmap` and `hmtx` tables (read through HarfBuzz once per
/// file and shared, `TrueTypeFont`), rounded to the 1/1000 em integers libharu writes into the
/// PDF, and follow the same rules as drawing: control characters measure zero, uncovered characters measure as the fallback glyph
/// or "?". No libharu document is needed, and the measurer is safe to share across threads.
public struct HaruTextMeasurer: TextMeasurer {
  /// The fonts being measured.
  public let fonts: FontSet

  /// Loads the four DejaVu Sans faces from `fontDirectory`; throws `PDFError` naming a missing file.
  public init(
    fontDirectory: String = FontSet.defaultDirectory,
    fallbackFontPaths: [String] = FontSet.defaultFallbackPaths
  ) throws {
    fonts = try FontSet(directory: fontDirectory, fallbackPaths: fallbackFontPaths)
  }

  /// Measures with an already loaded font set.
  public init(fonts: FontSet) {
    self.fonts = fonts
  }

  /// The advance width of `text` in points, as the PDF will draw it.
  public func width(of text: String, face: FontFace, size: Double) -> Double {
    Double(fonts.advance(of: text, face: face)) * size / 1000
  }

  /// The face's typographic ascender (hhea) in points.
  public func ascent(face: FontFace, size: Double) -> Double {
    fonts.font(face).metrics.ascent * size / 1000
  }

  /// The face's typographic descender (hhea) in points, positive.
  public func descent(face: FontFace, size: Double) -> Double {
    fonts.font(face).metrics.descent * size / 1000
  }
}
