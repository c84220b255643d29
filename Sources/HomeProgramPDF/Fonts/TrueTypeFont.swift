import CHarfBuzz
import Foundation

/// One TrueType file's character coverage and metrics, read once through HarfBuzz and shared (see
/// `FontFileCache`). A class: the measurer and the renderer look a face up for every word, and a
/// struct of tables was copied (and its buffers retained and released) each time.
final class TrueTypeFont: Sendable {
  /// The file it was read from.
  let path: String
  /// The file opened with HarfBuzz: coverage, advances and the subsets cut from it.
  let face: HarfBuzzFace
  let metrics: FontMetrics
  /// How many characters (any plane) the font maps to a glyph.
  let characterCount: Int
  /// Advance in 1/1000 em of every Basic Multilingual Plane character the font covers, -1 where it
  /// has no glyph, in blocks of 256 characters: two array reads per character while measuring and
  /// drawing. Only blocks with a glyph are stored (about 40 of 256 for DejaVu Sans); the others
  /// share block 0, which has none, so a font costs 20 KB here instead of 128 KB.
  private let bmpAdvances: [Int16]
  /// Where each block of 256 characters starts in `bmpAdvances` (0 for a block without glyphs).
  private let bmpBlocks: [Int32]
  /// True for a font that maps more than `tableLimit` characters: its table has block 0 only, and
  /// a character missing from it is looked up through HarfBuzz.
  private let looksUpAdvances: Bool
  /// The advance of glyph 0, drawn for uncovered characters.
  private let notdefAdvance: Int

  /// Fonts that map more characters than this get no advance table: their advances are looked up
  /// through HarfBuzz when asked. Those are the CJK fallbacks (DroidSansFallbackFull maps about
  /// 30,000 characters), consulted only for what DejaVu Sans lacks, where a table would cost every
  /// run 150 blocks built for a handful of lookups.
  static let tableLimit = 20_000

  /// Opens and reads `path`; throws `PDFError.fontFileUnreadable` naming the file.
  ///
  /// The file is mapped, not read: HarfBuzz touches only the tables asked for (`cmap`, `hmtx`,
  /// `head`, `hhea`), not the glyph outlines that are most of a font's bytes.
  init(path: String, tableLimit: Int = TrueTypeFont.tableLimit) throws {
    let face = try Self.open(path)
    let characters = face.characters()
    guard !characters.isEmpty else {
      throw PDFError.fontFileUnreadable(path: path, reason: "no readable Unicode cmap table")
    }
    guard let metrics = FontMetrics(face), face.table("hmtx").exists else {
      throw PDFError.fontFileUnreadable(path: path, reason: "missing or damaged head/hhea/hmtx tables")
    }
    self.path = path
    self.face = face
    self.metrics = metrics
    self.characterCount = characters.count
    self.notdefAdvance = metrics.thousandths(face.advance(of: 0))
    guard characters.count <= tableLimit else {
      self.bmpBlocks = [Int32](repeating: 0, count: 256)
      self.bmpAdvances = [Int16](repeating: -1, count: 256)
      self.looksUpAdvances = true
      return
    }
    let bmp = Array(characters.prefix { $0 <= 0xFFFF })
    let glyphs = face.glyphs(for: bmp)
    let advances = face.advances(of: glyphs)
    // The blocks that hold a glyph get a place in `table`, in order; then each glyph's advance.
    var blocks = [Int32](repeating: 0, count: 256)
    var blockCount = 1
    for (character, glyph) in zip(bmp, glyphs) where glyph != 0 && blocks[Int(character >> 8)] == 0 {
      blocks[Int(character >> 8)] = Int32(blockCount * 256)
      blockCount += 1
    }
    var table = [Int16](repeating: -1, count: blockCount * 256)
    for index in bmp.indices where glyphs[index] != 0 {
      let character = Int(bmp[index])
      table[Int(blocks[character >> 8]) + (character & 0xFF)] = Int16(
        clamping: metrics.thousandths(Int(advances[index])))
    }
    self.bmpBlocks = blocks
    self.bmpAdvances = table
    self.looksUpAdvances = false
  }

  /// The file at `path` opened with HarfBuzz, after checking it is a readable TrueType file.
  private static func open(_ path: String) throws -> HarfBuzzFace {
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw PDFError.fontFileUnreadable(
        path: path, reason: errno == ENOENT ? "no such file" : "cannot read the file")
    }
    guard status.st_mode & S_IFMT == S_IFREG, access(path, R_OK) == 0,
      let blob = hb_blob_create_from_file_or_fail(path)
    else {
      throw PDFError.fontFileUnreadable(path: path, reason: "cannot read the file")
    }
    defer { hb_blob_destroy(blob) }
    // An sfnt file holding TrueType outlines starts with version 1.0 or 'true' (OpenType/CFF
    // fonts start with 'OTTO', collections with 'ttcf'; neither can be embedded as FontFile2).
    var length: UInt32 = 0
    let version = hb_blob_get_data(blob, &length).map { data in
      data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { bytes in
        length >= 4
          ? UInt32(bytes[0]) << 24 | UInt32(bytes[1]) << 16 | UInt32(bytes[2]) << 8 | UInt32(bytes[3]) : 0
      }
    }
    guard version == 0x0001_0000 || version == 0x7472_7565, let face = HarfBuzzFace(blob: blob) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "not a TrueType font")
    }
    return face
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

  /// The advance of a BMP `scalar` through HarfBuzz, for a font without a full advance table.
  @inline(never)
  private func lookedUpAdvance(of scalar: Unicode.Scalar) -> Int? {
    face.glyph(for: scalar.value).map { Int(Int16(clamping: metrics.thousandths(face.advance(of: $0)))) }
  }

  /// True when libharu can draw `scalar` with this font: a glyph exists and the character lies in
  /// the Basic Multilingual Plane (libharu 2.3.0's UTF-8 encoder turns anything beyond into a space).
  func canDraw(_ scalar: Unicode.Scalar) -> Bool {
    drawableAdvance(of: scalar) != nil
  }

  /// The advance of `scalar` in 1/1000 em (glyph 0's advance when uncovered, as libharu does).
  func advance(of scalar: Unicode.Scalar) -> Int {
    if scalar.value <= 0xFFFF { return drawableAdvance(of: scalar) ?? notdefAdvance }
    return metrics.thousandths(face.advance(of: face.glyph(for: scalar.value) ?? 0))
  }
}
