import HomeProgramBundle
import HomeProgramDocument
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner

/// SplitMix64: a tiny, fast, seeded generator, so every property and fuzz test runs the same cases
/// and a failure reproduces.
package struct SplitMix64: RandomNumberGenerator {
  package var state: UInt64

  /// A generator seeded with `state`.
  package init(state: UInt64) { self.state = state }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number from 0 to `bound - 1` (0 when `bound` is 1 or less).
  package mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }

  /// One of `items`, which must not be empty.
  package mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
