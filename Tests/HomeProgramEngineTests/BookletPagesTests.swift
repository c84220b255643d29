// The booklet's pages, read from the real PDF with pdftotext: two exercise cards share a page
// when the tighter spacing lets them (`Document.tightensToSavePages`), so no sample's booklet grows
// back to a card alone on each half-empty page; and the clinic's contact lines stay with their
// heading (a booklet once ended on a page holding nothing but its address line).
import Foundation
import Testing

@testable import HomeProgramEngine
@testable import HomeProgramModel

@Suite struct BookletPagesTests {
  /// Each program sample's booklet pages today (Letter, normal print): a ratchet that may not grow.
  /// At the standard spacing and margins they were 14, 17, 16, 14, 14, 20 and 12.
  static let pagesToday: [String: Int] = [
    "ahmed-high-irritability.yaml": 12, "chloe-pregnancy.json": 13, "jose-disc.yaml": 14,
    "margaret-stenosis.yaml": 12, "priya-piriformis.yaml": 13, "rosa-disc-es.yaml": 15,
    "sam-unknown.yaml": 11,
  ]

  /// The text of each page of `profile`'s booklet.
  static func pages(_ profile: PatientProfile) throws -> [String] {
    let (path, pageCount, _) = try EngineFixtures.handoutFile(profile, form: .booklet)
    let pages = try Tools.pageTexts(path)
    #expect(pages.count == pageCount)
    return pages
  }

  @Test(arguments: EngineFixtures.samples)
  func cardsSharePagesAndTheContactLinesStayTogether(sample: String) throws {
    guard let profile = try EngineFixtures.programProfile(sample) else { return }
    let pages = try Self.pages(profile)
    let today = try #require(Self.pagesToday[sample], "\(sample): add its booklet's pages to pagesToday")
    #expect(pages.count <= today, "\(sample): \(pages.count) booklet pages, more than the \(today) of today")
    let help = try EngineFixtures.engine.words(for: profile.language).text.safety.help
    let address = try #require(EngineFixtures.clinic.address)
    let heading = try #require(pages.firstIndex { $0.contains(help.contactTitle) }, "\(sample)")
    #expect(
      pages[heading].contains(address), "\(sample): the address is not on the page of '\(help.contactTitle)'")
    #expect(heading == pages.count - 1, "\(sample): the contact lines end the booklet")
  }
}
