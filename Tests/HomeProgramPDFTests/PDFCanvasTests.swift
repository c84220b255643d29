import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

/// A figure drawer that uses every canvas operation, as a real figure would.
struct EverythingFigure: FigureDrawing {
  func draw(key: String, side: Side?, accent: RGBColor, in rect: Rect, on canvas: PDFCanvas) throws {
    try canvas.setLineCap(.round)
    try canvas.setLineJoin(.round)
    try canvas.setLineWidth(3)
    try canvas.setStrokeColor(.text)
    try canvas.setFillColor(accent.tint(0.3))
    // A head, a body and a bent leg in the top-left quarter.
    try canvas.addCircle(center: Point(x: rect.x + 30, y: rect.y + 25), radius: 12)
    try canvas.fillAndStroke()
    try canvas.move(to: Point(x: rect.x + 30, y: rect.y + 37))
    try canvas.line(to: Point(x: rect.x + 30, y: rect.y + 90))
    try canvas.curve(
      to: Point(x: rect.x + 70, y: rect.y + 130), control1: Point(x: rect.x + 60, y: rect.y + 90),
      control2: Point(x: rect.x + 70, y: rect.y + 110))
    try canvas.stroke()
    try canvas.saveState()
    try canvas.setStrokeColor(accent)
    try canvas.setDash([4, 2])
    try canvas.addEllipse(
      center: Point(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2), radiusX: 40, radiusY: 20)
    try canvas.stroke()
    try canvas.restoreState()
    try canvas.move(to: Point(x: rect.x + 100, y: rect.y + 20))
    try canvas.line(to: Point(x: rect.x + 180, y: rect.y + 20))
    try canvas.line(to: Point(x: rect.x + 140, y: rect.y + 60))
    try canvas.closePath()
    try canvas.fill()
    try canvas.drawText(
      "\(key) · \(side?.rawValue ?? "-")", at: Point(x: rect.x + 8, y: rect.maxY - 8), size: 8)
  }
}

/// A figure drawer that paints without a path, which the canvas refuses.
struct BrokenFigure: FigureDrawing {
  func draw(key: String, side: Side?, accent: RGBColor, in rect: Rect, on canvas: PDFCanvas) throws {
    try canvas.stroke()
  }
}

/// A figure drawer that runs `body`.
struct ClosureFigure: FigureDrawing {
  let body: @Sendable (PDFCanvas, Rect) throws -> Void

  func draw(key: String, side: Side?, accent: RGBColor, in rect: Rect, on canvas: PDFCanvas) throws {
    try body(canvas, rect)
  }
}

@Suite struct PDFCanvasTests {
  @Test func figureDrawerCanUseTheWholeCanvas() throws {
    let renderer = PDFRenderer(options: RenderOptions(fallbackFontPaths: [], figures: EverythingFigure()))
    let (url, result) = try SampleDocument.renderToFile(renderer: renderer)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(result.warnings.isEmpty)
    let check = try ExternalTool.run("qpdf", ["--check", url.path])
    #expect(check.status == 0, "\(check.stdout)")
    let text = try ExternalTool.output("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    #expect(text.contains("bird-dog · left"), "pdftotext gave:\n\(text)")
    if let keep = ProcessInfo.processInfo.environment["HOMEPROGRAM_KEEP_FIGURE_PDF"] {
      try Data(result.bytes).write(to: URL(fileURLWithPath: keep))
    }
  }

  @Test func misuseNamesTheMethodNotLibharu() {
    // The canvas writes the page's operators itself: libharu never sees a stroke, so the error is
    // a drawing error naming the canvas method, not a libharu code.
    let renderer = PDFRenderer(options: RenderOptions(fallbackFontPaths: [], figures: BrokenFigure()))
    #expect {
      try renderer.render(SampleDocument.make())
    } throws: { error in
      guard let error = error as? PDFError else { return false }
      let description = String(describing: error)
      return error == .drawing(operation: "stroke()", problem: .noPath)
        && description.contains("stroke()") && description.contains("no path")
        && !description.contains("libharu")
    }
  }

  /// The error rendering the sample document throws when its figure draws with `body`.
  static func drawingError(_ body: @escaping @Sendable (PDFCanvas, Rect) throws -> Void) -> PDFError? {
    let renderer = PDFRenderer(
      options: RenderOptions(fallbackFontPaths: [], figures: ClosureFigure(body: body)))
    do {
      _ = try renderer.render(SampleDocument.make())
      return nil
    } catch {
      return error as? PDFError
    }
  }

  @Test func drawingErrorsCarryTheBadValue() {
    let width = Self.drawingError { canvas, _ in try canvas.setLineWidth(-2) }
    #expect(
      width
        == .drawing(
          operation: "setLineWidth(_:)",
          problem: .invalidValue(name: "line width", value: -2, allowed: "a finite number, 0 or more")))
    #expect(width.map(String.init(describing:))?.contains("the line width -2.0 is not allowed") == true)
    let infinite = Self.drawingError { canvas, _ in try canvas.setLineWidth(.infinity) }
    #expect(
      infinite.map(String.init(describing:))?.contains("line width inf") == true,
      "\(String(describing: infinite))")
    let size = Self.drawingError { canvas, rect in
      try canvas.drawText("Hello", at: Point(x: rect.x, y: rect.maxY), size: 0)
    }
    #expect(
      size
        == .drawing(
          operation: "drawText(_:at:face:size:color:)",
          problem: .invalidValue(name: "font size", value: 0, allowed: "more than 0 and at most 600")))
  }

  @Test func drawingErrorsNameTheModeProblem() {
    let inside = Self.drawingError { canvas, rect in
      try canvas.move(to: Point(x: rect.x, y: rect.y))
      try canvas.setStrokeColor(.rule)
    }
    #expect(inside == .drawing(operation: "setStrokeColor(_:)", problem: .insidePath))
    let line = Self.drawingError { canvas, rect in try canvas.line(to: Point(x: rect.x, y: rect.y)) }
    #expect(line == .drawing(operation: "line(to:)", problem: .noPath))
    let restore = Self.drawingError { canvas, _ in try canvas.restoreState() }
    #expect(restore == .drawing(operation: "restoreState()", problem: .nothingToRestore))
    let deep = Self.drawingError { canvas, _ in
      for _ in 0...PDFCanvas.maximumDepth { try canvas.saveState() }
    }
    #expect(
      deep == .drawing(operation: "saveState()", problem: .tooManySavedStates(limit: PDFCanvas.maximumDepth)))
  }

  @Test func anEmptyImageIsADrawingError() {
    let document = SampleDocument.make(extraOnPageTwo: [
      .image(ImagePlacement(rect: Rect(x: 54, y: 200, width: 80, height: 0), path: "/nonexistent/logo.png"))
    ])
    #expect(
      throws: PDFError.drawing(
        operation: "drawImage(at:in:)",
        problem: .invalidValue(name: "image height", value: 0, allowed: "more than 0"))
    ) {
      try SampleDocument.noFallback.render(document)
    }
  }

  @Test func textWidthMatchesMeasurer() throws {
    let fonts = try FontSet(fallbackPaths: [])
    let document = try HaruDocument(info: SampleDocument.info, fonts: fonts)
    let canvas = PDFCanvas(document: document, page: try document.addPage(size: .letter), pageSize: .letter)
    let measurer = HaruTextMeasurer(fonts: fonts)
    let drawn = try canvas.drawText("José Ñúñez", at: Point(x: 10, y: 20), face: .bold, size: 12)
    #expect(drawn == measurer.width(of: "José Ñúñez", face: .bold, size: 12))
    #expect(canvas.textWidth("José Ñúñez", face: .bold, size: 12) == drawn)
  }
}
