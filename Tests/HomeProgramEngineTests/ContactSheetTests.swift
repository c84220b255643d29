import Foundation
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner
import HomeProgramTestSupport
import Testing

@Suite("Contact sheet")
struct ContactSheetTests {
  @Test func theSheetHasEveryEntryAtMostSixToAPage() throws {
    let engine = try HandoutEngine.bundled()
    let rendered = try engine.renderContactSheet(paper: .letter)
    let perPage = 6
    #expect(rendered.pageCount == (engine.catalogue.entries.count + perPage - 1) / perPage)
    #expect(rendered.bytes.starts(with: Array("%PDF".utf8)))
    #expect(rendered.warnings.isEmpty)
  }

  @Test func theLaidOutSheetNamesEveryEntryAndPlacesEveryFigure() throws {
    let catalogue = try CatalogueLoader.bundled()
    let sheet = ContactSheet(page: .a4).layout(catalogue, measurer: FixedWidthMeasurer())
    let texts = sheet.pages.flatMap(\.ops).compactMap { op -> String? in
      if case .text(let run) = op { return run.text }
      return nil
    }
    let keys = sheet.pages.flatMap(\.ops).compactMap { op -> String? in
      if case .figure(let figure) = op { return figure.key }
      return nil
    }
    #expect(keys == catalogue.ids)
    let joined = texts.joined(separator: " ")
    for entry in catalogue.entries {
      #expect(texts.contains { $0.hasPrefix(entry.id + "  ") })
      // The start position and the first step, beside the figure, begin as written.
      let start = entry.start.split(separator: " ").prefix(3).joined(separator: " ")
      #expect(joined.contains(start), "\(entry.id): start")
      if let first = entry.steps.first {
        let words = ("1. " + first).split(separator: " ").prefix(3).joined(separator: " ")
        #expect(joined.contains(words), "\(entry.id): first step")
      }
    }
    // Large enough to judge: at least as wide as a third of the page's text width.
    let figures = sheet.pages.flatMap(\.ops).compactMap { op -> Rect? in
      if case .figure(let figure) = op { return figure.rect }
      return nil
    }
    #expect(figures.allSatisfy { $0.width >= PageSpec.a4.contentRect.width / 3 })
    for page in sheet.pages {
      for op in page.ops {
        if case .figure(let figure) = op {
          #expect(PageSpec.a4.contentRect.contains(figure.rect))
        }
      }
    }
  }

  /// A line broken at a space keeps the space (drawn at its end), so the sheet's text, read back
  /// run by run, keeps its words apart.
  @Test func wrappedLinesKeepTheSpaceAtTheBreak() throws {
    var entry = HandoutFixture.exercise("NG01", "Lying nerve slider", .nerveGlide)
    entry.start =
      "Lie on your back with both knees bent and your feet flat on the floor, arms resting by your sides."
    entry.steps = ["Slowly straighten the knee while you tip your head back, then return to the start."]
    let sheet = ContactSheet().layout(
      Catalogue(version: "1", title: "Test", entries: [entry]), measurer: FixedWidthMeasurer())
    let runs = sheet.pages.flatMap(\.ops).compactMap { op -> String? in
      if case .text(let run) = op { return run.text }
      return nil
    }
    let start = try #require(runs.firstIndex { $0.hasPrefix("Lie on") })
    let step = try #require(runs.firstIndex { $0.hasPrefix("1. ") })
    #expect(step - start > 1, "the starting position wraps onto more than one line")
    #expect(runs[start..<step].joined() == entry.start)
    #expect(runs[step...].joined() == "1. " + entry.steps[0])
  }

  /// The tagged PDF reads the name, the starting position and the first step as three paragraphs
  /// (`P`), not run together in one.
  @Test func theNameStartAndFirstStepAreParagraphsOfTheirOwn() throws {
    var entry = HandoutFixture.exercise("NG01", "Lying nerve slider", .nerveGlide)
    entry.start = "Lie on your back with both knees bent."
    entry.steps = ["Slowly straighten the knee."]
    let sheet = ContactSheet().layout(
      Catalogue(version: "1", title: "Test", entries: [entry]), measurer: FixedWidthMeasurer())
    var paragraphs: [String] = []
    var depth = 0
    var paragraphDepth: Int?
    for op in sheet.pages.flatMap(\.ops) {
      switch op {
      case .beginStructure(let role):
        depth += 1
        if role == .paragraph {
          #expect(paragraphDepth == nil, "a paragraph inside a paragraph")
          paragraphDepth = depth
          paragraphs.append("")
        }
      case .endStructure:
        if paragraphDepth == depth { paragraphDepth = nil }
        depth -= 1
      case .text(let run) where paragraphDepth != nil:
        paragraphs[paragraphs.count - 1] += run.text
      default:
        break
      }
    }
    #expect(paragraphs == ["NG01  Lying nerve slider", entry.start, "1. " + entry.steps[0]])
  }
}
