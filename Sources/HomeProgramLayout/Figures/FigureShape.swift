import HomeProgramModel

/// One drawing primitive of a figure, in figure units (y up) or, after fitting, in layout points
/// (y down). Every shape knows its bounding box, so a test can check a figure stays in its frame.
public enum FigureShape: Sendable, Equatable {
  /// An open polyline with round caps and joins.
  case stroke([Point], width: Double, ink: FigureInk)
  /// A filled circle.
  case dot(Point, radius: Double, ink: FigureInk)
  /// A filled closed polygon; `outline` > 0 also strokes its edge.
  case polygon([Point], outline: Double, ink: FigureInk)
  /// A line of text; `at` is the left end of its baseline, `size` the font size.
  case label(String, at: Point, size: Double, ink: FigureInk)

  /// The estimated advance of a label's characters, as a fraction of the font size.
  public static let labelAdvance = 0.66

  /// The smallest rectangle holding the painted shape (strokes and outlines included), in the
  /// shape's own coordinates; for a label, y runs from the baseline up (`yUp`) or down.
  public func bounds(yUp: Bool) -> Rect {
    switch self {
    case .stroke(let points, let width, _):
      return Self.box(points, pad: width / 2)
    case .dot(let center, let radius, _):
      return Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
    case .polygon(let points, let outline, _):
      return Self.box(points, pad: outline / 2)
    case .label(let text, let at, let size, _):
      let width = Double(text.count) * size * Self.labelAdvance
      // Cap height above the baseline, a small descent below.
      return yUp
        ? Rect(x: at.x, y: at.y - size * 0.22, width: width, height: size * 0.98)
        : Rect(x: at.x, y: at.y - size * 0.76, width: width, height: size * 0.98)
    }
  }

  /// The same shape with every point mapped by `transform` and every length scaled by `scale`.
  public func mapped(scale: Double, _ transform: (Point) -> Point) -> FigureShape {
    switch self {
    case .stroke(let points, let width, let ink):
      .stroke(points.map(transform), width: width * scale, ink: ink)
    case .dot(let center, let radius, let ink):
      .dot(transform(center), radius: radius * scale, ink: ink)
    case .polygon(let points, let outline, let ink):
      .polygon(points.map(transform), outline: outline * scale, ink: ink)
    case .label(let text, let at, let size, let ink):
      .label(text, at: transform(at), size: size * scale, ink: ink)
    }
  }

  static func box(_ points: [Point], pad: Double) -> Rect {
    guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
    var (minX, minY, maxX, maxY) = (first.x, first.y, first.x, first.y)
    for point in points.dropFirst() {
      minX = min(minX, point.x)
      minY = min(minY, point.y)
      maxX = max(maxX, point.x)
      maxY = max(maxY, point.y)
    }
    return Rect(x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad)
  }
}
