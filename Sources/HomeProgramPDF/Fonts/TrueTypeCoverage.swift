/// Which Unicode characters a TrueType font can draw, read from its `cmap` table.
///
/// Formats 12 (full Unicode) and 4 (the Basic Multilingual Plane) are read; together they cover
/// every font this project ships with. The map is built once per font file (see `FontFileCache`).
///
/// It is kept the way the table gives it: runs of consecutive characters, each with the glyphs of
/// its characters side by side in one array. Building it writes each mapped glyph once; looking a
/// character up is a binary search over the runs (drawing uses `TrueTypeFont`'s advance table).

struct TrueTypeCoverage: Sendable {
  /// A run of consecutive characters and where their glyphs start in `glyphs`.
  private struct Run: Sendable {
    var first: UInt32
    var last: UInt32
    var glyphIndex: Int
  }

  /// The runs, in increasing order of characters, not overlapping.
  private let runs: [Run]
  /// The glyph of every character of every run, in order; 0 where the font has none.
  private let glyphs: [UInt16]
  /// Number of mapped characters.
  let count: Int

  /// Parses the best Unicode subtable of `cmap`; nil when the font has no readable Unicode cmap.
  init?(tables: TrueTypeTables) {
    guard let cmap = tables.table("cmap"), let count = cmap.u16(2) else { return nil }
    // (platform, encoding, offset) of every subtable.
    var subtables: [(platform: UInt16, encoding: UInt16, offset: Int)] = []
    for index in 0..<Int(count) {
      let record = 4 + index * 8
      guard let platform = cmap.u16(record), let encoding = cmap.u16(record + 2),
        let offset = cmap.u32(record + 4)
      else { return nil }
      subtables.append((platform, encoding, Int(offset)))
    }
    // Full-repertoire subtables first, then BMP ones.
    let preferences: [(platform: UInt16, encoding: UInt16, format: UInt16)] = [
      (3, 10, 12), (0, 6, 12), (0, 4, 12), (3, 1, 4), (0, 3, 4), (0, 2, 4), (0, 1, 4), (0, 0, 4),
    ]
    for preference in preferences {
      for subtable in subtables
      where subtable.platform == preference.platform && subtable.encoding == preference.encoding {
        let reader = cmap.advanced(by: subtable.offset)
        guard reader.u16(0) == preference.format else { continue }
        var builder = Builder()
        let parsed = preference.format == 12 ? builder.format12(reader) : builder.format4(reader)
        if parsed {
          (runs, self.count) = builder.finished()
          glyphs = builder.glyphs
          return
        }
      }
    }
    return nil
  }

  /// The glyph for `scalar`, or nil when the font has none.
  func glyph(for scalar: Unicode.Scalar) -> UInt16? {
    let value = scalar.value
    // The last run starting at or before `value`.
    var low = 0
    var high = runs.count
    while low < high {
      let middle = (low + high) / 2
      if runs[middle].first <= value { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return nil }
    let run = runs[low - 1]
    guard value <= run.last else { return nil }
    let glyph = glyphs[run.glyphIndex + Int(value - run.first)]
    return glyph == 0 ? nil : glyph
  }

  /// True when the font has a glyph for `scalar`.
  func covers(_ scalar: Unicode.Scalar) -> Bool {
    glyph(for: scalar) != nil
  }

  /// Calls `body` with every mapped character and its glyph, in increasing order of characters.
  func forEach(_ body: (_ scalar: UInt32, _ glyph: UInt16) -> Void) {
    glyphs.withUnsafeBufferPointer { glyphs in
      for run in runs {
        var index = run.glyphIndex
        for scalar in run.first...run.last {
          let glyph = glyphs[index]
          if glyph != 0 { body(scalar, glyph) }
          index += 1
        }
      }
    }
  }

  /// Calls `body` with each run: its first character and the glyphs of its characters in order (0
  /// where the font has none), in increasing order of characters.
  func forEachRun(_ body: (_ first: UInt32, _ glyphs: UnsafeBufferPointer<UInt16>) -> Void) {
    glyphs.withUnsafeBufferPointer { glyphs in
      for run in runs {
        body(
          run.first,
          UnsafeBufferPointer(rebasing: glyphs[run.glyphIndex...(run.glyphIndex + Int(run.last - run.first))])
        )
      }
    }
  }

  /// Collects the runs of one subtable.
  private struct Builder {
    var runs: [Run] = []
    var glyphs: [UInt16] = []

    /// Appends a run of `last - first + 1` characters whose glyphs `glyph(index)` gives.
    mutating func add(first: UInt32, last: UInt32, _ glyph: (_ index: Int) -> UInt16) {
      runs.append(Run(first: first, last: last, glyphIndex: glyphs.count))
      for index in 0...Int(last - first) { glyphs.append(glyph(index)) }
    }

    /// The runs in order of characters, without overlaps (a damaged table may have them: the run
    /// that starts first keeps the characters two runs share), and the number of mapped characters.
    func finished() -> (runs: [Run], count: Int) {
      var ordered = runs
      if !zip(runs, runs.dropFirst()).allSatisfy({ $0.last < $1.first }) {
        ordered = []
        for var run in runs.sorted(by: { $0.first < $1.first }) {
          if let previous = ordered.last, run.first <= previous.last {
            guard previous.last < run.last else { continue }
            run.glyphIndex += Int(previous.last + 1 - run.first)
            run.first = previous.last + 1
          }
          ordered.append(run)
        }
      }
      var count = 0
      for run in ordered {
        let start = run.glyphIndex
        for glyph in glyphs[start...(start + Int(run.last - run.first))] where glyph != 0 { count += 1 }
      }
      return (ordered, count)
    }

    /// Segmented 32-bit groups: (start, end, first glyph).
    mutating func format12(_ reader: ByteReader) -> Bool {
      guard let groupCount = reader.u32(12).map(Int.init) else { return false }
      return
        reader.withBytes(16, count: groupCount * 12) { table -> Bool? in
          for index in 0..<groupCount {
            let group = index * 12
            let start = table.u32(group)
            let end = table.u32(group + 4)
            let firstGlyph = table.u32(group + 8)
            guard start <= end, end <= 0x10_FFFF else { return nil }
            add(first: start, last: end) { index in
              let glyph = UInt64(firstGlyph) + UInt64(index)
              return glyph <= UInt64(UInt16.max) ? UInt16(glyph) : 0
            }
          }
          return true
        } ?? false
    }

    /// Segment mapping to delta values (the classic BMP table).
    mutating func format4(_ reader: ByteReader) -> Bool {
      guard let segCountX2 = reader.u16(6) else { return false }
      let segCount = Int(segCountX2) / 2
      let endCodes = 14
      let startCodes = endCodes + segCount * 2 + 2
      let deltas = startCodes + segCount * 2
      let rangeOffsets = deltas + segCount * 2
      // The glyph index array runs to the end of the subtable, which lies inside the cmap table.
      let available = reader.bytes.count - reader.base
      guard available >= rangeOffsets + segCount * 2 else { return false }
      return
        reader.withBytes(0, count: available) { table -> Bool? in
          for segment in 0..<segCount {
            let end = table.u16(endCodes + segment * 2)
            let start = table.u16(startCodes + segment * 2)
            let delta = table.u16(deltas + segment * 2)
            let rangeOffset = table.u16(rangeOffsets + segment * 2)
            guard start <= end else { return nil }
            // U+FFFF ends the last segment and is never a character.
            let last = min(UInt32(end), 0xFFFE)
            guard UInt32(start) <= last else { continue }
            if rangeOffset == 0 {
              add(first: UInt32(start), last: last) { index in
                UInt16(truncatingIfNeeded: UInt32(start) &+ UInt32(index) &+ UInt32(delta))
              }
            } else {
              let array = rangeOffsets + segment * 2 + Int(rangeOffset)
              guard array + (Int(last) - Int(start) + 1) * 2 <= table.buffer.count else { return nil }
              add(first: UInt32(start), last: last) { index in
                let raw = table.u16(array + index * 2)
                return raw == 0 ? 0 : raw &+ delta
              }
            }
          }
          return true
        } ?? false
    }
  }
}
