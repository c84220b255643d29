import Foundation

/// A string that is equal to another only when their UTF-8 bytes are, for the keys of caches of
/// measured and drawn text.
///
/// Swift's `String` is equal by canonical equivalence: "é" written as one character equals "e"
/// followed by a combining accent. The two draw different glyphs and measure differently, so a
/// cache keyed by `String` could hand one the other's lines, and a batch's output would then
/// depend on which profile came first. Hashing the bytes as they are also skips the
/// normalisation check `String` makes for text that is not ASCII.
public struct ExactText: Hashable, Sendable {
  public let string: String
  /// The hash of the bytes, worked out once: a cache hashes its key at every lookup, in each of its
  /// generations and again to store it.
  private let bytesHash: Int

  public init(_ string: String) {
    self.string = string
    var hasher = Hasher()
    Self.combine(string, into: &hasher)
    bytesHash = hasher.finalize()
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(bytesHash)
  }

  public static func == (left: ExactText, right: ExactText) -> Bool {
    left.bytesHash == right.bytesHash && equal(left.string, right.string)
  }

  /// Feeds `string`'s UTF-8 bytes (and their count) to `hasher`.
  public static func combine(_ string: String, into hasher: inout Hasher) {
    var string = string
    string.withUTF8 { bytes in
      hasher.combine(bytes.count)
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }
  }

  /// True when the two strings have the same UTF-8 bytes.
  public static func equal(_ left: String, _ right: String) -> Bool {
    var left = left
    var right = right
    return left.withUTF8 { leftBytes in
      right.withUTF8 { rightBytes in
        guard leftBytes.count == rightBytes.count else { return false }
        guard let one = leftBytes.baseAddress, let other = rightBytes.baseAddress else { return true }
        return memcmp(one, other, leftBytes.count) == 0
      }
    }
  }
}
