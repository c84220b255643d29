import Foundation

/// One TrueType file's character coverage and metrics, parsed once and shared (see `FontFileCache`).
struct TrueTypeFont: Sendable {
  /// The file it was read from.
  let path: String
  let coverage: TrueTypeCoverage
  let metrics: TrueTypeMetrics
  /// Advance in 1/1000 em of every Basic Multilingual Plane character the font covers, -1 where it
  /// has no glyph: one array read per character while measuring and drawing.
  private let bmpAdvances: [Int16]
  /// The advance of glyph 0, drawn for uncovered characters.
  private let notdefAdvance: Int

  /// Reads and parses `path`; throws `PDFError.fontFileUnreadable` naming the file.
  init(path: String) throws {
    guard FileManager.default.fileExists(atPath: path) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "no such file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "cannot read the file")
    }
    guard let tables = TrueTypeTables(bytes: [UInt8](data)) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "not a TrueType font")
    }
    guard let coverage = TrueTypeCoverage(tables: tables) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "no readable Unicode cmap table")
    }
    guard let metrics = TrueTypeMetrics(tables: tables) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "missing or damaged head/hhea/hmtx tables")
    }
    self.path = path
    self.coverage = coverage
    self.metrics = metrics
    var advances = [Int16](repeating: -1, count: 0x10000)
    coverage.forEach { scalar, glyph in
      if scalar <= 0xFFFF { advances[Int(scalar)] = Int16(clamping: metrics.advance(ofGlyph: glyph)) }
    }
    self.bmpAdvances = advances
    self.notdefAdvance = metrics.advance(ofGlyph: 0)
  }

  /// The advance of `scalar` in 1/1000 em when libharu can draw it with this font, else nil.
  @inline(__always)
  func drawableAdvance(of scalar: Unicode.Scalar) -> Int? {
    guard scalar.value <= 0xFFFF else { return nil }
    let advance = bmpAdvances[Int(scalar.value)]
    return advance >= 0 ? Int(advance) : nil
  }

  /// True when libharu can draw `scalar` with this font: a glyph exists and the character lies in
  /// the Basic Multilingual Plane (libharu 2.3.0's UTF-8 encoder turns anything beyond into a space).
  func canDraw(_ scalar: Unicode.Scalar) -> Bool {
    drawableAdvance(of: scalar) != nil
  }

  /// The advance of `scalar` in 1/1000 em (glyph 0's advance when uncovered, as libharu does).
  func advance(of scalar: Unicode.Scalar) -> Int {
    if scalar.value <= 0xFFFF { return drawableAdvance(of: scalar) ?? notdefAdvance }
    return metrics.advance(ofGlyph: coverage.glyph(for: scalar) ?? 0)
  }
}
