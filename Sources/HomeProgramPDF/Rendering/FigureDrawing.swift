import HomeProgramModel

/// Draws the illustration for a `.figure` draw operation.
///
/// The renderer calls `draw` once per figure, inside a saved graphics state, with the figure's
/// rectangle in layout coordinates. Implementations draw only through `canvas`.
public protocol FigureDrawing: Sendable {
  /// Draws the figure named `key` ("position:<id>", "bodymap" or a catalogue id) inside `rect`.
  func draw(key: String, side: Side?, accent: RGBColor, in rect: Rect, on canvas: PDFCanvas) throws

  /// The words the figure named `key` writes in the regular face, so the document's font subset
  /// holds their letters (a letter no text of the page uses would otherwise embed a whole font).
  func labels(key: String, side: Side?) -> [String]
}

extension FigureDrawing {
  /// No words: a drawer whose figures write none.
  public func labels(key: String, side: Side?) -> [String] { [] }
}

/// The stand-in until real figures exist: a light rounded frame with a faint grey box inside.
public struct PlaceholderFigureDrawer: FigureDrawing {
  /// The placeholder drawer.
  public init() {}

  /// Draws the frame; the key and side are ignored.
  public func draw(key: String, side: Side?, accent: RGBColor, in rect: Rect, on canvas: PDFCanvas) throws {
    try canvas.setLineWidth(0.75)
    try canvas.setFillColor(accent.tint(0.06))
    try canvas.setStrokeColor(.rule)
    try canvas.addRectangle(rect, cornerRadius: min(8, rect.width / 6, rect.height / 6))
    try canvas.fillAndStroke()
    let inset = min(rect.width, rect.height) * 0.2
    let inner = Rect(
      x: rect.x + inset, y: rect.y + inset, width: rect.width - 2 * inset, height: rect.height - 2 * inset)
    guard inner.width > 0, inner.height > 0 else { return }
    try canvas.setStrokeColor(RGBColor(red: 0.85, green: 0.85, blue: 0.85))
    try canvas.setDash([3, 3])
    try canvas.addRectangle(inner)
    try canvas.stroke()
  }
}
