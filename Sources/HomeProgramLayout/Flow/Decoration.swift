import HomeProgramModel

/// A box drawn behind each page's piece of a flow (a callout), with padding around the content.
struct Decoration: Sendable, Equatable {
  var fill: RGBColor?
  var stroke: RGBColor?
  var lineWidth: Double
  var cornerRadius: Double
  var padding: Double

  /// The box op for a piece of `height` content (padding included by the caller) and `width`.
  /// The stroke is inset by half its width so it stays inside the rectangle.
  func box(width: Double, height: Double, y: Double = 0) -> DrawOp {
    let inset = stroke == nil ? 0 : lineWidth / 2
    return .box(
      Box(
        rect: Rect(x: inset, y: y + inset, width: width - 2 * inset, height: height - 2 * inset), fill: fill,
        stroke: stroke, lineWidth: lineWidth, cornerRadius: cornerRadius))
  }
}
