import CLibHaru
import Synchronization

/// zlib-format compression (what PDF's /FlateDecode reads) with libdeflate.
///
/// A libdeflate compressor is a few hundred kilobytes of tables; making one per document (or per
/// font) meant mapping, faulting in and unmapping that memory every time. Compressors are kept in
/// a small pool per level instead, one per document being rendered at once.
enum Deflate {
  /// The level for page contents, font subsets and figures. 4 costs two thirds of level 6's time
  /// for 2 % more bytes (measured on the sample handout's 15 pages: 26,880 B in 1.15 ms against
  /// 26,406 B in 1.69 ms). Font subsets and figures were compressed at 6 until 2026-12-07, as made
  /// once and reused; but in a batch nearly every handout has a character set of its own, so its
  /// subsets are made for it (2.4 compressions a handout over 400 generated profiles), and a
  /// second level kept a second pool of compressors, 668 KB each at levels 2 to 9, resident: with
  /// two jobs, 10,000 profiles peaked at 39.4 MB against 38.7 MB with one level, for 82 bytes more
  /// on the sample handout (44,308).
  static let contentLevel: Int32 = 4

  /// The level for the object streams of a tagged PDF (mostly the structure tree's small
  /// dictionaries, compressed once per document). 1 costs 60 % of level 4's instructions for
  /// 1 % more bytes per handout (callgrind, 20 generated handouts: 1.1 M against 1.8 M
  /// instructions each; median handout 39,239 B against 38,810 B).
  static let objectLevel: Int32 = 1

  /// What is being compressed, which decides the level.
  enum Use {
    /// A page's contents, a font subset's streams, a figure (`contentLevel`).
    case content
    /// The object streams (`objectLevel`).
    case objects

    fileprivate var pool: Pool {
      switch self {
      case .content: Deflate.contents
      case .objects: Deflate.objects
      }
    }
  }

  /// `bytes` compressed for `use`, in an array of its own size; nil only when libdeflate cannot
  /// allocate or reports no room (it cannot, with the bound it gives).
  static func zlib(_ bytes: UnsafeRawBufferPointer, for use: Use) -> [UInt8]? {
    withZlib(bytes, for: use) { Array($0) }
  }

  /// Calls `body` with `bytes` compressed for `use`, in scratch memory that lives only for the
  /// call (what is copied at once, such as a page's contents handed to libharu, needs no array of
  /// its own); nil when libdeflate fails. An array made with the compression bound's capacity
  /// kept that capacity (a little more than the input) for as long as a cache held the compressed
  /// font subset or figure: twice the bytes it used.
  static func withZlib<Result>(
    _ bytes: UnsafeRawBufferPointer, for use: Use, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    let pool = use.pool
    guard let compressor = pool.take() else { return nil }
    defer { pool.give(compressor) }
    let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
    return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { scratch -> Result? in
      let written = libdeflate_zlib_compress(
        compressor, bytes.baseAddress, bytes.count, scratch.baseAddress, scratch.count)
      guard written > 0 || bytes.isEmpty, written <= scratch.count else { return nil }
      return try body(UnsafeBufferPointer(rebasing: scratch[0..<written]))
    }
  }

  /// `bytes` compressed for `use` (default: content).
  static func zlib(_ bytes: [UInt8], for use: Use = .content) -> [UInt8]? {
    bytes.withUnsafeBytes { zlib($0, for: use) }
  }

  /// `withZlib` for an array's bytes.
  static func withZlib<Result>(
    _ bytes: [UInt8], for use: Use, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    try bytes.withUnsafeBytes { try withZlib($0, for: use, body) }
  }

  fileprivate static let contents = Pool(level: contentLevel)
  fileprivate static let objects = Pool(level: objectLevel)

  /// Idle compressors of one level (at most `kept`; more are freed when given back).
  fileprivate final class Pool: Sendable {
    let level: Int32
    static let kept = 8
    /// The idle compressors' addresses (`OpaquePointer` is not `Sendable`). A compressor taken
    /// from the pool belongs to one thread until it is given back.
    private let idle = Mutex<[UInt]>([])

    init(level: Int32) { self.level = level }

    func take() -> OpaquePointer? {
      let address = idle.withLock { $0.popLast() } ?? 0
      return OpaquePointer(bitPattern: address) ?? libdeflate_alloc_compressor(level)
    }

    func give(_ compressor: OpaquePointer) {
      let address = UInt(bitPattern: compressor)
      let keep = idle.withLock { idle in
        guard idle.count < Self.kept else { return false }
        idle.append(address)
        return true
      }
      if !keep { libdeflate_free_compressor(compressor) }
    }
  }
}
