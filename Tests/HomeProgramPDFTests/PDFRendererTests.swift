import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

@Suite struct PDFRendererTests {
  @Test func qpdfCheckPasses() throws {
    let (url, _) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let output = try ExternalTool.run("qpdf", ["--check", url.path])
    #expect(output.status == 0, "qpdf --check failed: \(output.stdout) \(output.stderr)")
    #expect(output.stdout.contains("No syntax or stream encoding errors"))
  }

  @Test func everyFontIsEmbedded() throws {
    let (url, _) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let output = try ExternalTool.output("pdffonts", [url.path])
    // Skip the two header lines; each remaining line is one font, with "emb" the third-last column.
    let rows = output.split(separator: "\n").dropFirst(2)
    // Names look like "HPDFAA+DejaVuSans,Book": a subset tag, the PostScript name, a style.
    let names = rows.compactMap { row in
      row.split(separator: " ").first.map {
        $0.split(separator: ",")[0].split(separator: "+").last.map(String.init)
      }
        ?? nil
    }
    #expect(rows.count == 4, "expected the four DejaVu Sans faces, got:\n\(output)")
    for face in ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"] {
      #expect(names.contains(face), "\(face) missing from:\n\(output)")
    }
    for row in rows {
      let columns = row.split(separator: " ")
      #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
    }
  }

  @Test func textIsExtractableWithAccents() throws {
    let (url, _) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let text = try ExternalTool.output("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    #expect(text.contains(SampleDocument.accentLine), "pdftotext gave:\n\(text)")
    #expect(text.contains("Your home exercise program"))
    #expect(text.contains("Oblique: Breathe out as you lift."))
    #expect(text.contains("Bold oblique: Keep your back flat."))
    #expect(text.contains("Second page heading"))
  }

  @Test func infoPageCountAndSize() throws {
    let (url, result) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let info = try ExternalTool.output("pdfinfo", [url.path])
    func field(_ name: String) -> String? {
      info.split(separator: "\n").first { $0.hasPrefix(name + ":") }
        .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }
    #expect(field("Title") == SampleDocument.info.title)
    #expect(field("Author") == SampleDocument.info.author)
    #expect(field("Subject") == SampleDocument.info.subject)
    #expect(field("Creator") == SampleDocument.info.creator)
    #expect(field("Pages") == "2")
    #expect(field("Page size")?.hasPrefix("612 x 792 pts") == true, "pdfinfo gave:\n\(info)")
    #expect(field("CreationDate") == nil, "a wall-clock date makes output non-reproducible")
    #expect(field("ModDate") == nil)
    #expect(result.pageCount == 2)
  }

  @Test func nonASCIIInfoIsReadable() throws {
    var document = SampleDocument.make()
    document.info.author = "Clínica Núñez — Größe"
    let (url, _) = try SampleDocument.renderToFile(document)
    defer { try? FileManager.default.removeItem(at: url) }
    let info = try ExternalTool.output("pdfinfo", ["-enc", "UTF-8", url.path])
    #expect(info.contains("Clínica Núñez — Größe"), "pdfinfo gave:\n\(info)")
  }

  @Test func outlineJumpsToEachEntrysPageAndHeight() throws {
    let (url, _) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let outlines = try #require(try QPDFJSON.value("outlines", of: url) as? [[String: Any]])
    #expect(outlines.map { $0["title"] as? String } == ["Your program", "Second page — Größe"])
    #expect(outlines.map { $0["destpageposfrom1"] as? Int } == [1, 2])
    // Layout y 54 and 60 from the top of a 792 pt page.
    #expect(outlines.map { ($0["dest"] as? [Any])?.last as? Double } == [738, 732])
  }

  @Test func linkAnnotationHasURIFlippedRectAndNoBorder() throws {
    let (url, _) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let links = try QPDFJSON.objects(of: url).values.filter { $0["/Subtype"] as? String == "/Link" }
    let link = try #require(links.first)
    #expect(links.count == 1)
    #expect((link["/A"] as? [String: Any])?["/URI"] as? String == "u:https://example.org/help")
    #expect(link["/Border"] as? [Double] == [0, 0, 0])
    // Layout rect y 230…244 on a 792 pt page is PDF 548…562.
    #expect(link["/Rect"] as? [Double] == [54, 548, 254, 562])
  }

  @Test func renderingTwiceIsByteIdentical() throws {
    let first = try SampleDocument.noFallback.render(SampleDocument.make())
    let second = try SampleDocument.noFallback.render(SampleDocument.make())
    #expect(first.bytes == second.bytes)
    #expect(!first.bytes.isEmpty)
  }

  @Test func controlCharactersAreStripped() throws {
    let (url, result) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let text = try ExternalTool.output("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    #expect(text.contains("Bellhere"), "pdftotext gave:\n\(text)")
    #expect(!text.unicodeScalars.contains("\u{07}"))
    #expect(result.warnings.isEmpty, "control characters are not warnings: \(result.warnings)")
  }

  @Test func emojiIsReplacedAndWarnedAbout() throws {
    let document = SampleDocument.make(extraOnPageTwo: [
      SampleDocument.text("Smile 😀 and 😀 again ✓", y: 140)
    ])
    let (url, result) = try SampleDocument.renderToFile(document)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(result.warnings.count == 1, "one warning per character, deduplicated: \(result.warnings)")
    #expect(result.warnings.first?.hasPrefix("U+1F600 GRINNING FACE") == true, "\(result.warnings)")
    let text = try ExternalTool.output("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    #expect(text.contains("Smile ? and ? again ✓"), "pdftotext gave:\n\(text)")
  }

  @Test func warningsAreSortedByCodePoint() {
    let warnings = PDFRenderer.warnings(for: ["\u{1F600}", "\u{0378}", "\u{E000}"])
    #expect(warnings.map { String($0.prefix(6)) } == ["U+0378", "U+E000", "U+1F60"])
  }

  @Test func fallbackFontDrawsWhatDejaVuSansLacks() throws {
    // DejaVu Math TeX Gyre ships with fonts-dejavu-core; find a BMP character only it has.
    let fallbackPath = "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf"
    let sans = try FontFileCache.shared.font(at: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    let math = try FontFileCache.shared.font(at: fallbackPath)
    let candidate = (0x2000...0xFFFF).lazy.compactMap(Unicode.Scalar.init)
      .first { math.canDraw($0) && !sans.canDraw($0) && $0.properties.generalCategory == .mathSymbol }
    let scalar = try #require(candidate, "no character found that only the math font has")
    let renderer = PDFRenderer(
      options: RenderOptions(fallbackFontPaths: ["/nonexistent/font.ttf", fallbackPath]))
    let document = SampleDocument.make(extraOnPageTwo: [SampleDocument.text("Sign \(scalar) here", y: 160)])
    let (url, result) = try SampleDocument.renderToFile(document, renderer: renderer)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(result.warnings.isEmpty, "\(result.warnings)")
    let fonts = try ExternalTool.output("pdffonts", [url.path])
    #expect(fonts.contains("DejaVuMathTeXGyre"), "fallback font not embedded:\n\(fonts)")
    let text = try ExternalTool.output("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    #expect(text.contains("Sign \(scalar) here"), "pdftotext gave:\n\(text)")
  }

  @Test func missingFontDirectoryNamesThePath() {
    let renderer = PDFRenderer(options: RenderOptions(fontDirectory: "/nonexistent/fonts"))
    #expect {
      try renderer.render(SampleDocument.make())
    } throws: { error in
      guard case .fontFileUnreadable(let path, _) = error as? PDFError else { return false }
      return path == "/nonexistent/fonts/DejaVuSans.ttf"
        && String(describing: error).contains("/nonexistent/fonts/DejaVuSans.ttf")
    }
  }

  @Test func missingImageNamesTheFile() {
    let document = SampleDocument.make(extraOnPageTwo: [
      .image(ImagePlacement(rect: Rect(x: 54, y: 200, width: 80, height: 40), path: "/nonexistent/logo.png"))
    ])
    #expect {
      try SampleDocument.noFallback.render(document)
    } throws: { error in
      guard case .imageUnreadable(let path, _) = error as? PDFError else { return false }
      return path == "/nonexistent/logo.png" && String(describing: error).contains("/nonexistent/logo.png")
    }
  }

  @Test func notAnImageIsRejectedWithItsName() throws {
    let url = SampleDocument.temporaryURL("logo.png")
    try Data("not an image".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let document = SampleDocument.make(extraOnPageTwo: [
      .image(ImagePlacement(rect: Rect(x: 54, y: 200, width: 80, height: 40), path: url.path))
    ])
    #expect(throws: PDFError.imageUnreadable(path: url.path, reason: "not a PNG or JPEG file")) {
      try SampleDocument.noFallback.render(document)
    }
  }

  @Test func outlineEntryOnMissingPageIsAnError() {
    var document = SampleDocument.make()
    document.outline.append(OutlineEntry(title: "Nowhere", pageIndex: 5, y: 0))
    #expect(throws: PDFError.self) { try SampleDocument.noFallback.render(document) }
  }
}

@Suite struct PDFRendererCostTests {
  /// Keeps the sample's cost visible: prints time and size, and fails if either explodes.
  /// Set HOMEPROGRAM_KEEP_PDF to a path to keep the rendered file for a look.
  @Test func renderTimeAndFileSize() throws {
    let clock = ContinuousClock()
    _ = try SampleDocument.noFallback.render(SampleDocument.make())  // warm the font cache
    var result: RenderResult?
    let runs = 5
    let elapsed = try clock.measure {
      for _ in 0..<runs { result = try SampleDocument.noFallback.render(SampleDocument.make()) }
    }
    let bytes = try #require(result).bytes
    let perRender = elapsed / runs
    print("sample document: \(bytes.count) bytes, \(perRender) per render")
    if let keep = ProcessInfo.processInfo.environment["HOMEPROGRAM_KEEP_PDF"] {
      try Data(bytes).write(to: URL(fileURLWithPath: keep))
    }
    #expect(bytes.count < 2_000_000)
    #expect(perRender < .seconds(2))
  }
}
