import CHaruShim
import CLibHaru
import HomeProgramLayout
import HomeProgramModel

/// Vector drawing on one PDF page in layout coordinates (top-left origin, y down, points).
///
/// The figure drawers' only window onto the page. Paths are built with `move(to:)`, `line(to:)`,
/// `curve(to:control1:control2:)` and the shape helpers, then painted with `stroke()`, `fill()` or
/// `fillAndStroke()`. Colours, line width, caps, joins and dashes persist until changed or until
/// `restoreState()`; wrap a figure's drawing in `saveState()`/`restoreState()`. The page's
/// operators are written here (`ContentStream`), not by libharu: a call used wrongly (painting with
/// no path, a negative line width) throws `PDFError.drawing` naming the method and the problem;
/// `PDFError.libharu` is only for what libharu itself reports (fonts, images, links, resources).
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
  /// The page's operators, handed to libharu when the page is done (`finish()`).
  private var content = ContentStream()
  /// The page's resource names of the fonts used on it (`F1` …).
  private var fontNames: [HPDF_Font: [UInt8]] = [:]
  /// The page's resource names of the forms and images drawn on it (`X1` …).
  private var xobjectNames: [HPDF_Dict: [UInt8]] = [:]
  /// True while recording a figure for a form XObject (see `drawFigure`): text, images and links,
  /// which need the page's resources, stop the recording.
  private var recording = false
  /// True once the page has an annotation (and so `/Tabs /S`).
  private var hasAnnotations = false
  /// True while lines and boxes are being drawn inside one `/Artifact` sequence.
  private var decorationOpen = false

  /// Thrown while recording a figure that needs the page (text, images, links).
  private struct NeedsPage: Error {}

  /// The deepest `saveState()` nesting allowed: PDF's implementation limit on nested `q` (PDF 1.7,
  /// Annex C), which libharu enforces too (HPDF_LIMIT_MAX_GSTATE).
  static let maximumDepth = 28

  init(document: HaruDocument, page: HPDF_Page, pageSize: Size) {
    self.document = document
    self.page = page
    self.pageSize = pageSize
  }

  /// libharu's y for a layout y.
  private func pdfY(_ y: Double) -> Double { pageSize.height - y }

  /// The error for `operation` (a method of this class) used wrongly.
  private func misuse(_ operation: String, _ problem: DrawingProblem) -> PDFError {
    .drawing(operation: operation, problem: problem)
  }

  /// Throws `DrawingProblem.insidePath` unless the page is between objects.
  private func requirePageMode(_ operation: String) throws {
    if content.mode != .page { throw misuse(operation, .insidePath) }
  }

  /// Throws `DrawingProblem.noPath` unless a path is being built.
  private func requirePathMode(_ operation: String) throws {
    if content.mode != .path { throw misuse(operation, .noPath) }
  }

  /// Ends the page: its operators, compressed once, become the page's contents. Nothing may be
  /// drawn on the canvas afterwards.
  func finish() throws {
    endDecoration()
    content.endText()
    try document.setContents(content.bytes, of: page)
    content.removeBytes()
  }

  // MARK: - Graphics state

  /// Saves colours, line style and dash pattern (PDF `q`).
  public func saveState() throws {
    try requirePageMode("saveState()")
    if content.depth >= Self.maximumDepth {
      throw misuse("saveState()", .tooManySavedStates(limit: Self.maximumDepth))
    }
    content.save()
  }

  /// Restores the state saved by the matching `saveState()` (PDF `Q`).
  public func restoreState() throws {
    try requirePageMode("restoreState()")
    if !content.restore() { throw misuse("restoreState()", .nothingToRestore) }
  }

  /// Asks for PDF's initial colours, line style and dash again (what a new page starts with).
  func resetState() {
    content.wanted = ContentStream.State()
  }

  /// Sets the stroke width in points.
  public func setLineWidth(_ width: Double) throws {
    try requirePageMode("setLineWidth(_:)")
    guard width >= 0, width.isFinite else {
      throw misuse(
        "setLineWidth(_:)",
        .invalidValue(name: "line width", value: width, allowed: "a finite number, 0 or more"))
    }
    content.wanted.lineWidth = width
  }

  /// Sets how open line ends are drawn.
  public func setLineCap(_ cap: LineCap) throws {
    try requirePageMode("setLineCap(_:)")
    content.wanted.lineCap =
      switch cap {
      case .butt: 0
      case .round: 1
      case .square: 2
      }
  }

  /// Sets how corners are drawn.
  public func setLineJoin(_ join: LineJoin) throws {
    try requirePageMode("setLineJoin(_:)")
    content.wanted.lineJoin =
      switch join {
      case .miter: 0
      case .round: 1
      case .bevel: 2
      }
  }

  /// Sets the stroke colour.
  public func setStrokeColor(_ color: RGBColor) throws {
    try requirePageMode("setStrokeColor(_:)")
    content.wanted.stroke = color
  }

  /// Sets the fill colour (also used for text).
  public func setFillColor(_ color: RGBColor) throws {
    try requirePageMode("setFillColor(_:)")
    content.wanted.fill = color
  }

  /// Sets a dash pattern of alternating on/off lengths in points; an empty pattern draws solid.
  ///
  /// Lengths are rounded to whole points (1…8 entries, as libharu 2.3.0 stores them), with a
  /// minimum of 1 pt.
  public func setDash(_ pattern: [Double], phase: Double = 0) throws {
    try requirePageMode("setDash(_:phase:)")
    if pattern.isEmpty {
      content.wanted.dash = []
      content.wanted.dashPhase = 0
      return
    }
    content.wanted.dash = pattern.prefix(8).map { Int(min(max($0.rounded(), 1), 1000)) }
    content.wanted.dashPhase = Int(min(max(phase.rounded(), 0), 1000))
  }

  // MARK: - Paths

  /// Starts a new subpath at `point`.
  public func move(to point: Point) throws {
    content.move(point.x, pdfY(point.y))
  }

  /// Adds a straight segment to `point`.
  public func line(to point: Point) throws {
    try requirePathMode("line(to:)")
    content.line(point.x, pdfY(point.y))
  }

  /// Adds a cubic Bézier segment to `point`.
  public func curve(to point: Point, control1: Point, control2: Point) throws {
    try requirePathMode("curve(to:control1:control2:)")
    content.curve(control1.x, pdfY(control1.y), control2.x, pdfY(control2.y), point.x, pdfY(point.y))
  }

  /// Closes the current subpath with a straight segment to its start.
  public func closePath() throws {
    try requirePathMode("closePath()")
    content.closePath()
  }

  /// Adds a circle as a closed subpath.
  public func addCircle(center: Point, radius: Double) throws {
    try addEllipse(center: center, radiusX: radius, radiusY: radius)
  }

  /// Adds an axis-aligned ellipse as a closed subpath (four Bézier quarters, as libharu draws it).
  public func addEllipse(center: Point, radiusX: Double, radiusY: Double) throws {
    let (x, y) = (center.x, pdfY(center.y))
    let (kx, ky) = (radiusX * Self.kappa, radiusY * Self.kappa)
    content.move(x - radiusX, y)
    content.curve(x - radiusX, y + ky, x - kx, y + radiusY, x, y + radiusY)
    content.curve(x + kx, y + radiusY, x + radiusX, y + ky, x + radiusX, y)
    content.curve(x + radiusX, y - ky, x + kx, y - radiusY, x, y - radiusY)
    content.curve(x - kx, y - radiusY, x - radiusX, y - ky, x - radiusX, y)
  }

  /// libharu's circle constant for Bézier quarters.
  private static let kappa = 0.552

  /// Adds a rectangle as a closed subpath; corners are rounded when `cornerRadius` > 0.
  public func addRectangle(_ rect: Rect, cornerRadius: Double = 0) throws {
    let radius = min(max(cornerRadius, 0), rect.width / 2, rect.height / 2)
    guard radius > 0 else {
      content.rectangle(rect.x, pdfY(rect.maxY), rect.width, rect.height)
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
  public func stroke() throws {
    try requirePathMode("stroke()")
    content.paint("S", needs: .stroke)
  }

  /// Fills the current path (non-zero winding) and ends it.
  public func fill() throws {
    try requirePathMode("fill()")
    content.paint("f", needs: .fill)
  }

  /// Fills, then strokes the current path, and ends it.
  public func fillAndStroke() throws {
    try requirePathMode("fillAndStroke()")
    content.paint("B", needs: [.fill, .stroke])
  }

  // MARK: - Text

  /// Draws one line of text with its baseline starting at `origin`; returns the drawn width.
  ///
  /// Control characters are dropped; characters DejaVu Sans lacks are drawn with the fallback font
  /// or as "?", and are reported as warnings in the render result. The fill colour set with
  /// `setFillColor` is unchanged afterwards.
  @discardableResult
  public func drawText(
    _ text: String, at origin: Point, face: FontFace = .regular, size: Double, color: RGBColor = .text
  ) throws -> Double {
    try requirePageMode("drawText(_:at:face:size:color:)")
    if recording { throw NeedsPage() }
    let shaped = document.fonts.shape(text, face: face)
    if !shaped.missing.isEmpty { document.missingCharacters.formUnion(shaped.missing) }
    guard !shaped.segments.isEmpty else { return 0 }
    guard size > 0, size <= 600 else {
      throw misuse(
        "drawText(_:at:face:size:color:)",
        .invalidValue(name: "font size", value: size, allowed: "more than 0 and at most 600"))
    }
    var segments: [(font: [UInt8], codes: [UInt16])] = []
    segments.reserveCapacity(shaped.segments.count)
    for segment in shaped.segments {
      let font = try document.font(face, source: segment.source, drawing: segment.codes)
      document.markDrawn(segment.codes, with: font)
      segments.append((try fontName(font), segment.codes))
    }
    content.text(segments, x: origin.x, y: pdfY(origin.y), size: size, color: color)
    return shaped.width(size: size)
  }

  /// The page's resource name for `font`, registering it with the page on first use.
  private func fontName(_ font: HPDF_Font) throws -> [UInt8] {
    if let name = fontNames[font] { return name }
    let local = try document.require(
      "HPDF_Page_GetLocalFontName", homeprogram_page_font_name(page, font))
    let name = Array(String(cString: local).utf8)
    fontNames[font] = name
    return name
  }

  /// The width `drawText` would draw `text` at, in points.
  public func textWidth(_ text: String, face: FontFace = .regular, size: Double) -> Double {
    Double(document.fonts.advance(of: text, face: face)) * size / 1000
  }

  // MARK: - Figures

  /// Draws `figure` with `drawer`, starting from PDF's initial graphics state and leaving nothing
  /// behind: as a form XObject made once per renderer (`forms`) and shared by every page and
  /// document that shows it, or inline when the drawing uses text or images.
  func drawFigure(_ figure: FigurePlacement, with drawer: any FigureDrawing, forms: FigureFormCache) throws {
    let key = FigureFormCache.Key(figure)
    let box = Rect(x: 0, y: 0, width: figure.rect.width, height: figure.rect.height)
    let entry = try forms.entry(for: key) {
      guard box.width > 0, box.height > 0 else { return .inline }
      let scratch = PDFCanvas(
        document: document, page: page, pageSize: Size(width: box.width, height: box.height))
      scratch.recording = true
      do {
        try drawer.draw(key: figure.key, side: figure.side, accent: figure.accent, in: box, on: scratch)
      } catch is NeedsPage {
        return .inline
      }
      scratch.content.endText()
      guard let packed = Deflate.zlib(scratch.content.bytes) else {
        return .inline
      }
      return .form(packed)
    }
    try saveState()
    switch entry {
    case .inline:
      resetState()
      try drawer.draw(key: figure.key, side: figure.side, accent: figure.accent, in: figure.rect, on: self)
    case .form(let bytes):
      let form = try document.form(for: key, bytes: bytes)
      content.establishInitialState()
      content.drawXObject(try xobjectName(form), x: figure.rect.minX, y: pdfY(figure.rect.maxY))
    }
    try restoreState()
  }

  /// The page's resource name for the form or image `xobject`, registering it on first use.
  private func xobjectName(_ xobject: HPDF_Dict) throws -> [UInt8] {
    if let name = xobjectNames[xobject] { return name }
    let local = try document.require("HPDF_Page_GetXObjectName", homeprogram_page_xobject_name(page, xobject))
    let name = Array(String(cString: local).utf8)
    xobjectNames[xobject] = name
    return name
  }

  // MARK: - Page furniture (used by the renderer)

  /// Places the PNG or JPEG at `path` to fill `rect`.
  func drawImage(at path: String, in rect: Rect) throws {
    try requirePageMode("drawImage(at:in:)")
    if recording { throw NeedsPage() }
    guard rect.width > 0 else {
      throw misuse(
        "drawImage(at:in:)", .invalidValue(name: "image width", value: rect.width, allowed: "more than 0"))
    }
    guard rect.height > 0 else {
      throw misuse(
        "drawImage(at:in:)", .invalidValue(name: "image height", value: rect.height, allowed: "more than 0"))
    }
    let image = try document.image(at: path)
    try saveState()
    content.drawXObject(
      try xobjectName(image), width: rect.width, height: rect.height, x: rect.x, y: pdfY(rect.maxY))
    try restoreState()
  }

  // MARK: - Marked content (used by the renderer)

  /// The marked-content sequence the text drawn next continues, if one is open.
  var openTextMark: ContentMark? { content.openTextMark }

  /// Puts the text drawn next inside the marked-content sequence `mark`, opening it unless it is
  /// the one already open.
  func markText(_ mark: ContentMark) {
    endDecoration()
    content.markText(mark)
  }

  /// Opens `mark` around the objects drawn next (a figure, an image), up to `endMark()`.
  func beginMark(_ mark: ContentMark) {
    endDecoration()
    content.beginMark(mark)
  }

  /// Closes the sequence opened with `beginMark`.
  func endMark() {
    content.endMark()
  }

  /// Puts the lines and boxes drawn next inside one `/Artifact` sequence, up to the next text,
  /// figure, image or the end of the page.
  func beginDecoration() {
    if decorationOpen { return }
    content.beginMark(.artifact(nil))
    decorationOpen = true
  }

  /// Closes the decoration's `/Artifact` sequence, if open.
  func endDecoration() {
    guard decorationOpen else { return }
    content.endMark()
    decorationOpen = false
  }

  /// Adds a borderless clickable area opening `url`, described by `description` (the link's
  /// words; the URL when empty) in its `/Contents`. The page's annotations are then visited in
  /// structure order (`/Tabs /S`).
  @discardableResult
  func addLink(_ rect: Rect, url: String, description: String = "") throws -> HPDF_Annotation {
    let area = HPDF_Rect(
      left: HPDF_REAL(rect.minX), bottom: HPDF_REAL(pdfY(rect.maxY)), right: HPDF_REAL(rect.maxX),
      top: HPDF_REAL(pdfY(rect.minY)))
    let annotation = try document.require(
      "HPDF_Page_CreateURILinkAnnot", HPDF_Page_CreateURILinkAnnot(page, area, HaruDocument.pdfString(url)))
    try document.check(
      "HPDF_LinkAnnot_SetBorderStyle", HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0))
    let described = description.contains { !$0.isWhitespace }
    try document.setText("Contents", described ? description : url, in: annotation)
    if !hasAnnotations {
      try document.check(
        "homeprogram_set_name(Tabs)", homeprogram_set_name(document.handle, page, "Tabs", "S"))
      hasAnnotations = true
    }
    return annotation
  }
}
