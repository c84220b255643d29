/// The table directory of a TrueType file and big-endian readers over its bytes.
///
/// Only what coverage and metrics need: bounds-checked reads that return nil past the end.
struct TrueTypeTables: Sendable {
  let bytes: [UInt8]
  /// Table tag ("cmap", "hmtx", ...) → (offset, length) in `bytes`.
  let tables: [String: (offset: Int, length: Int)]

  /// Reads the table directory; nil when the bytes are not a TrueType (sfnt) file.
  init?(bytes: [UInt8]) {
    self.bytes = bytes
    var tables: [String: (offset: Int, length: Int)] = [:]
    let reader = ByteReader(bytes: bytes)
    guard let version = reader.u32(0), version == 0x0001_0000 || version == 0x7472_7565,  // 1.0 or 'true'
      let count = reader.u16(4)
    else { return nil }
    for index in 0..<Int(count) {
      let record = 12 + index * 16
      guard let offset = reader.u32(record + 8), let length = reader.u32(record + 12),
        record + 4 <= bytes.count
      else { return nil }
      let tag = String(decoding: bytes[record..<record + 4], as: UTF8.self)
      tables[tag] = (Int(offset), Int(length))
    }
    self.tables = tables
  }

  /// A reader positioned at the start of `tag`'s table, or nil when the table is absent or truncated.
  func table(_ tag: String) -> ByteReader? {
    guard let entry = tables[tag], entry.offset >= 0, entry.offset + entry.length <= bytes.count else {
      return nil
    }
    return ByteReader(bytes: bytes, base: entry.offset)
  }
}

/// Big-endian reads at offsets relative to `base`; nil past the end of the bytes.
struct ByteReader: Sendable {
  let bytes: [UInt8]
  var base: Int = 0

  func u8(_ offset: Int) -> UInt8? {
    let at = base + offset
    return at >= 0 && at < bytes.count ? bytes[at] : nil
  }

  func u16(_ offset: Int) -> UInt16? {
    guard let high = u8(offset), let low = u8(offset + 1) else { return nil }
    return UInt16(high) << 8 | UInt16(low)
  }

  func i16(_ offset: Int) -> Int16? {
    u16(offset).map { Int16(bitPattern: $0) }
  }

  func u32(_ offset: Int) -> UInt32? {
    guard let high = u16(offset), let low = u16(offset + 2) else { return nil }
    return UInt32(high) << 16 | UInt32(low)
  }

  /// A reader whose offsets start `offset` bytes further on.
  func advanced(by offset: Int) -> ByteReader {
    ByteReader(bytes: bytes, base: base + offset)
  }
}
