import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPDF
@testable import HomeProgramPlanner

@Suite struct FontSubsetTests {
  static let regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

  @Test func subsetsAreSmallDeterministicAndKeepAdvances() throws {
    let scalars = "José Ñúñez — ½ Größe".unicodeScalars.map(\.value).sorted()
    let unique = Array(Set(scalars)).sorted()
    let face = try FontFileCache.shared.font(at: Self.regular).face
    let first = try FontSubsetter.subset(face, scalars: unique, path: Self.regular)
    let again = try FontSubsetter.subset(face, scalars: unique, path: Self.regular)
    #expect(first == again)
    #expect(first.count < 20_000, "subset is \(first.count) bytes")
    // The subset parses with the same code as the whole font and keeps every advance.
    let url = SampleDocument.temporaryURL("subset.ttf")
    try Data(first).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let subset = try TrueTypeFont(path: url.path)
    let whole = try FontFileCache.shared.font(at: Self.regular)
    for value in unique {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(subset.canDraw(scalar))
      #expect(subset.advance(of: scalar) == whole.advance(of: scalar), "U+\(String(value, radix: 16))")
    }
    #expect(!subset.canDraw("Q"))
  }

  @Test func tagIsSixCapitalsAndStable() {
    let tag = FontSubsetter.tag(path: Self.regular, scalars: [65, 66])
    #expect(tag.count == 6 && tag.allSatisfy { $0 >= "A" && $0 <= "Z" })
    #expect(tag == FontSubsetter.tag(path: Self.regular, scalars: [65, 66]))
    #expect(tag != FontSubsetter.tag(path: Self.regular, scalars: [65, 67]))
  }

  @Test func renderedFontsAreSubsetsWithAValidToUnicode() throws {
    let (url, result) = try SampleDocument.renderToFile()
    defer { try? FileManager.default.removeItem(at: url) }
    let whole = try SampleDocument.noFallback.withoutSubsetting.render(SampleDocument.make())
    #expect(result.bytes.count * 4 < whole.bytes.count, "\(result.bytes.count) vs \(whole.bytes.count)")
    let text = try ExternalTool.run("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    #expect(text.status == 0)
    #expect(text.stdout.contains(SampleDocument.accentLine))
    #expect(!text.stderr.contains("Warning"), "poppler warned: \(text.stderr)")
  }

  @Test func figureTextOutsideTheSubsetUsesTheWholeFont() throws {
    let renderer = PDFRenderer(options: RenderOptions(fallbackFontPaths: [], figures: EverythingFigure()))
    let (url, _) = try SampleDocument.renderToFile(renderer: renderer)
    defer { try? FileManager.default.removeItem(at: url) }
    let text = try ExternalTool.output("pdftotext", ["-enc", "UTF-8", url.path, "-"])
    #expect(text.contains("bird-dog · left"), "pdftotext gave:\n\(text)")
    #expect(text.contains(SampleDocument.accentLine))
  }

  @Test func codePointSetListsInOrder() {
    var set = CodePointSet()
    set.insert(contentsOf: "zaÑ—a".unicodeScalars)
    #expect(set.sorted == [0x61, 0x7A, 0xD1, 0x2014])
    #expect(set.contains(0x2014) && !set.contains(0x62) && !set.contains(0x1F600))
  }
}

extension PDFRenderer {
  /// The same renderer embedding whole fonts, to compare.
  var withoutSubsetting: PDFRenderer {
    var copy = self
    copy.options.subsetFonts = false
    return copy
  }
}
