/// Equipment or furniture drawn with the figure, in light grey.
public struct FigureProp: Sendable, Equatable, Hashable, Codable {
  /// What it is.
  public enum Kind: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    case mat, chair, pillow, wall, step, band, gun, towel, counter, bike, walker, dowel
  }

  /// What the prop is.
  public var kind: Kind
  /// The body point it sits under, touches or starts at (each kind has a default).
  public var at: BodyPoint
  /// The second point for props between two points (a band's foot, a pillow between the knees).
  public var to: BodyPoint?
  /// Mirror the prop left to right (a chair facing the other way).
  public var flip: Bool
  /// For the massage gun: the direction it comes from, in degrees (0 from above, 90 from the
  /// front, −90 from behind, 180 from below).
  public var angle: Double

  public init(kind: Kind, at: BodyPoint? = nil, to: BodyPoint? = nil, flip: Bool = false, angle: Double = 0) {
    self.kind = kind
    self.at = at ?? kind.defaultPoint
    self.to = to
    self.flip = flip
    self.angle = angle
  }
}

extension FigureProp.Kind {
  /// Where the prop goes when the data does not say.
  public var defaultPoint: BodyPoint {
    switch self {
    case .mat, .chair, .bike, .dowel: .hip
    case .pillow: .head
    case .wall: .shoulder
    case .step: .footNear
    case .band, .counter, .walker, .towel: .handNear
    case .gun: .thighNear
    }
  }
}
