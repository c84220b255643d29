import Foundation

/// One TrueType file's character coverage and metrics, parsed once and shared (see `FontFileCache`).
/// A class: the measurer and the renderer look a face up for every word, and a struct of tables
/// was copied (and its buffers retained and released) each time.
final class TrueTypeFont: Sendable {
  /// The file it was read from.
  let path: String
  let coverage: TrueTypeCoverage
  let metrics: TrueTypeMetrics
  /// Advance in 1/1000 em of every Basic Multilingual Plane character the font covers, -1 where it
  /// has no glyph, in blocks of 256 characters: two array reads per character while measuring and
  /// drawing. Only blocks with a glyph are stored (about 40 of 256 for DejaVu Sans); the others
  /// share block 0, which has none, so a font costs 20 KB here instead of 128 KB.
  private let bmpAdvances: [Int16]
  /// Where each block of 256 characters starts in `bmpAdvances` (0 for a block without glyphs).
  private let bmpBlocks: [Int32]
  /// True for a font that maps more than `tableLimit` characters: its table has block 0 only, and
  /// a character missing from it is looked up in the cmap runs.
  private let looksUpAdvances: Bool
  /// The advance of glyph 0, drawn for uncovered characters.
  private let notdefAdvance: Int

  /// Fonts that map more characters than this get no advance table: their advances are looked up
  /// in the cmap runs when asked. Those are the CJK fallbacks (DroidSansFallbackFull maps about
  /// 30,000 characters), consulted only for what DejaVu Sans lacks, where a table would cost every
  /// run 150 blocks built for a handful of lookups.
  static let tableLimit = 20_000

  /// Reads and parses `path`; throws `PDFError.fontFileUnreadable` naming the file.
  ///
  /// Only the tables coverage and metrics need are read (`TrueTypeTables`), not the whole file.
  init(path: String, tableLimit: Int = TrueTypeFont.tableLimit) throws {
    let tables: TrueTypeTables
    do {
      tables = try TrueTypeTables(path: path)
    } catch .noSuchFile {
      throw PDFError.fontFileUnreadable(path: path, reason: "no such file")
    } catch .unreadable {
      throw PDFError.fontFileUnreadable(path: path, reason: "cannot read the file")
    } catch .notTrueType {
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
    self.notdefAdvance = metrics.advance(ofGlyph: 0)
    guard coverage.count <= tableLimit else {
      self.bmpBlocks = [Int32](repeating: 0, count: 256)
      self.bmpAdvances = [Int16](repeating: -1, count: 256)
      self.looksUpAdvances = true
      return
    }
    // The blocks that hold a glyph get a place in `advances`, in order; then each glyph's advance.
    var blocks = [Int32](repeating: 0, count: 256)
    var blockCount = 1
    coverage.forEachRun { first, glyphs in
      for (offset, glyph) in glyphs.enumerated() where glyph != 0 {
        let scalar = Int(first) + offset
        guard scalar <= 0xFFFF else { return }
        if blocks[scalar >> 8] == 0 {
          blocks[scalar >> 8] = Int32(blockCount * 256)
          blockCount += 1
        }
      }
    }
    var advances = [Int16](repeating: -1, count: blockCount * 256)
    coverage.forEachRun { first, glyphs in
      for (offset, glyph) in glyphs.enumerated() where glyph != 0 {
        let scalar = Int(first) + offset
        guard scalar <= 0xFFFF else { return }
        advances[Int(blocks[scalar >> 8]) + (scalar & 0xFF)] = Int16(
          clamping: metrics.advance(ofGlyph: glyph))
      }
    }
    self.bmpBlocks = blocks
    self.bmpAdvances = advances
    self.looksUpAdvances = false
  }

  /// The advance of `scalar` in 1/1000 em when libharu can draw it with this font, else nil.
  @inline(__always)
  func drawableAdvance(of scalar: Unicode.Scalar) -> Int? {
    guard scalar.value <= 0xFFFF else { return nil }
    let value = Int(scalar.value)
    let advance = bmpAdvances[Int(bmpBlocks[value >> 8]) + (value & 0xFF)]
    if advance >= 0 { return Int(advance) }
    return looksUpAdvances ? lookedUpAdvance(of: scalar) : nil
  }

  /// The advance of a BMP `scalar` from the cmap runs, for a font without a full advance table.
  @inline(never)
  private func lookedUpAdvance(of scalar: Unicode.Scalar) -> Int? {
    coverage.glyph(for: scalar).map { Int(Int16(clamping: metrics.advance(ofGlyph: $0))) }
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
