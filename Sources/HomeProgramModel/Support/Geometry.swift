/// A point in layout coordinates: points from the page's top-left corner, y growing downwards.
/// Only the PDF renderer converts to libharu's bottom-left origin.
public struct Point: Sendable, Equatable, Hashable {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// A width and height in points.
public struct Size: Sendable, Equatable, Hashable {
  public var width: Double
  public var height: Double

  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// US Letter, 612 × 792 pt.
  public static let letter = Size(width: 612, height: 792)
  /// ISO A4, 595 × 842 pt.
  public static let a4 = Size(width: 595, height: 842)
}

/// A rectangle in layout coordinates (top-left origin).
public struct Rect: Sendable, Equatable, Hashable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public var minX: Double { x }
  public var minY: Double { y }
  public var maxX: Double { x + width }
  public var maxY: Double { y + height }

  /// True when `other` lies entirely inside this rectangle (with a tolerance of `slack` points).
  public func contains(_ other: Rect, slack: Double = 0.01) -> Bool {
    other.minX >= minX - slack && other.minY >= minY - slack && other.maxX <= maxX + slack
      && other.maxY <= maxY + slack
  }
}
