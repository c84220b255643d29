import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

/// Logos: real PNG and JPEG files (made with pdftoppm from the sample PDF) are embedded.
@Suite struct PDFImageTests {
  @Test(arguments: ["png", "jpeg"])
  func imageIsEmbedded(format: String) throws {
    let (sample, _) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: sample) }
    let stem = SampleDocument.temporaryURL("logo")
    _ = try ExternalTool.output(
      "pdftoppm", ["-\(format)", "-r", "10", "-f", "1", "-l", "1", "-singlefile", sample.path, stem.path])
    let logo = stem.appendingPathExtension(format == "png" ? "png" : "jpg")
    defer { try? FileManager.default.removeItem(at: logo) }
    let image = DrawOp.image(
      ImagePlacement(rect: Rect(x: 400, y: 40, width: 60, height: 78), path: logo.path))
    // The same logo twice is stored once.
    let document = SampleDocument.make(extraOnPageTwo: [image, image])
    let (url, _) = try SampleDocument.renderToFile(document)
    defer { try? FileManager.default.removeItem(at: url) }
    let images = try QPDFJSON.objects(of: url).values.filter { $0["/Subtype"] as? String == "/Image" }
    #expect(images.count == 1)
    #expect(images.first?["/Width"] as? Int == 85)
    let check = try ExternalTool.run("qpdf", ["--check", url.path])
    #expect(check.status == 0, "\\(check.stdout)")
  }
}
