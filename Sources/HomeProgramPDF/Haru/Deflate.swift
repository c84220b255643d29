import CLibHaru
import Synchronization

/// zlib-format compression (what PDF's /FlateDecode reads): libdeflate for page contents, font
/// subsets and figures, ISA-L's igzip for the object streams of a tagged PDF.
///
/// A compressor is a few hundred kilobytes of tables; making one per document (or per font)
/// meant mapping, faulting in and unmapping that memory every time. Compressors are kept in a
/// small pool per use instead, one per document being rendered at once.
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

  /// igzip's level for the object streams of a tagged PDF (mostly the structure tree's small
  /// dictionaries and the streams' headers of object numbers and offsets: 23.5 KB a generated
  /// handout, compressed once per document): level 0 with the code made in advance for their
  /// text (`ObjectStreamCode`, which gives the figures). Until 2026-12-07 libdeflate compressed
  /// them at level 1: in a batch its parse of this text mispredicts branch after branch and ran
  /// at 12.5 cycles a byte (timed around each call over 1,100 generated handouts), against 6.7 for
  /// igzip at level 2. igzip picks its machine code for the processor at run time: levels 0 to 2
  /// wrote the same bytes with AVX-512 and (under valgrind) without; level 3 did not, so it is
  /// not used.
  static let objectStreamLevel: UInt32 = 0

  /// What is being compressed, which decides the compressor and its level.
  enum Use {
    /// A page's contents, a font subset's streams, a figure (`contentLevel`).
    case content
    /// The object streams (`objectStreamLevel`, igzip).
    case objects
  }

  /// `bytes` compressed for `use`, in an array of its own size; nil only when the compressor
  /// cannot be allocated or reports no room (it cannot, with the bounds given).
  static func zlib(_ bytes: UnsafeRawBufferPointer, for use: Use) -> [UInt8]? {
    withZlib(bytes, for: use) { Array($0) }
  }

  /// Calls `body` with `bytes` compressed for `use`, in scratch memory that lives only for the
  /// call (what is copied at once, such as a page's contents handed to libharu, needs no array of
  /// its own); nil when the compressor fails. An array made with the compression bound's capacity
  /// kept that capacity (a little more than the input) for as long as a cache held the compressed
  /// font subset or figure: twice the bytes it used.
  static func withZlib<Result>(
    _ bytes: UnsafeRawBufferPointer, for use: Use, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    switch use {
    case .content: try libdeflate(bytes, body)
    case .objects: try igzip(bytes, body)
    }
  }

  /// `withZlib` with a libdeflate compressor at `contentLevel`.
  private static func libdeflate<Result>(
    _ bytes: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    guard let address = contents.take(), let compressor = OpaquePointer(bitPattern: address) else {
      return nil
    }
    defer { contents.give(address) }
    let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
    return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { scratch -> Result? in
      let written = libdeflate_zlib_compress(
        compressor, bytes.baseAddress, bytes.count, scratch.baseAddress, scratch.count)
      guard written > 0 || bytes.isEmpty, written <= scratch.count else { return nil }
      return try body(UnsafeBufferPointer(rebasing: scratch[0..<written]))
    }
  }

  /// `withZlib` with igzip at `objectStreamLevel`, in one call (stateless: the whole input, a
  /// final block). Room for the output: the input, plus igzip's stored blocks' 5 bytes for each
  /// 64 KB should the text not compress, plus the header and the checksum, with a margin.
  private static func igzip<Result>(
    _ bytes: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    guard bytes.count < Int(UInt32.max / 2), let address = objectStreams.take(),
      let state = UnsafeMutableRawPointer(bitPattern: address)
    else { return nil }
    defer { objectStreams.give(address) }
    let bound = bytes.count + bytes.count / 8 + 1024
    return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { scratch -> Result? in
      let stream = state.bindMemory(to: isal_zstream.self, capacity: 1)
      isal_deflate_stateless_init(stream)
      // ISA-L 2.30's init leaves the window size (`hist_bits`) as it was; 0 is the full 32 KB.
      stream.pointee.hist_bits = 0
      stream.pointee.level = objectStreamLevel
      if let code = UnsafeMutablePointer<isal_hufftables>(bitPattern: ObjectStreamCode.tables) {
        stream.pointee.hufftables = code
      }
      stream.pointee.gzip_flag = UInt16(IGZIP_ZLIB)
      stream.pointee.end_of_stream = 1
      stream.pointee.flush = UInt16(NO_FLUSH)
      stream.pointee.next_in = UnsafeMutablePointer(
        mutating: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self))
      stream.pointee.avail_in = UInt32(bytes.count)
      stream.pointee.next_out = scratch.baseAddress
      stream.pointee.avail_out = UInt32(scratch.count)
      guard isal_deflate_stateless(stream) == COMP_OK else { return nil }
      let written = Int(stream.pointee.total_out)
      guard written > 0, written <= scratch.count else { return nil }
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

  private static let contents = Pool(
    make: { UInt(bitPattern: libdeflate_alloc_compressor(contentLevel)) },
    free: { libdeflate_free_compressor(OpaquePointer(bitPattern: $0)) })

  /// igzip's state, an `isal_zstream` (82 KB, most of it igzip's state for streaming, which a
  /// stateless call leaves alone; level 0 needs no buffer besides), zeroed when made: it comes
  /// from reused heap memory, and a field `isal_deflate_stateless_init` does not reset (such as
  /// `hist_bits` in ISA-L 2.30) must not start as whatever was there, or the output would depend
  /// on it.
  private static let objectStreams = Pool(
    make: {
      let state = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<isal_zstream>.size, alignment: 64)
      state.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<isal_zstream>.size)
      return UInt(bitPattern: state)
    },
    free: { UnsafeMutableRawPointer(bitPattern: $0)?.deallocate() })

  /// Idle compressors of one kind (at most `kept`; more are freed when given back), by address
  /// (pointers are not `Sendable`). A compressor taken from the pool belongs to one thread until
  /// it is given back.
  private final class Pool: Sendable {
    static let kept = 8
    private let idle = Mutex<[UInt]>([])
    /// A new compressor's address, 0 when it cannot be allocated.
    private let make: @Sendable () -> UInt
    private let free: @Sendable (UInt) -> Void

    init(make: @escaping @Sendable () -> UInt, free: @escaping @Sendable (UInt) -> Void) {
      self.make = make
      self.free = free
    }

    /// An idle compressor, or a new one; nil when none can be allocated.
    func take() -> UInt? {
      let address = idle.withLock { $0.popLast() } ?? make()
      return address == 0 ? nil : address
    }

    func give(_ address: UInt) {
      let keep = idle.withLock { idle in
        guard idle.count < Self.kept else { return false }
        idle.append(address)
        return true
      }
      if !keep { free(address) }
    }
  }
}
