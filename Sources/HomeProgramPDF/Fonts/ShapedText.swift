/// A string split into runs, each drawable by one font, with the characters no font covers.

struct ShapedText: Sendable, Equatable {
  /// Which font draws a segment.
  enum Source: Sendable, Equatable {
    /// The face the run asked for.
    case primary
    /// The fallback font (used for every face).
    case fallback
  }

  /// Consecutive characters drawn with one font.
  struct Segment: Sendable, Equatable {
    /// The characters as libharu's UTF-8 fonts encode them: Basic Multilingual Plane code points.
    var codes: [UInt16]
    var source: Source
    /// Sum of the characters' advances in 1/1000 em.
    var advance: Int
  }

  var segments: [Segment]
  /// Characters replaced by `FontSet.replacement`.
  var missing: Set<Unicode.Scalar>

  /// Total advance in 1/1000 em.
  var advance: Int { segments.reduce(0) { $0 + $1.advance } }

  /// Width in points at `size`.
  func width(size: Double) -> Double { Double(advance) * size / 1000 }
}
