import Foundation
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF

/// The document-level parts of PDF/UA-1 (issue 15): the catalogue entries, the XMP packet, the
/// header version and the link annotations' descriptions.
@Suite struct DocumentAccessibilityTests {
  /// The catalogue's dictionary, from qpdf's JSON.
  private func catalog(of url: URL) throws -> [String: Any] {
    let objects = try QPDFJSON.objects(of: url)
    return try #require(objects.values.first { $0["/Type"] as? String == "/Catalog" })
  }

  @Test func catalogDeclaresATaggedDocumentInItsLanguage() throws {
    var document = SampleDocument.make()
    document.info.language = "en-GB"
    let (url, _) = try SampleDocument.renderToFile(document)
    defer { try? FileManager.default.removeItem(at: url) }
    let root = try catalog(of: url)
    #expect((root["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true)
    #expect((root["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true)
    #expect(root["/Lang"] as? String == "u:en-GB")
    #expect(root["/Metadata"] is String, "an indirect XMP stream: \(root)")
  }

  @Test func headerIsPDF17() throws {
    let result = try SampleDocument.noFallback.render(SampleDocument.make())
    #expect(Array(result.bytes.prefix(8)) == Array("%PDF-1.7".utf8))
  }

  @Test func xmpHasTitleLanguageAndPDFUAPartWithoutDates() throws {
    var info = SampleDocument.info
    info.title = "Tom & Jerry <home>"
    let xmp = XMPMetadata(info: info).text
    #expect(xmp.contains("<rdf:li xml:lang=\"x-default\">Tom &amp; Jerry &lt;home&gt;</rdf:li>"))
    #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
    #expect(xmp.contains("<rdf:li>en-US</rdf:li>"))
    #expect(!xmp.contains("Date"), "a date would make regeneration non-reproducible")
    #expect(!xmp.contains("DocumentID") && !xmp.contains("InstanceID"))
  }

  @Test func xmpIsInTheFileUncompressed() throws {
    let result = try SampleDocument.noFallback.render(SampleDocument.make())
    let text = String(decoding: result.bytes, as: UTF8.self)
    #expect(text.contains("<pdfuaid:part>1</pdfuaid:part>"))
    #expect(text.contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(SampleDocument.info.title)"))
  }

  @Test func linkAnnotationIsDescribedAndPageTabsFollowStructure() throws {
    let (url, _) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let objects = try QPDFJSON.objects(of: url)
    let link = try #require(objects.values.first { $0["/Subtype"] as? String == "/Link" })
    #expect(link["/Contents"] as? String == "u:https://example.org/help", "no words given: the URL")
    let pages = objects.values.filter { $0["/Type"] as? String == "/Page" }
    #expect(pages.filter { $0["/Annots"] != nil }.allSatisfy { $0["/Tabs"] as? String == "/S" })
    #expect(pages.contains { $0["/Tabs"] as? String == "/S" })
  }

  @Test func wrappedLinkTextBecomesTheDescription() {
    let style = InlineStyle(face: .regular, color: .text, link: "tel:+15550100")
    let line = TextLine(
      segments: [
        TextLine.Segment(text: "Call ", style: style, x: 0, width: 20),
        TextLine.Segment(text: "555 0100", style: style, x: 20, width: 30),
      ], width: 50)
    let links = line.ops(x: 0, baseline: 10, size: 10, ascent: 8, descent: 2).compactMap { op -> LinkArea? in
      if case .link(let link) = op { return link }
      return nil
    }
    #expect(links.map(\.text) == ["Call 555 0100"])
  }
}

/// The small objects in object streams, the file still sound (issue 15's cost of tagging).
@Suite struct ObjectStreamTests {
  @Test func packedFileIsSmallerAndSound() throws {
    let result = try SampleDocument.noFallback.render(SampleDocument.make())
    let text = String(decoding: result.bytes, as: UTF8.self)
    #expect(text.contains("/Type /ObjStm") && text.contains("/Type /XRef"))
    #expect(!text.contains("\ntrailer"), "no classic cross-reference table left")
    #expect(text.contains("/Title (Home exercise program)"), "the information dictionary stays readable")
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("objstm-\(UUID().uuidString).pdf")
    try Data(result.bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let check = try ExternalTool.output("qpdf", ["--check", url.path])
    #expect(check.contains("No syntax or stream encoding errors"))
  }

  @Test func aFileNotWrittenByLibharuIsLeftAlone() {
    #expect(ObjectStreams.pack(Array("%PDF-1.7\nnot a file libharu wrote\n".utf8)) == nil)
  }

  /// A classic file whose objects are `bodies` (object 1 the catalogue), with a correct table.
  static func classicFile(_ bodies: [String]) -> [UInt8] {
    var text = "%PDF-1.7\n"
    var offsets: [Int] = []
    for (index, body) in bodies.enumerated() {
      offsets.append(text.utf8.count)
      text += "\(index + 1) 0 obj\n\(body)\n"
    }
    let xref = text.utf8.count
    text += "xref\n0 \(bodies.count + 1)\n0000000000 65535 f\r\n"
    for offset in offsets {
      let digits = String(offset)
      text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n\r\n"
    }
    text += "trailer\n<< /Root 1 0 R /Size \(bodies.count + 1) >>\nstartxref\n\(xref)\n%%EOF\n"
    return Array(text.utf8)
  }

  /// More objects than one object stream holds go into several, each object readable where the
  /// cross-reference stream (PNG-predicted, `RowDeflate`) says it is.
  @Test func manyObjectsFillSeveralStreams() throws {
    var bodies = [
      "<< /Type /Catalog /Pages 2 0 R >>\nendobj", "<< /Type /Pages /Kids [] /Count 0 >>\nendobj",
    ]
    for index in 3...2_345 { bodies.append("<< /Index \(index) /Name (object \(index)) >>\nendobj") }
    let packed = try #require(ObjectStreams.pack(Self.classicFile(bodies)))
    #expect(String(decoding: packed, as: UTF8.self).components(separatedBy: "/Type /ObjStm").count - 1 == 3)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("objstm-\(UUID().uuidString).pdf")
    try Data(packed).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(
      try ExternalTool.output("qpdf", ["--check", url.path]).contains("No syntax or stream encoding errors"))
    for index in [3, 999, 1_000, 1_001, 2_000, 2_345] {
      let shown = try ExternalTool.output("qpdf", ["--show-object=\(index)", url.path])
      #expect(shown.contains("/Index \(index)") && shown.contains("(object \(index))"), "\(shown)")
    }
  }

  /// Packed when every object is framed; refused (nil, so the renderer throws) when one is not,
  /// rather than written without its objects.
  @Test func aFileWithAnUnframedObjectIsNotPacked() {
    let good = Self.classicFile(["<< /Type /Catalog /Pages 2 0 R >>\nendobj", "<< /Type /Pages >>\nendobj"])
    #expect(ObjectStreams.pack(good) != nil)
    let broken = Self.classicFile(["<< /Type /Catalog /Pages 2 0 R >>\nendobj", "<< /Type /Pages >>"])
    #expect(ObjectStreams.pack(broken) == nil)
  }
}
