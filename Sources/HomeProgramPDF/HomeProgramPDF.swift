// HomeProgramPDF: the only module that touches libharu.
//
// `PDFRenderer` turns a `LaidOutDocument` (pages of draw operations in top-left layout coordinates)
// into PDF bytes. `HaruDocument` owns one `HPDF_Doc`, turns every libharu failure into a thrown
// `PDFError`, and writes no timestamps, so identical input gives byte-identical files. Text uses
// embedded DejaVu Sans TrueType fonts in UTF-8; `FontSet` decides, from the fonts' own `cmap`
// tables (read through HarfBuzz), how each character is drawn (primary face, fallback font, or a visible "?" plus a
// warning), and `HaruTextMeasurer` measures with the same rules so layout wraps exactly as the
// PDF draws. `PDFCanvas` is the drawing surface handed to `FigureDrawing` implementations.
import CLibHaru

/// The version of libharu this build links against.
public enum LibHaru {
  /// libharu's own version string, e.g. "2.3.0".
  public static var version: String { HPDF_VERSION_TEXT }
}
