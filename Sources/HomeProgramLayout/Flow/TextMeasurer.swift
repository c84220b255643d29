/// Measures text for layout. The PDF module supplies one backed by the embedded fonts' metrics;
/// tests use `FixedWidthMeasurer`.

public protocol TextMeasurer: Sendable {
  /// The advance width of `text` in points at `size` in `face`.
  func width(of text: String, face: FontFace, size: Double) -> Double
  /// Distance from the baseline to the top of the tallest glyphs, in points at `size`.
  func ascent(face: FontFace, size: Double) -> Double
  /// Distance from the baseline to the bottom of descenders (positive), in points at `size`.
  func descent(face: FontFace, size: Double) -> Double
}

/// A measurer where every character is `advance × size` wide: predictable numbers for tests.
public struct FixedWidthMeasurer: TextMeasurer {
  /// Advance per character as a fraction of the font size.
  public var advance: Double

  public init(advance: Double = 0.5) { self.advance = advance }

  public func width(of text: String, face: FontFace, size: Double) -> Double {
    Double(text.count) * advance * size
  }
  public func ascent(face: FontFace, size: Double) -> Double { size * 0.8 }
  public func descent(face: FontFace, size: Double) -> Double { size * 0.2 }
}
