import Foundation
import HomeProgramModel

/// The tables of a TrueType file that coverage and metrics need, read from the file without
/// reading the rest of it (the glyph outlines are most of a font's bytes).
struct TrueTypeTables: Sendable {
  /// Why a file's tables could not be read.
  enum Failure: Error, Equatable {
    /// There is no file at the path.
    case noSuchFile
    /// The file exists but could not be read.
    case unreadable
    /// The bytes are not a TrueType (sfnt) file.
    case notTrueType
  }

  /// The tables read, by tag ("cmap", "hmtx", ...). A table the directory lists past the end of
  /// the file is left out.
  private let tables: [String: [UInt8]]

  /// The tables every `TrueTypeFont` reads.
  static let fontTags = ["cmap", "head", "hhea", "hmtx"]

  /// Reads the table directory of the file at `path`, then the tables in `tags` that it lists.
  init(path: String, tags: [String] = TrueTypeTables.fontTags) throws(Failure) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw errno == ENOENT ? .noSuchFile : .unreadable }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw .unreadable }
    let size = Int(status.st_size)
    // The offset table: version and table count, then 16 bytes per table.
    let header = try Self.read(descriptor, offset: 0, count: min(12, size))
    let reader = ByteReader(bytes: header)
    guard let version = reader.u32(0), version == 0x0001_0000 || version == 0x7472_7565,  // 1.0 or 'true'
      let count = reader.u16(4)
    else { throw .notTrueType }
    let directorySize = Int(count) * 16
    guard 12 + directorySize <= size else { throw .notTrueType }
    let directory = try Self.read(descriptor, offset: 12, count: directorySize)
    var tables: [String: [UInt8]] = [:]
    for index in 0..<Int(count) {
      let record = index * 16
      let tag = String(decoding: directory[record..<record + 4], as: UTF8.self)
      guard tags.contains(tag) else { continue }
      let entry = ByteReader(bytes: directory, base: record)
      guard let offset = entry.u32(8).map(Int.init), let length = entry.u32(12).map(Int.init),
        offset <= size, length <= size - offset
      else { continue }
      tables[tag] = try Self.read(descriptor, offset: offset, count: length)
    }
    self.tables = tables
  }

  /// Exactly `count` bytes at `offset` of the open file.
  private static func read(_ descriptor: Int32, offset: Int, count: Int) throws(Failure) -> [UInt8] {
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var done = 0
      while done < count {
        let got = pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else { break }
        done += got
      }
      initialized = done
      failed = done < count
    }
    if failed { throw .unreadable }
    return bytes
  }

  /// A reader over `tag`'s table, or nil when the file has no such table.
  func table(_ tag: String) -> ByteReader? {
    tables[tag].map { ByteReader(bytes: $0) }
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

  /// True when the `count` bytes from `offset` on lie inside the bytes.
  func contains(_ offset: Int, count: Int) -> Bool {
    let start = base + offset
    return start >= 0 && count >= 0 && start <= bytes.count && count <= bytes.count - start
  }

  /// Calls `body` with the `count` bytes from `offset` on, or returns nil when they do not all lie
  /// inside the bytes. For loops over a table: one bounds check, then unchecked reads.
  func withBytes<Result>(
    _ offset: Int, count: Int, _ body: (BigEndianBytes) -> Result?
  ) -> Result? {
    guard contains(offset, count: count) else { return nil }
    let start = base + offset
    return bytes.withUnsafeBufferPointer { buffer in
      body(BigEndianBytes(buffer: UnsafeBufferPointer(rebasing: buffer[start..<start + count])))
    }
  }
}

/// Big-endian reads from bytes already checked to hold every offset read (see
/// `ByteReader.withBytes`): the hot loops over cmap and hmtx entries.
struct BigEndianBytes {
  let buffer: UnsafeBufferPointer<UInt8>

  @inline(__always)
  func u16(_ offset: Int) -> UInt16 {
    UInt16(buffer[offset]) << 8 | UInt16(buffer[offset + 1])
  }

  @inline(__always)
  func u32(_ offset: Int) -> UInt32 {
    UInt32(u16(offset)) << 16 | UInt32(u16(offset + 2))
  }
}
