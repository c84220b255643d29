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

/// A figure drawer that paints without a path, which libharu rejects.
struct BrokenFigure: FigureDrawing {
  func draw(key: String, side: Side?, accent: RGBColor, in rect: Rect, on canvas: PDFCanvas) throws {
    try canvas.stroke()
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

  @Test func libharuRejectionNamesTheOperation() {
    let renderer = PDFRenderer(options: RenderOptions(fallbackFontPaths: [], figures: BrokenFigure()))
    #expect {
      try renderer.render(SampleDocument.make())
    } throws: { error in
      guard case .libharu(let operation, let code, _) = error as? PDFError else { return false }
      // 0x1051 is HPDF_PAGE_INVALID_GMODE: painting is only allowed while building a path.
      return operation == "HPDF_Page_Stroke" && code == 0x1051
        && String(describing: error).contains("HPDF_Page_Stroke")
        && String(describing: error).contains("0x1051 HPDF_PAGE_INVALID_GMODE")
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
