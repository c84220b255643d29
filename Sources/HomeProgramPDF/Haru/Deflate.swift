import CLibHaru
import Synchronization

/// zlib-format compression (what PDF's /FlateDecode reads) with libdeflate.
///
/// A libdeflate compressor is a few hundred kilobytes of tables; making one per document (or per
/// font) meant mapping, faulting in and unmapping that memory every time. Compressors are kept in
/// a small pool per level instead, one per document being rendered at once.
enum Deflate {
  /// The level for what is compressed once and reused (font subsets, figures): 6 gives the size
  /// zlib's default gives in under two thirds of the time.
  static let level: Int32 = 6

  /// The level for what is compressed once and not reused: page contents (once per page). 4 costs
  /// two thirds of level 6's time for 2 % more bytes (measured on the sample handout's 15 pages: 26,880 B in
  /// 1.15 ms against 26,406 B in 1.69 ms).
  static let pageLevel: Int32 = 4

  /// The level for the object streams of a tagged PDF (mostly the structure tree's small
  /// dictionaries, compressed once per document) and its cross-reference stream. 1 costs 60 % of
  /// level 4's instructions for 1 % more bytes per handout (callgrind, 20 generated handouts: 1.1 M against 1.8 M instructions
  /// each; median handout 39,239 B against 38,810 B).
  static let objectLevel: Int32 = 1

  /// What is being compressed, which decides the level.
  enum Use {
    /// Compressed once: a page's contents (`pageLevel`).
    case page
    /// Something made once and reused: a font subset, a figure (`level`).
    case reused
    /// The object streams and the cross-reference stream (`objectLevel`).
    case objects

    fileprivate var pool: Pool {
      switch self {
      case .page: Deflate.pages
      case .reused: Deflate.reused
      case .objects: Deflate.objects
      }
    }
  }

  /// `bytes` compressed for `use`; nil only when libdeflate cannot allocate or reports no room
  /// (it cannot, with the bound it gives).
  static func zlib(_ bytes: UnsafeRawBufferPointer, for use: Use) -> [UInt8]? {
    let pool = use.pool
    guard let compressor = pool.take() else { return nil }
    defer { pool.give(compressor) }
    let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
    // Written into uninitialised memory: only what libdeflate writes is kept.
    var written = 0
    let output = [UInt8](unsafeUninitializedCapacity: bound) { out, initialized in
      written = libdeflate_zlib_compress(compressor, bytes.baseAddress, bytes.count, out.baseAddress, bound)
      initialized = min(written, bound)
    }
    guard written > 0 || bytes.isEmpty else { return nil }
    return output
  }

  /// `bytes` compressed for `use` (default: reused).
  static func zlib(_ bytes: [UInt8], for use: Use = .reused) -> [UInt8]? {
    bytes.withUnsafeBytes { zlib($0, for: use) }
  }

  fileprivate static let pages = Pool(level: pageLevel)
  fileprivate static let reused = Pool(level: level)
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
