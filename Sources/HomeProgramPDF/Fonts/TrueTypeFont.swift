import Foundation

/// One TrueType file's character coverage and metrics, parsed once and shared (see `FontFileCache`).
struct TrueTypeFont: Sendable {
  /// The file it was read from.
  let path: String
  let coverage: TrueTypeCoverage
  let metrics: TrueTypeMetrics

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
  }

  /// True when libharu can draw `scalar` with this font: a glyph exists and the character lies in
  /// the Basic Multilingual Plane (libharu 2.3.0's UTF-8 encoder turns anything beyond into a space).
  func canDraw(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value <= 0xFFFF && coverage.covers(scalar)
  }

  /// The advance of `scalar` in 1/1000 em (glyph 0's advance when uncovered, as libharu does).
  func advance(of scalar: Unicode.Scalar) -> Int {
    metrics.advance(ofGlyph: coverage.glyph(for: scalar) ?? 0)
  }
}
