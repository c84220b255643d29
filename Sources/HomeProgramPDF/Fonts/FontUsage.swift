/// The characters a document draws with each font file: what its font subsets must hold.

struct FontUsage: Sendable, Equatable {
  /// Font file path → characters drawn with it.
  private(set) var characters: [String: CodePointSet] = [:]

  /// Records that the members of `set` are drawn with the font at `path`.
  mutating func add(_ set: CodePointSet, path: String) {
    characters[path, default: CodePointSet()].formUnion(set)
  }

  /// The sorted code points drawn with the font at `path`; empty when it is not used.
  func codePoints(for path: String) -> [UInt32] {
    characters[path]?.sorted ?? []
  }
}

/// A set of Basic Multilingual Plane code points as a 64 Kbit bitmap (libharu draws nothing
/// beyond U+FFFF), cheap to fill character by character and to list in order.
struct CodePointSet: Sendable, Equatable {
  private var words = [UInt64](repeating: 0, count: 1024)

  mutating func insert<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
    for scalar in scalars where scalar.value <= 0xFFFF {
      words[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
    }
  }

  /// Adds `scalar` (nothing beyond U+FFFF).
  @inline(__always)
  mutating func insert(_ scalar: Unicode.Scalar) {
    guard scalar.value <= 0xFFFF else { return }
    words[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
  }

  /// Adds `codes` (Basic Multilingual Plane code points).
  mutating func insert(codes: [UInt16]) {
    for code in codes { words[Int(code >> 6)] |= 1 << UInt64(code & 63) }
  }

  /// Adds every member of `other`.
  mutating func formUnion(_ other: CodePointSet) {
    for index in words.indices { words[index] |= other.words[index] }
  }

  /// True when nothing was added.
  var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

  func contains(_ value: UInt32) -> Bool {
    value <= 0xFFFF && words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }

  /// The members in increasing order.
  var sorted: [UInt32] {
    var result: [UInt32] = []
    for (index, word) in words.enumerated() where word != 0 {
      var bits = word
      while bits != 0 {
        let bit = UInt32(bits.trailingZeroBitCount)
        result.append(UInt32(index) << 6 | bit)
        bits &= bits - 1
      }
    }
    return result
  }
}
