/// The data for one illustration: a start pose, an optional end pose, props, arrows and the
/// working limbs. Read from a catalogue entry's `figure:` key or from `Resources/figures`.
public struct FigureSpec: Sendable, Equatable, Hashable, Codable {
  /// The starting position (the only pose of a hold or a position).
  public var start: Pose
  /// The end of the movement; nil for holds and positions.
  public var end: Pose?
  /// Limbs drawn in the accent colour.
  public var working: [Limb]
  /// Furniture and equipment.
  public var props: [FigureProp]
  /// Which points move, and which way.
  public var arrows: [MotionArrow]
  /// The point that stays put between the start and end poses (the feet in a bridge).
  public var anchor: BodyPoint
  /// What the start pose is meant to show (`expect: start:`), checked against the drawing.
  public var expectStart: PoseFacts?
  /// What the end pose is meant to show (`expect: end:`).
  public var expectEnd: PoseFacts?
  /// Other positions that do as well (`alternatives:`, a position of comfort with more than one
  /// way to lie): each a one-pose figure with its own props, drawn in its own panel beside this.
  public var alternatives: [FigureSpec] = []

  public init(
    start: Pose, end: Pose? = nil, working: [Limb] = [], props: [FigureProp] = [],
    arrows: [MotionArrow] = [], anchor: BodyPoint = .hip
  ) {
    self.start = start
    self.end = end
    self.working = working
    self.props = props
    self.arrows = arrows
    self.anchor = anchor
  }

  /// The poses in order: the start, then the end if any.
  public var poses: [Pose] { [start] + (end.map { [$0] } ?? []) }

  /// Each pose with the facts stated for it (nil where none are).
  public var statedFacts: [(pose: Pose, facts: PoseFacts?)] {
    [(start, expectStart)] + (end.map { [($0, expectEnd)] } ?? []) + alternatives.flatMap(\.statedFacts)
  }
}
