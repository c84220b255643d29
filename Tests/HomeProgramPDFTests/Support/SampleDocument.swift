import Foundation
import HomeProgramBundle
import HomeProgramTestSupport

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

/// A small hand-built two-page document exercising every draw operation.
enum SampleDocument {
  static let info = DocumentInfo(
    title: "Home exercise program", author: "Example Clinic", subject: "Sciatica home exercises",
    creator: "homeprogram tests")

  static let accentLine = "José Ñúñez — ½ Größe"

  static func text(
    _ text: String, x: Double = 54, y: Double, face: FontFace = .regular, size: Double = 10.5,
    color: RGBColor = .text
  ) -> DrawOp {
    .text(TextRun(origin: Point(x: x, y: y), text: text, face: face, size: size, color: color, width: 0))
  }

  /// The document, with extra operations appended to page 2.
  static func make(extraOnPageTwo: [DrawOp] = []) -> LaidOutDocument {
    let pageOne: [DrawOp] = [
      .box(
        Box(
          rect: Rect(x: 54, y: 54, width: 504, height: 60), fill: .defaultAccent, stroke: nil,
          cornerRadius: 10)),
      text("Your home exercise program", x: 70, y: 94, face: .bold, size: 26, color: .white),
      text(accentLine, y: 150, size: 14),
      text("Bold: Stop and call us if your leg gets weaker.", y: 172, face: .bold),
      text("Oblique: Breathe out as you lift.", y: 190, face: .oblique),
      text("Bold oblique: Keep your back flat.", y: 208, face: .boldOblique),
      .line(LineSegment(from: Point(x: 54, y: 220), to: Point(x: 558, y: 220), width: 1, color: .rule)),
      text("Questions? https://example.org/help", y: 240, color: .defaultAccent),
      .link(LinkArea(rect: Rect(x: 54, y: 230, width: 200, height: 14), url: "https://example.org/help")),
      .figure(
        FigurePlacement(
          rect: Rect(x: 54, y: 260, width: 200, height: 150), key: "bird-dog", side: .left,
          accent: .defaultAccent)),
      .box(
        Box(
          rect: Rect(x: 300, y: 260, width: 258, height: 150), fill: RGBColor.defaultAccent.tint(0.1),
          stroke: .trafficRed, lineWidth: 2, cornerRadius: 0)),
      text("RED: stop and call us", x: 312, y: 284, face: .bold, color: .trafficRed),
    ]
    let pageTwo: [DrawOp] = [
      text("Second page heading", y: 80, face: .bold, size: 17, color: .defaultAccent),
      text("Bell\u{07}here", y: 110),
    ]
    return LaidOutDocument(
      pageSize: .letter,
      pages: [LaidOutPage(ops: pageOne), LaidOutPage(ops: pageTwo + extraOnPageTwo)],
      outline: [
        OutlineEntry(title: "Your program", pageIndex: 0, y: 54),
        OutlineEntry(title: "Second page — Größe", pageIndex: 1, y: 60),
      ],
      info: info)
  }

  /// A unique path in the temporary directory.
  static func temporaryURL(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("homeprogram-\(UUID().uuidString)-\(name)")
  }

  /// Renders `document` to a temporary PDF file and returns its URL and the render result.
  static func renderToFile(_ document: LaidOutDocument = make(), renderer: PDFRenderer = noFallback) throws
    -> (url: URL, result: RenderResult)
  {
    let url = temporaryURL("sample.pdf")
    let result = try renderer.render(document, to: url)
    return (url, result)
  }

  /// A renderer that ignores fallback fonts, so results do not depend on what the machine has.
  static let noFallback = PDFRenderer(options: RenderOptions(fallbackFontPaths: []))
}
