import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel

/// The structure brackets layout puts around its draw operations for the tagged PDF (issue 15).
@Suite struct StructureTagTests {
  private let measurer = FixedWidthMeasurer()

  private func layout(_ blocks: [Block], largePrint: Bool = false) throws -> LaidOutDocument {
    try LayoutEngine().layout(
      LayoutFixtures.document(blocks, largePrint: largePrint), page: .letter, measurer: measurer)
  }

  /// The index of the first op matching `matches`.
  private func index(in ops: [DrawOp], _ matches: (DrawOp) -> Bool) throws -> Int {
    let found = ops.firstIndex(where: matches)
    return try #require(found)
  }

  private func text(_ prefix: String) -> (DrawOp) -> Bool {
    { op in
      if case .text(let run) = op { return run.text.hasPrefix(prefix) }
      return false
    }
  }

  private func isFigureElement(_ op: DrawOp) -> Bool {
    if case .beginStructure(.figure) = op { return true }
    return false
  }

  /// A card draws its figure, Tips and Avoid on the left before the dose on the right; the
  /// operations come in the text preview's order instead: dose, figure, start, steps, Tips, Avoid,
  /// the easy / flare lines, the cautions.
  @Test(arguments: [false, true])
  func aCardIsInThePreviewsReadingOrder(largePrint: Bool) throws {
    let ops = try layout([.exerciseCard(LayoutFixtures.card())], largePrint: largePrint).pages.flatMap(\.ops)
    let order = [
      try index(in: ops, text("Sciatic nerve slider")), try index(in: ops, text("2 sets × 10")),
      try index(in: ops, text("Start:")), try index(in: ops, text("Straighten your left knee")),
      try index(in: ops, text("Tips")), try index(in: ops, text("Avoid")),
      try index(in: ops, text("When it feels easy")), try index(in: ops, text("Caution:")),
    ]
    #expect(order == order.sorted(), "\(order)")
    let figure = try index(in: ops, isFigureElement)
    if !largePrint {
      #expect(order[1] < figure && figure < order[2], "the figure between the dose and the start")
    }
  }

  @Test func aCardsFigureHasAltText() throws {
    let ops = try layout([.exerciseCard(LayoutFixtures.card())]).pages.flatMap(\.ops)
    let alts = ops.compactMap { op -> String? in
      if case .beginStructure(.figure(let alt)) = op { return alt }
      return nil
    }
    #expect(alts == ["Straighten and bend the knee"])
  }

  /// Every structure and artifact bracket is closed, and the running footer is a pagination
  /// artifact.
  @Test func bracketsBalanceAndTheFooterIsAnArtifact() throws {
    let blocks: [Block] = [
      .heading(Heading(level: 1, text: "Your exercises")), LayoutFixtures.paragraph(LayoutFixtures.lorem),
      .table(LayoutFixtures.table), .exerciseCard(LayoutFixtures.card()),
      .trafficLight(LayoutFixtures.trafficLight),
    ]
    let laidOut = try layout(blocks + blocks + blocks)
    var structure = 0
    var artifacts: [ArtifactKind] = []
    var footerArtifacts = 0
    for op in laidOut.pages.flatMap(\.ops) {
      switch op {
      case .beginStructure: structure += 1
      case .endStructure: structure -= 1
      case .beginArtifact(let kind): artifacts.append(kind)
      case .endArtifact: _ = artifacts.popLast()
      case .text:
        if artifacts.last == .pagination { footerArtifacts += 1 }
      default: break
      }
      #expect(structure >= 0)
    }
    #expect(structure == 0)
    #expect(artifacts.isEmpty)
    #expect(footerArtifacts >= laidOut.pages.count)
  }

  /// The logo is a Figure with its alternative text when it has one, else decoration.
  @Test(arguments: [Optional("Logo of Riverside Physio"), nil])
  func theLogoIsAFigureWhenItHasAltText(alt: String?) throws {
    let band = TitleBand(
      overline: "Riverside Physio", title: "Your home exercise program", lines: [], logoPath: "/tmp/logo.png",
      logoAlt: alt)
    let ops = try layout([.titleBand(band)]).pages.flatMap(\.ops)
    let image = try index(in: ops) { op in
      if case .image = op { return true }
      return false
    }
    let figure = ops.firstIndex(where: isFigureElement)
    if let alt {
      #expect(figure == image - 1)
      #expect(ops[image - 1] == .beginStructure(.figure(alt: alt)))
    } else {
      #expect(figure == nil)
    }
  }
}
