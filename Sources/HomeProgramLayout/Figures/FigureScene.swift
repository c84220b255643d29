import HomeProgramModel

/// A figure's shapes in figure units (y up), and the fitting of them into a frame.
public struct FigureScene: Sendable, Equatable {
  /// Shapes in painting order.
  public var shapes: [FigureShape]

  public init(shapes: [FigureShape] = []) { self.shapes = shapes }

  /// The box holding every shape, in figure units.
  public var bounds: Rect {
    let boxes = shapes.map { $0.bounds(yUp: true) }
    guard let first = boxes.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
    var (minX, minY, maxX, maxY) = (first.minX, first.minY, first.maxX, first.maxY)
    for box in boxes.dropFirst() {
      minX = min(minX, box.minX)
      minY = min(minY, box.minY)
      maxX = max(maxX, box.maxX)
      maxY = max(maxY, box.maxY)
    }
    return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
  }

  /// Appends `other`'s shapes moved by `dx`, `dy`.
  public mutating func append(_ other: FigureScene, dx: Double = 0, dy: Double = 0) {
    shapes += other.shapes.map { shape in
      shape.mapped(scale: 1) { Point(x: $0.x + dx, y: $0.y + dy) }
    }
  }

  /// The scale that fits the scene into `size` less `margin` on every side.
  public func scale(toFit size: Size, margin: Double) -> Double {
    let box = bounds
    let width = size.width - 2 * margin
    let height = size.height - 2 * margin
    guard box.width > 0, box.height > 0, width > 0, height > 0 else { return 0 }
    return min(width / box.width, height / box.height)
  }

  /// The shapes in layout points (y down), scaled to fit inside `rect` with `margin` on every
  /// side, aspect ratio kept, centred. Empty when the rect is too small to draw in.
  public func fitted(in rect: Rect, margin: Double) -> [FigureShape] {
    let box = bounds
    let scale = scale(toFit: Size(width: rect.width, height: rect.height), margin: margin)
    guard scale > 0, scale.isFinite else { return [] }
    let offsetX = rect.x + (rect.width - box.width * scale) / 2
    let offsetY = rect.y + (rect.height - box.height * scale) / 2
    // Stroke widths to a tenth of a point: invisible on paper, and neighbouring limbs then
    // share a width, so the PDF sets it once.
    func tenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    return shapes.map { shape in
      let mapped = shape.mapped(scale: scale) { point in
        Point(x: offsetX + (point.x - box.minX) * scale, y: offsetY + (box.maxY - point.y) * scale)
      }
      return switch mapped {
      case .stroke(let points, let width, let ink): .stroke(points, width: tenth(width), ink: ink)
      case .polygon(let points, let outline, let ink): .polygon(points, outline: tenth(outline), ink: ink)
      default: mapped
      }
    }
  }
}
