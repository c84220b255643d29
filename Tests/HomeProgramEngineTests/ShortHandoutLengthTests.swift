// The short handout's length, counted by pdfinfo on the real PDF: at most 6 Letter pages (10 in
// large print) for every program sample, and shorter than the booklet. Samples still over the
// limit are listed with the pages they print today: for them the limit is a known issue (it
// fails again, as "known issue not recorded", the day the sample fits, so the list must shrink)
// and today's count is a ratchet that may not grow.
import Foundation
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Suite struct ShortHandoutLengthTests {
  /// The issue's limits: Letter pages, normal and large print.
  static let limit = ClosingOrder.pageLimit(largePrint: false)
  static let largePrintLimit = ClosingOrder.pageLimit(largePrint: true)

  /// Samples over the limit today, with the pages they print (normal, large print).
  static let overLimitToday: [String: (normal: Int, large: Int)] = [
    "jose-disc.yaml": (6, 12), "priya-piriformis.yaml": (6, 12),
    // jose-disc's plan in Spanish, which runs longer.
    "rosa-disc-es.yaml": (6, 13),
  ]

  /// The pages of `sample`'s handout, as pdfinfo counts them in the written PDF. A short handout
  /// over its page target carries the warning the therapist sees (`generate` prints it, a batch's
  /// report lists it); one within it, and a booklet, carry none.
  static func pages(_ sample: String, _ profile: PatientProfile, largePrint: Bool, form: HandoutForm) throws
    -> Int
  {
    let (path, pageCount, warnings) = try EngineFixtures.handoutFile(
      profile, largePrint: largePrint, form: form)
    let info = try Tools.run("pdfinfo", [path])
    let line = try #require(info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") })
    let pages = try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    #expect(pages == pageCount)
    let limit = largePrint ? largePrintLimit : Self.limit
    let warned = warnings.filter { $0.contains("over its target") }
    if form == .short, pages > limit {
      let edition = largePrint ? " in large print" : ""
      #expect(
        warned == [
          "the short handout runs \(pages) pages\(edition), over its target of \(limit); "
            + "a program with fewer exercises prints shorter"
        ], "\(sample), large print \(largePrint)")
    } else {
      #expect(warned.isEmpty, "\(sample), large print \(largePrint), \(form): \(warned)")
    }
    return pages
  }

  @Test(arguments: EngineFixtures.samples)
  func everyProgramSampleIsShort(sample: String) throws {
    guard let profile = try EngineFixtures.programProfile(sample) else { return }
    let short = try Self.pages(sample, profile, largePrint: false, form: .short)
    let large = try Self.pages(sample, profile, largePrint: true, form: .short)
    let booklet = try Self.pages(sample, profile, largePrint: false, form: .booklet)
    #expect(short < booklet, "\(sample): the short handout (\(short) pages) is not shorter than the booklet")
    if let today = Self.overLimitToday[sample] {
      #expect(short <= today.normal, "\(sample): \(short) pages, more than the \(today.normal) of today")
      #expect(large <= today.large, "\(sample): \(large) large-print pages, more than \(today.large)")
      withKnownIssue("\(sample) is still over the page limit (see README, What is left)") {
        #expect(short <= Self.limit && large <= Self.largePrintLimit)
      }
    } else {
      #expect(short <= Self.limit, "\(sample): \(short) Letter pages")
      #expect(large <= Self.largePrintLimit, "\(sample): \(large) large-print pages")
    }
  }

  /// The large-print routine keeps its body map on its table's page: with "how to use it" beside
  /// the map, priya's four-area routine made one part taller than the room under the table, and
  /// the table stood alone on a half-empty page.
  @Test(arguments: EngineFixtures.samples)
  func theGunsBodyMapSharesItsTablesPageInLargePrint(sample: String) throws {
    guard let profile = try EngineFixtures.programProfile(sample), profile.language == .en else { return }
    let file = try EngineFixtures.handoutFile(profile, largePrint: true, form: .short)
    defer { try? FileManager.default.removeItem(atPath: file.path) }
    let pages = try Tools.pageTexts(file.path)
    guard let table = pages.firstIndex(where: { $0.contains("Your massage gun routine") }) else { return }
    #expect(
      pages[table].contains("Never here"), "\(sample): the body map is not on the routine's first page")
  }
}
