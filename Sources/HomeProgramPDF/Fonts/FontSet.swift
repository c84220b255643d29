import Foundation
import HomeProgramLayout

/// The handout's four faces plus an optional fallback font, with the rules for drawing any string.
/// A class: every canvas, measurer and document shares one set without copying its tables.
///
/// Both `HaruTextMeasurer` and `PDFRenderer` go through `shape(_:face:)`, so the measured width of
/// a run is exactly the width the PDF draws, including stripped control characters, fallback
/// glyphs and replacement marks.
public final class FontSet: Sendable {
  /// The files of the DejaVu Sans family, per face.
  public static let dejaVuFileNames: [FontFace: String] = [
    .regular: "DejaVuSans.ttf",
    .bold: "DejaVuSans-Bold.ttf",
    .oblique: "DejaVuSans-Oblique.ttf",
    .boldOblique: "DejaVuSans-BoldOblique.ttf",
  ]

  /// Where Debian's fonts-dejavu-core installs DejaVu Sans.
  public static let defaultDirectory = "/usr/share/fonts/truetype/dejavu"

  /// TrueType fonts tried, in order, for characters DejaVu Sans lacks. Only `.ttf` files work:
  /// libharu 2.3.0 cannot load OpenType/CFF or collections (`.otf`, `.ttc`).
  /// Debian's fonts-droid-fallback comes first: it covers Chinese, Japanese and Korean, the
  /// characters most often missing from DejaVu Sans. None of them is required.
  public static let defaultFallbackPaths = [
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "/usr/share/fonts/truetype/unifont/unifont.ttf",
  ]

  /// The character drawn in place of one no installed font covers.
  public static let replacement: Unicode.Scalar = "?"

  let regular: TrueTypeFont
  let bold: TrueTypeFont
  let oblique: TrueTypeFont
  let boldOblique: TrueTypeFont
  /// The first existing fallback font, if any, loaded when a character first needs it (most
  /// handouts never do, and a CJK fallback font is large).
  var fallback: TrueTypeFont? {
    fallbackFont.value { [fallbackPaths] in
      // A damaged fallback is skipped rather than fatal: it only improves rare characters.
      fallbackPaths.lazy.filter { FileManager.default.isReadableFile(atPath: $0) }
        .compactMap { try? FontFileCache.shared.font(at: $0) }.first
    }
  }
  private let fallbackPaths: [String]
  private let fallbackFont = LoadOnce<TrueTypeFont?>()

  /// Loads the four faces from `directory` and the first fallback in `fallbackPaths` that exists.
  ///
  /// Throws `PDFError.fontFileUnreadable` naming the first face file that is missing or damaged.
  public init(
    directory: String = FontSet.defaultDirectory, fallbackPaths: [String] = FontSet.defaultFallbackPaths
  )
    throws
  {
    func load(_ face: FontFace) throws -> TrueTypeFont {
      let name = Self.dejaVuFileNames[face] ?? "DejaVuSans.ttf"
      return try FontFileCache.shared.font(at: (directory as NSString).appendingPathComponent(name))
    }
    regular = try load(.regular)
    bold = try load(.bold)
    oblique = try load(.oblique)
    boldOblique = try load(.boldOblique)
    self.fallbackPaths = fallbackPaths
  }

  /// The file path of `face`.
  public func path(of face: FontFace) -> String { font(face).path }

  /// The file path of the fallback font in use, if any.
  public var fallbackPath: String? { fallback?.path }

  func font(_ face: FontFace) -> TrueTypeFont {
    switch face {
    case .regular: regular
    case .bold: bold
    case .oblique: oblique
    case .boldOblique: boldOblique
    }
  }

  /// How one character is drawn: which font, which character (the replacement when uncovered) and
  /// its advance in 1/1000 em; nil for control characters, which are dropped.
  private func resolve(_ scalar: Unicode.Scalar, in primary: TrueTypeFont) -> (
    source: ShapedText.Source, drawn: Unicode.Scalar, advance: Int
  )? {
    if Self.isControl(scalar) { return nil }
    if let advance = primary.drawableAdvance(of: scalar) { return (.primary, scalar, advance) }
    if let fallback, let advance = fallback.drawableAdvance(of: scalar) {
      return (.fallback, scalar, advance)
    }
    return (.primary, Self.replacement, primary.advance(of: Self.replacement))
  }

  /// True for the general category Cc (control): exactly U+0000–U+001F and U+007F–U+009F, checked
  /// without a Unicode property lookup.
  @inline(__always)
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
  }

  /// Per font file, the characters drawing each `(text, face)` of `runs` uses, so each font can be
  /// cut to what the document needs.
  func usage<Runs: Sequence>(of runs: Runs) -> FontUsage
  where Runs.Element == (text: String, face: FontFace) {
    var primary = [CodePointSet](repeating: CodePointSet(), count: FontFace.allCases.count)
    var used = [Bool](repeating: false, count: FontFace.allCases.count)
    var fallbackSet = CodePointSet()
    for run in runs {
      let index = FontFace.allCases.firstIndex(of: run.face) ?? 0
      used[index] = true
      for segment in shape(run.text, face: run.face).segments {
        switch segment.source {
        case .primary: primary[index].insert(codes: segment.codes)
        case .fallback: fallbackSet.insert(codes: segment.codes)
        }
      }
    }
    var usage = FontUsage()
    for (index, face) in FontFace.allCases.enumerated() where used[index] {
      usage.add(primary[index], path: font(face).path)
    }
    if !fallbackSet.isEmpty, let fallback { usage.add(fallbackSet, path: fallback.path) }
    return usage
  }

  /// The width of `text` in 1/1000 em, exactly as `shape` would draw it (without building runs).
  func advance(of text: String, face: FontFace) -> Int {
    let primary = font(face)
    var total = 0
    for scalar in text.unicodeScalars {
      total += resolve(scalar, in: primary)?.advance ?? 0
    }
    return total
  }

  /// Splits `text` into runs that one font can draw, after removing control characters and
  /// replacing characters no font covers. Remembered per set: a batch draws the same lines of
  /// catalogue text again and again.
  func shape(_ text: String, face: FontFace) -> ShapedText {
    shapes.shaped(text, face: face) { shapeAnew(text, face: face) }
  }

  /// Lines already shaped with this set.
  private let shapes = ShapeCache()

  private func shapeAnew(_ text: String, face: FontFace) -> ShapedText {
    let primary = font(face)
    var segments: [ShapedText.Segment] = []
    var missing: Set<Unicode.Scalar> = []
    var codes: [UInt16] = []
    codes.reserveCapacity(text.utf8.count)
    var source = ShapedText.Source.primary
    var advance = 0
    for scalar in text.unicodeScalars {
      guard let (next, drawn, width) = resolve(scalar, in: primary) else { continue }
      if drawn != scalar { missing.insert(scalar) }
      if next != source && !codes.isEmpty {
        segments.append(ShapedText.Segment(codes: codes, source: source, advance: advance))
        codes.removeAll(keepingCapacity: true)
        advance = 0
      }
      source = next
      // `resolve` only draws characters a 64 K advance table holds, or the replacement.
      codes.append(UInt16(truncatingIfNeeded: drawn.value))
      advance += width
    }
    if !codes.isEmpty { segments.append(ShapedText.Segment(codes: codes, source: source, advance: advance)) }
    return ShapedText(segments: segments, missing: missing)
  }
}
