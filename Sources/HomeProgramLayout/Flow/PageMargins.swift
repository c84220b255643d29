/// The four page margins in points.

public struct PageMargins: Sendable, Equatable, Hashable {
  /// The top margin.
  public var top: Double
  /// The left margin.
  public var left: Double
  /// The bottom margin.
  public var bottom: Double
  /// The right margin.
  public var right: Double

  public init(top: Double, left: Double, bottom: Double, right: Double) {
    self.top = top
    self.left = left
    self.bottom = bottom
    self.right = right
  }

  /// The handout margins from the style guide: 54 pt top, left and right; 60 pt bottom (the footer
  /// lives in the bottom margin).
  public static let handout = PageMargins(top: 54, left: 54, bottom: 60, right: 54)
  /// The short documents' margins (the short handout, the short public leaflet, the referral
  /// sheets): 46 pt top, 50 pt left and right, 54 pt bottom. A little under the style guide's, so
  /// that they fit their page limits; still more than half an inch all round.
  public static let short = PageMargins(top: 46, left: 50, bottom: 54, right: 50)
}
