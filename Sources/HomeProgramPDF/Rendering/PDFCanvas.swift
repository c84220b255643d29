import CLibHaru
import HomeProgramKit

/// Vector drawing on one PDF page in layout coordinates (top-left origin, y down, points).
///
/// The figure drawers' only window onto libharu. Paths are built with `move(to:)`, `line(to:)`,
/// `curve(to:control1:control2:)` and the shape helpers, then painted with `stroke()`, `fill()` or
/// `fillAndStroke()`. Colours, line width, caps, joins and dashes persist until changed or until
/// `restoreState()`; wrap a figure's drawing in `saveState()`/`restoreState()`. Every method throws
/// `PDFError.libharu` naming the libharu call when libharu rejects it (for example, painting with
/// no path).
public final class PDFCanvas {
  /// How line ends are drawn.
  public enum LineCap: Sendable {
    case butt, round, square
  }

  /// How path corners are drawn.
  public enum LineJoin: Sendable {
    case miter, round, bevel
  }

  /// The page size in points.
  public let pageSize: Size
  let document: HaruDocument
  let page: HPDF_Page

  init(document: HaruDocument, page: HPDF_Page, pageSize: Size) {
    self.document = document
    self.page = page
    self.pageSize = pageSize
  }

  /// libharu's y for a layout y.
  private func pdfY(_ y: Double) -> HPDF_REAL { HPDF_REAL(pageSize.height - y) }

  private func check(_ operation: String, _ status: HPDF_STATUS) throws {
    try document.check(operation, status)
  }

  // MARK: - Graphics state

  /// Saves colours, line style and dash pattern (PDF `q`).
  public func saveState() throws { try check("HPDF_Page_GSave", HPDF_Page_GSave(page)) }

  /// Restores the state saved by the matching `saveState()` (PDF `Q`).
  public func restoreState() throws { try check("HPDF_Page_GRestore", HPDF_Page_GRestore(page)) }

  /// Sets the stroke width in points.
  public func setLineWidth(_ width: Double) throws {
    try check("HPDF_Page_SetLineWidth", HPDF_Page_SetLineWidth(page, HPDF_REAL(width)))
  }

  /// Sets how open line ends are drawn.
  public func setLineCap(_ cap: LineCap) throws {
    let value: HPDF_LineCap =
      switch cap {
      case .butt: HPDF_BUTT_END
      case .round: HPDF_ROUND_END
      case .square: HPDF_PROJECTING_SCUARE_END
      }
    try check("HPDF_Page_SetLineCap", HPDF_Page_SetLineCap(page, value))
  }

  /// Sets how corners are drawn.
  public func setLineJoin(_ join: LineJoin) throws {
    let value: HPDF_LineJoin =
      switch join {
      case .miter: HPDF_MITER_JOIN
      case .round: HPDF_ROUND_JOIN
      case .bevel: HPDF_BEVEL_JOIN
      }
    try check("HPDF_Page_SetLineJoin", HPDF_Page_SetLineJoin(page, value))
  }

  /// Sets the stroke colour.
  public func setStrokeColor(_ color: RGBColor) throws {
    let (red, green, blue) = Self.components(color)
    try check("HPDF_Page_SetRGBStroke", HPDF_Page_SetRGBStroke(page, red, green, blue))
  }

  /// Sets the fill colour (also used for text).
  public func setFillColor(_ color: RGBColor) throws {
    let (red, green, blue) = Self.components(color)
    try check("HPDF_Page_SetRGBFill", HPDF_Page_SetRGBFill(page, red, green, blue))
  }

  /// Sets a dash pattern of alternating on/off lengths in points; an empty pattern draws solid.
  ///
  /// libharu 2.3.0 stores dash lengths as whole points (1…8 entries), so lengths are rounded,
  /// with a minimum of 1 pt.
  public func setDash(_ pattern: [Double], phase: Double = 0) throws {
    if pattern.isEmpty {
      try check("HPDF_Page_SetDash", HPDF_Page_SetDash(page, nil, 0, 0))
      return
    }
    let lengths = pattern.prefix(8).map { HPDF_UINT16(min(max($0.rounded(), 1), 1000)) }
    let status = lengths.withUnsafeBufferPointer { buffer in
      HPDF_Page_SetDash(page, buffer.baseAddress, HPDF_UINT(buffer.count), HPDF_UINT(max(phase.rounded(), 0)))
    }
    try check("HPDF_Page_SetDash", status)
  }

  // MARK: - Paths

  /// Starts a new subpath at `point`.
  public func move(to point: Point) throws {
    try check("HPDF_Page_MoveTo", HPDF_Page_MoveTo(page, HPDF_REAL(point.x), pdfY(point.y)))
  }

  /// Adds a straight segment to `point`.
  public func line(to point: Point) throws {
    try check("HPDF_Page_LineTo", HPDF_Page_LineTo(page, HPDF_REAL(point.x), pdfY(point.y)))
  }

  /// Adds a cubic Bézier segment to `point`.
  public func curve(to point: Point, control1: Point, control2: Point) throws {
    let status = HPDF_Page_CurveTo(
      page, HPDF_REAL(control1.x), pdfY(control1.y), HPDF_REAL(control2.x), pdfY(control2.y),
      HPDF_REAL(point.x), pdfY(point.y))
    try check("HPDF_Page_CurveTo", status)
  }

  /// Closes the current subpath with a straight segment to its start.
  public func closePath() throws { try check("HPDF_Page_ClosePath", HPDF_Page_ClosePath(page)) }

  /// Adds a circle as a closed subpath.
  public func addCircle(center: Point, radius: Double) throws {
    let status = HPDF_Page_Circle(page, HPDF_REAL(center.x), pdfY(center.y), HPDF_REAL(radius))
    try check("HPDF_Page_Circle", status)
  }

  /// Adds an axis-aligned ellipse as a closed subpath.
  public func addEllipse(center: Point, radiusX: Double, radiusY: Double) throws {
    let status = HPDF_Page_Ellipse(
      page, HPDF_REAL(center.x), pdfY(center.y), HPDF_REAL(radiusX), HPDF_REAL(radiusY))
    try check("HPDF_Page_Ellipse", status)
  }

  /// Adds a rectangle as a closed subpath; corners are rounded when `cornerRadius` > 0.
  public func addRectangle(_ rect: Rect, cornerRadius: Double = 0) throws {
    let radius = min(max(cornerRadius, 0), rect.width / 2, rect.height / 2)
    guard radius > 0 else {
      let status = HPDF_Page_Rectangle(
        page, HPDF_REAL(rect.x), pdfY(rect.maxY), HPDF_REAL(rect.width), HPDF_REAL(rect.height))
      try check("HPDF_Page_Rectangle", status)
      return
    }
    // Each quarter circle is one Bézier whose control points sit `k × radius` from the corner's
    // tangent points, the usual circle approximation.
    let k = 0.552_284_749_8 * radius
    let (minX, minY, maxX, maxY) = (rect.minX, rect.minY, rect.maxX, rect.maxY)
    try move(to: Point(x: minX + radius, y: minY))
    try line(to: Point(x: maxX - radius, y: minY))
    try curve(
      to: Point(x: maxX, y: minY + radius), control1: Point(x: maxX - radius + k, y: minY),
      control2: Point(x: maxX, y: minY + radius - k))
    try line(to: Point(x: maxX, y: maxY - radius))
    try curve(
      to: Point(x: maxX - radius, y: maxY), control1: Point(x: maxX, y: maxY - radius + k),
      control2: Point(x: maxX - radius + k, y: maxY))
    try line(to: Point(x: minX + radius, y: maxY))
    try curve(
      to: Point(x: minX, y: maxY - radius), control1: Point(x: minX + radius - k, y: maxY),
      control2: Point(x: minX, y: maxY - radius + k))
    try line(to: Point(x: minX, y: minY + radius))
    try curve(
      to: Point(x: minX + radius, y: minY), control1: Point(x: minX, y: minY + radius - k),
      control2: Point(x: minX + radius - k, y: minY))
    try closePath()
  }

  /// Strokes the current path and ends it.
  public func stroke() throws { try check("HPDF_Page_Stroke", HPDF_Page_Stroke(page)) }

  /// Fills the current path (non-zero winding) and ends it.
  public func fill() throws { try check("HPDF_Page_Fill", HPDF_Page_Fill(page)) }

  /// Fills, then strokes the current path, and ends it.
  public func fillAndStroke() throws { try check("HPDF_Page_FillStroke", HPDF_Page_FillStroke(page)) }

  // MARK: - Text

  /// Draws one line of text with its baseline starting at `origin`; returns the drawn width.
  ///
  /// Control characters are dropped; characters DejaVu Sans lacks are drawn with the fallback font
  /// or as "?", and are reported as warnings in the render result. Uses and then restores the
  /// graphics state, so the fill colour is unchanged afterwards.
  @discardableResult
  public func drawText(
    _ text: String, at origin: Point, face: FontFace = .regular, size: Double, color: RGBColor = .text
  ) throws -> Double {
    let shaped = document.fonts.shape(text, face: face)
    document.missingCharacters.formUnion(shaped.missing)
    guard !shaped.segments.isEmpty else { return 0 }
    try saveState()
    try setFillColor(color)
    try check("HPDF_Page_BeginText", HPDF_Page_BeginText(page))
    try check(
      "HPDF_Page_MoveTextPos", HPDF_Page_MoveTextPos(page, HPDF_REAL(origin.x), pdfY(origin.y)))
    for segment in shaped.segments {
      let font = try document.font(face, source: segment.source, drawing: segment.text)
      try check("HPDF_Page_SetFontAndSize", HPDF_Page_SetFontAndSize(page, font, HPDF_REAL(size)))
      // ShowText advances the text position by the segment's width, so segments follow each other.
      try check("HPDF_Page_ShowText", HPDF_Page_ShowText(page, segment.text))
    }
    try check("HPDF_Page_EndText", HPDF_Page_EndText(page))
    try restoreState()
    return shaped.width(size: size)
  }

  /// The width `drawText` would draw `text` at, in points.
  public func textWidth(_ text: String, face: FontFace = .regular, size: Double) -> Double {
    document.fonts.shape(text, face: face).width(size: size)
  }

  // MARK: - Page furniture (used by the renderer)

  /// Places the PNG or JPEG at `path` to fill `rect`.
  func drawImage(at path: String, in rect: Rect) throws {
    let image = try document.image(at: path)
    let status = HPDF_Page_DrawImage(
      page, image, HPDF_REAL(rect.x), pdfY(rect.maxY), HPDF_REAL(rect.width), HPDF_REAL(rect.height))
    try check("HPDF_Page_DrawImage", status)
  }

  /// Adds a borderless clickable area opening `url`.
  func addLink(_ rect: Rect, url: String) throws {
    let area = HPDF_Rect(
      left: HPDF_REAL(rect.minX), bottom: pdfY(rect.maxY), right: HPDF_REAL(rect.maxX), top: pdfY(rect.minY))
    let annotation = try document.require(
      "HPDF_Page_CreateURILinkAnnot", HPDF_Page_CreateURILinkAnnot(page, area, HaruDocument.pdfString(url)))
    try check("HPDF_LinkAnnot_SetBorderStyle", HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0))
  }

  private static func components(_ color: RGBColor) -> (HPDF_REAL, HPDF_REAL, HPDF_REAL) {
    func clamp(_ value: Double) -> HPDF_REAL { HPDF_REAL(min(max(value, 0), 1)) }
    return (clamp(color.red), clamp(color.green), clamp(color.blue))
  }
}
