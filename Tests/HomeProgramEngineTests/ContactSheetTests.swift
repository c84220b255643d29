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
  @Test func theSheetHasEveryEntryOnThreeByFourPages() throws {
    let engine = try HandoutEngine.bundled()
    let rendered = try engine.renderContactSheet(paper: .letter)
    let perPage = 12
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
    for id in catalogue.ids { #expect(texts.contains(id)) }
    for page in sheet.pages {
      for op in page.ops {
        if case .figure(let figure) = op {
          #expect(PageSpec.a4.contentRect.contains(figure.rect))
        }
      }
    }
  }
}
