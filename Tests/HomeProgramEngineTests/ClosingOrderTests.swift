// The short handout's closing sections (traffic light, massage gun, when to get help) keep their
// standard order when the handout fits its page limit, and move only when another order saves a
// page; the text preview and the PDF follow the same order.
import Foundation
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Suite struct ClosingOrderTests {
  static let headings = ["How did it go?", "Your massage gun routine", "When to get help", "Your log until"]

  /// Where each closing heading starts a line of `text` (pdftotext starts a page with a form
  /// feed), in `headings` order (nil when absent).
  static func positions(in text: String) -> [Int?] {
    let text = text.replacingOccurrences(of: "\u{0C}", with: "\n")
    return headings.map { heading in
      text.range(of: "\n" + heading).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
    }
  }

  /// The order of the closing headings in `text`.
  static func order(in text: String) -> [String] {
    zip(headings, positions(in: text)).compactMap { heading, at in at.map { (heading, $0) } }
      .sorted { $0.1 < $1.1 }.map(\.0)
  }

  /// The short handout of `sample` with its closing sections in `order`, laid out without the
  /// engine's choice.
  static func pages(_ sample: String, _ order: ClosingOrder) throws -> Int {
    let profile = try EngineFixtures.profile(sample)
    let plan = try EngineFixtures.engine.plan(profile, source: sample)
    let document = try HandoutBuilder().build(
      plan: plan, profile: profile, clinic: EngineFixtures.clinic, exercises: EngineFixtures.engine.exercises,
      text: EngineFixtures.engine.text,
      options: HandoutOptions(date: "2026-11-25", catalogueVersion: "test"))
    let permutation = try #require(order.permutation(of: document))
    return try EngineFixtures.engine.render(document.reordered(permutation), paper: .letter).pageCount
  }

  /// The standard order is the order the composer builds: its permutation changes nothing.
  @Test func theStandardOrderIsTheBuiltOrder() throws {
    let profile = try EngineFixtures.profile("priya-piriformis.yaml")
    let document = try EngineFixtures.engine.document(
      for: profile, source: "priya", clinic: EngineFixtures.clinic,
      options: RenderOptions(paper: .letter, largePrint: false, date: "2026-11-25", form: .booklet)
    ).document
    #expect(document.closingSections.isEmpty, "the booklet has no closing sections to move")
    let plan = try EngineFixtures.engine.plan(profile, source: "priya")
    let short = try HandoutBuilder().build(
      plan: plan, profile: profile, clinic: EngineFixtures.clinic, exercises: EngineFixtures.engine.exercises,
      text: EngineFixtures.engine.text, options: HandoutOptions(date: "2026-11-25", catalogueVersion: "test"))
    #expect(ClosingOrder.standard.permutation(of: short) == Array(short.blocks.indices))
    for order in ClosingOrder.allCases {
      let permutation = try #require(order.permutation(of: short))
      #expect(permutation.sorted() == Array(short.blocks.indices), "\(order) is a permutation")
      #expect(permutation.last == short.blocks.count - 1, "\(order) keeps the log last")
    }
  }

  @Test func aHandoutThatFitsKeepsTheStandardOrder() throws {
    let sample = "jose-disc.yaml"
    let profile = try EngineFixtures.profile(sample)
    let options = EngineFixtures.options(for: profile)
    let rendered = try EngineFixtures.engine.renderHandout(
      profile, clinic: EngineFixtures.clinic, options: options)
    #expect(rendered.pageCount <= ClosingOrder.pageLimit(largePrint: false))
    let preview = try EngineFixtures.engine.preview(profile, clinic: EngineFixtures.clinic, options: options)
    #expect(Self.order(in: preview) == Self.headings)
  }

  /// Priya's handout runs to 7 pages in the standard order; the engine finds the order that fits
  /// 6, and the preview and the PDF's text both follow it.
  @Test func aHandoutOverTheLimitTakesTheOrderWithFewestPages() throws {
    let sample = "priya-piriformis.yaml"
    let standard = try Self.pages(sample, .standard)
    #expect(standard > ClosingOrder.pageLimit(largePrint: false))
    let profile = try EngineFixtures.profile(sample)
    let options = EngineFixtures.options(for: profile)
    let rendered = try EngineFixtures.engine.renderHandout(
      profile, clinic: EngineFixtures.clinic, options: options)
    #expect(rendered.pageCount < standard)
    let best = try ClosingOrder.allCases.map { try Self.pages(sample, $0) }.min()
    #expect(rendered.pageCount == best)
    let preview = try EngineFixtures.engine.preview(profile, clinic: EngineFixtures.clinic, options: options)
    let path = try Tools.temporaryFile(rendered.bytes, name: "priya.pdf")
    let pdfText = try Tools.run("pdftotext", [path, "-"]).stdout
    #expect(Self.order(in: preview) != Self.headings)
    #expect(Self.order(in: preview) == Self.order(in: pdfText))
    #expect(Self.order(in: preview).last == "Your log until")
  }
}
