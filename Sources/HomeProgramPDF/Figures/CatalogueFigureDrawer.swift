import HomeProgramLayout
import HomeProgramModel

/// Draws the catalogue's figures, the positions of comfort and the massage-gun body map from
/// data (`FigureLibrary`), as vector paths: thick round-capped limbs, a filled head, light grey
/// props, the working limb in the accent colour (and thicker, so it survives greyscale). Unknown
/// keys get the neutral placeholder frame.
public struct CatalogueFigureDrawer: FigureDrawing {
  /// The figures, by key (fixed: the drawer keeps the scenes it lays out).
  public let library: FigureLibrary
  /// Space kept clear inside the figure's rectangle, in points.
  public let margin: Double

  /// A drawer over `library`.
  public init(library: FigureLibrary, margin: Double = FigureLibrary.drawMargin) {
    self.library = library
    self.margin = margin
  }

  /// The shapes for `key` fitted into `rect` (layout coordinates), or nil for unknown keys.
  public func shapes(key: String, side: Side?, in rect: Rect) -> [FigureShape]? {
    let frame = Size(width: rect.width, height: rect.height)
    let scene = scenes.value(for: SceneKey(key: key, side: side, frame: frame)) {
      library.scene(for: key, side: side, frame: frame, margin: margin)
    }
    return scene?.fitted(in: rect, margin: margin)
  }

  /// What identifies a scene: the figure, the patient's side and the frame's size.
  struct SceneKey: Hashable, Sendable {
    var key: String
    var side: Side?
    var frame: Size
  }

  /// Scenes already laid out. A figure drawn inline (one with the patient's side in a ring) is
  /// drawn anew in every handout that shows it, and a numbered figure takes three passes to size
  /// its numbers (`FigureLibrary.scene`): without the memo that was 3 % of a handout's time.
  private let scenes = BoundedCache<SceneKey, FigureScene?>(limit: 128)

  /// The body map's labels and the ring with the patient's side (`FigureLibrary.labels`).
  public func labels(key: String, side: Side?) -> [String] { library.labels(for: key, side: side) }

  /// Draws the figure for `key` inside `rect`.
  public func draw(key: String, side: Side?, accent: RGBColor, in rect: Rect, on canvas: PDFCanvas) throws {
    guard let shapes = shapes(key: key, side: side, in: rect) else {
      try PlaceholderFigureDrawer().draw(key: key, side: side, accent: accent, in: rect, on: canvas)
      return
    }
    try canvas.setLineCap(.round)
    try canvas.setLineJoin(.round)
    var stroke: RGBColor?
    var fill: RGBColor?
    var lineWidth: Double?
    func setStroke(_ color: RGBColor) throws {
      if stroke != color { try canvas.setStrokeColor(color) }
      stroke = color
    }
    func setFill(_ color: RGBColor) throws {
      if fill != color { try canvas.setFillColor(color) }
      fill = color
    }
    func setWidth(_ width: Double) throws {
      let rounded = (width * 100).rounded() / 100
      if lineWidth != rounded { try canvas.setLineWidth(rounded) }
      lineWidth = rounded
    }
    for shape in shapes {
      switch shape {
      case .stroke(let points, let width, let ink):
        guard let first = points.first, points.count >= 2 else { continue }
        try setStroke(Self.color(ink, accent: accent))
        try setWidth(width)
        try canvas.move(to: first)
        for point in points.dropFirst() { try canvas.line(to: point) }
        try canvas.stroke()
      case .dot(let center, let radius, let ink):
        try setFill(Self.color(ink, accent: accent))
        try canvas.addCircle(center: center, radius: radius)
        try canvas.fill()
      case .polygon(let points, let outline, let ink):
        guard let first = points.first, points.count >= 3 else { continue }
        // Colours and widths may only change outside a path.
        try setFill(Self.color(ink, accent: accent))
        if outline > 0 {
          try setStroke(Self.outlineColor(ink))
          try setWidth(outline)
        }
        try canvas.move(to: first)
        for point in points.dropFirst() { try canvas.line(to: point) }
        try canvas.closePath()
        if outline > 0 {
          try canvas.fillAndStroke()
        } else {
          try canvas.fill()
        }
      case .label(let text, let at, let size, let ink):
        try canvas.drawText(text, at: at, size: size, color: Self.color(ink, accent: accent))
      }
    }
  }

  /// The colour of an ink. Greys are chosen so the figure reads in black and white.
  public static func color(_ ink: FigureInk, accent: RGBColor) -> RGBColor {
    switch ink {
    case .body: grey(0.22)
    case .bodyFar: grey(0.58)
    case .accent, .arrow, .zone: accent
    case .prop: grey(0.9)
    case .propDark: grey(0.42)
    case .floor: grey(0.72)
    case .silhouette: grey(0.87)
    case .zoneLight: accent.tint(0.3)
    case .noGo: grey(0.38)
    case .hatch, .halo: .white
    case .label: grey(0.2)
    }
  }

  /// The edge colour of a filled prop.
  static func outlineColor(_ ink: FigureInk) -> RGBColor {
    switch ink {
    case .prop: grey(0.62)
    default: color(ink, accent: .defaultAccent)
    }
  }

  static func grey(_ level: Double) -> RGBColor { RGBColor(red: level, green: level, blue: level) }
}
