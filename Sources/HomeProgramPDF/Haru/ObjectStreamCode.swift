import CLibHaru

/// The one Huffman code igzip compresses every object stream with (`Deflate.objectStreamLevel`,
/// level 0), made once from the symbol counts of the sample PDFs' object streams.
///
/// An object stream is the structure tree's small dictionaries, the stream's header of object
/// numbers and offsets, and libharu's dictionaries: text whose symbols occur in much the same
/// proportions from one handout to the next. At levels 1 and up igzip counts each stream's symbols
/// and builds a code for it; with a code made in advance, level 0 skips both and parses with a
/// smaller hash table, for 0.4 % more bytes over 300 generated handouts' streams (igzip level 2:
/// 2,118,478 bytes in 6.3 cycles a byte; level 0 with this code: 2,126,655 in 4.7; level 0 with
/// igzip's default code: 2,428,096). The code is part of each stream (a dynamic block's header),
/// so any reader decodes it; a symbol the samples never had still gets a code (its count taken as
/// 1), and a stream that would not compress is stored.
///
/// The counts are data: `scripts/object-stream-code.py` writes them from the samples
/// (`--check` says whether they are still the samples'). Changing them changes every tagged
/// file's bytes, not what any reader sees.
enum ObjectStreamCode {
  /// The code's tables, made on first use (`isal_create_hufftables`) and kept for the process's
  /// life; 0 when they could not be made (`Deflate` then uses igzip's default code).
  static let tables: UInt = {
    let histogram = UnsafeMutablePointer<isal_huff_histogram>.allocate(capacity: 1)
    histogram.initialize(to: isal_huff_histogram())
    defer { histogram.deallocate() }
    withUnsafeMutableBytes(of: &histogram.pointee.lit_len_histogram) { fill($0, from: literalLengthCounts) }
    withUnsafeMutableBytes(of: &histogram.pointee.dist_histogram) { fill($0, from: distanceCounts) }
    let tables = UnsafeMutablePointer<isal_hufftables>.allocate(capacity: 1)
    guard isal_create_hufftables(tables, histogram) == 0 else {
      tables.deallocate()
      return 0
    }
    return UInt(bitPattern: tables)
  }()

  /// Writes `counts` (each at least 1) into a histogram's array of counts, `slots` (its bytes).
  private static func fill(_ slots: UnsafeMutableRawBufferPointer, from counts: [UInt64]) {
    let stride = MemoryLayout<UInt64>.stride
    for index in 0..<(slots.count / stride) {
      let count = max(1, index < counts.count ? counts[index] : 0)
      slots.storeBytes(of: count, toByteOffset: index * stride, as: UInt64.self)
    }
  }

  // BEGIN COUNTS (scripts/object-stream-code.py: 29 object streams of 29 sample PDFs)
  static let literalLengthCounts: [UInt64] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1109, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    14168, 0, 0, 0, 0, 0, 0, 0, 153, 190, 0, 64, 250, 248, 231, 1775, 3926, 6031, 6109, 6486, 5592, 5039,
    5397, 5239, 4826, 4817, 52, 86, 204, 0, 279, 23, 0, 287, 258, 297, 424, 68, 335, 49, 263, 340, 34, 740,
    431, 148, 115, 195, 700, 10, 291, 342, 396, 146, 114, 86, 149, 43, 17, 1135, 49, 575, 0, 0, 0, 1511,
    411, 668, 691, 2338, 323, 624, 460, 1271, 85, 265, 1002, 394, 1243, 1506, 615, 2, 1104, 1235, 1696, 672,
    88, 224, 110, 375, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 29, 0, 24418, 9543, 8916, 6234, 1479, 5360, 2932, 1791, 3185, 2385, 1710, 2971, 1904, 157, 290, 295,
    151, 325, 21, 101, 162, 62, 33, 11, 1, 4, 44, 0,
  ]
  static let distanceCounts: [UInt64] = [
    1, 0, 6, 183, 67, 2612, 614, 687, 804, 1173, 5253, 1952, 2941, 6457, 3732, 3124, 4439, 3714, 8017, 5719,
    3924, 2337, 3379, 2466, 3831, 1083, 1870, 1385, 2064, 651,
  ]
  // END COUNTS
}
