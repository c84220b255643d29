import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// The public "Sciatica Relief" document: content, locale, clinic details, and no patient data.
struct PublicHandoutTests {
  /// The leaflet; the booklet unless `form` says otherwise (the content tests read its full text).
  static func build(clinic: Clinic = .builtInDefault, largePrint: Bool = false, form: HandoutForm = .booklet)
    throws -> Document
  {
    try PublicHandoutBuilder().build(
      catalogue: Fixtures.catalogue, text: try HandoutText.bundled(), clinic: clinic,
      options: PublicHandoutOptions(largePrint: largePrint, programVersion: "9.9.9", form: form))
  }

  static let usClinic = Clinic(
    name: "Riverside Spine PT", phone: "+1 904 555 0100", website: "https://example.org/book",
    address: "100 Example Ave", locale: .enUS)
  static let gbClinic = Clinic(
    name: "Northgate Physiotherapy", phone: "+44 161 496 0000", website: "example.org/northgate",
    locale: .enGB, paper: .a4)

  /// `text` in lower case with every run of white space as one space.
  static func flat(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test(arguments: HandoutForm.allCases)
  func coverTitleSubtitleAndClinicName(form: HandoutForm) throws {
    let document = try Self.build(clinic: Self.usClinic, form: form)
    guard case .titleBand(let band) = document.blocks.first else {
      Issue.record("the document does not start with a title band")
      return
    }
    #expect(band.title == "Sciatica Relief")
    #expect(band.overline == "Riverside Spine PT")
    #expect(!band.lines.isEmpty)
    let neutral = try Self.build(form: form)
    guard case .titleBand(let plain) = neutral.blocks.first else {
      Issue.record("the neutral document does not start with a title band")
      return
    }
    #expect(plain.overline.isEmpty)
  }

  @Test(arguments: HandoutForm.allCases)
  func documentInfoAndFooter(form: HandoutForm) throws {
    let document = try Self.build(clinic: Self.usClinic, form: form)
    #expect(document.info.title == "Sciatica Relief")
    #expect(document.info.author == "Riverside Spine PT")
    #expect(document.info.creator == "homeprogram 9.9.9")
    #expect(document.footer.leading == ["Riverside Spine PT"])
    #expect(document.footer.trailing == ["Catalog \(Fixtures.catalogue.version)"])

    let neutral = try Self.build(form: form)
    #expect(neutral.info.author == "homeprogram")
    #expect(neutral.footer.leading.isEmpty)
  }

  @Test(arguments: HandoutForm.allCases)
  func sectionsInOrder(form: HandoutForm) throws {
    let headings = sectionHeadings(try Self.build(form: form))
    #expect(
      headings == [
        "Understanding sciatica", "How massage therapy helps", "Using a massage gun",
        "A gentle starter program",
        "How did it go? Your traffic-light guide", "When to get help", "Get a plan made for you",
      ])
  }

  @Test func educationIsTrueToTheReference() throws {
    let text = joinedText(try Self.build())
    #expect(text.contains("L4 to S3"))
    #expect(!text.contains("S4"))
    #expect(text.contains("most common cause"))
    #expect(text.contains("spinal stenosis"))
    #expect(text.contains("piriformis") && text.contains("uncommon"))
    #expect(text.contains("Most sciatica gets better on its own"))
    // Nobody has assessed the reader: nothing may say a therapist did.
    #expect(!text.contains("Your therapist thinks"))
    #expect(!text.contains("Your therapist has asked"))
  }

  @Test func massageTherapyNamesBothPositions() throws {
    let blocks = flatten(try Self.build().blocks)
    let figures = blocks.compactMap { block -> String? in
      if case .figure(let figure) = block { return figure.key }
      return nil
    }
    #expect(figures.contains("position:prone_on_pillow"))
    #expect(figures.contains("position:side_lying_pillow_between_knees"))
    let text = joinedText(try Self.build())
    #expect(text.contains("tell them the position you are comfortable in"))
  }

  /// "When it feels easy" / "if it flares" name only exercises whose card is in the leaflet.
  @Test func pointersNameOnlyCardsInTheLeaflet() throws {
    let document = try Self.build()
    let onCards = Set(cards(document).map(\.id))
    #expect(onCards == Set(PublicHandoutBuilder.defaultStarterIDs))
    let others = Fixtures.catalogue.entries.filter { !onCards.contains($0.id) && $0.category != .massageGun }
    for card in cards(document) {
      for line in [card.whenEasy, card.ifFlares].compactMap({ $0 }) {
        // Longest names first, so "Lying nerve slider" is not read inside a longer name.
        var rest = line
        for name in onCards.compactMap({ Fixtures.catalogue[$0]?.name }).sorted(by: { $0.count > $1.count }) {
          rest = rest.replacingOccurrences(of: name, with: "·")
        }
        for entry in others where rest.contains(entry.name) {
          Issue.record("\(card.id) «\(line)» names \(entry.id), which has no card in the leaflet")
        }
      }
    }
  }

  /// MG-PR-10 on the leaflet: nobody has assessed its reader, so a disc problem means asking first.
  @Test func theLeafletKeepsAskFirstWithADiscProblem() throws {
    let all = joinedText(try Self.build())
    #expect(all.contains("If you know or think you have one, ask a therapist or doctor before you start."))
  }

  @Test func massageGunRoutineHasTheBodyMapAndEveryZone() throws {
    let document = try Self.build()
    let blocks = flatten(document.blocks)
    let bodyMap = blocks.compactMap { block -> Figure? in
      if case .figure(let figure) = block, figure.key.hasPrefix("bodymap") { return figure }
      return nil
    }
    #expect(bodyMap.count == 1)
    // The map shades the routine's zones only, never the buttock or the back of the thigh.
    #expect(bodyMap.first.flatMap { FigureKey.bodyMapZones($0.key) } == [.quads, .calves])
    let tables = blocks.compactMap { block -> Table? in
      if case .table(let table) = block { return table }
      return nil
    }
    let table = try #require(tables.first)
    // Unassessed readers: front of the thigh and calf only (MG01/MG02 need a therapist's test).
    #expect(table.rows.map { $0[0] } == ["Front of the thigh", "Calf"])
    for row in table.rows {
      #expect(row[1] == "45 seconds each side")
      #expect(row[2] == "Lowest")
      #expect(row[3] == "Largest, softest head")
    }
    let text = joinedText(document)
    for avoided in [
      "Your lower back", "Anywhere on your spine", "The back of your knee", "Bony points", "numb",
    ] {
      #expect(text.contains(avoided), "missing no-go area \(avoided)")
    }
    #expect(text.contains("A blood clot now or in the past"))
  }

  @Test func starterCardsAreTheGentlestCatalogueDoses() throws {
    let text = try HandoutText.bundled()
    let doses = DoseFormatter(text: text.general.dose)
    let starter = cards(try Self.build())
    #expect(starter.map(\.id) == PublicHandoutBuilder.defaultStarterIDs)
    for card in starter {
      let exercise = try #require(Fixtures.catalogue[card.id])
      let high = try #require(exercise.doses[.high], "\(card.id) has no high dose")
      #expect(card.doseLine == doses.line(high.dose, side: .both))
      #expect(card.doseNote == high.note)
      #expect(card.figure.key == card.id)
      #expect(card.name == exercise.name)
      #expect(card.figure.side == nil)
    }
    // No tensioner and no massage gun among the cards.
    #expect(!starter.contains { ["NG04", "NG05"].contains($0.id) || $0.id.hasPrefix("MG") })
  }

  @Test func getAssessedCautionComesBeforeTheCards() throws {
    let blocks = try Self.build().blocks
    let calloutIndex = blocks.firstIndex { block in
      if case .callout(let callout) = block { return callout.title.hasPrefix("Get assessed") }
      return false
    }
    let firstCard = blocks.firstIndex { block in
      if case .exerciseCard = block { return true }
      return false
    }
    let callout = try #require(calloutIndex)
    let card = try #require(firstCard)
    #expect(callout < card)
    if case .callout(let box) = blocks[callout] { #expect(box.kind == .caution) }
  }

  @Test(arguments: HandoutForm.allCases)
  func trafficLightCardIsPresent(form: HandoutForm) throws {
    let lights = flatten(try Self.build(form: form).blocks).compactMap { block -> TrafficLight? in
      if case .trafficLight(let light) = block { return light }
      return nil
    }
    #expect(lights.count == 1)
    #expect(lights.first?.rows.map(\.label) == ["GREEN", "AMBER", "RED"])
  }

  @Test(arguments: HandoutForm.allCases)
  func usLocaleSays911AndTheEmergencyRoom(form: HandoutForm) throws {
    // Callout titles are upper case in the preview, and lines wrap: compare flattened lower case.
    let preview = Self.flat(TextPreview.render(try Self.build(clinic: Self.usClinic, form: form)))
    #expect(preview.contains("911"))
    #expect(preview.contains("emergency room"))
    #expect(!preview.contains("999"))
    #expect(!preview.contains("a&e"))
  }

  @Test(arguments: HandoutForm.allCases)
  func gbLocaleSays999AndAandE(form: HandoutForm) throws {
    let preview = Self.flat(TextPreview.render(try Self.build(clinic: Self.gbClinic, form: form)))
    #expect(preview.contains("999"))
    #expect(preview.contains("a&e"))
    #expect(preview.contains("your gp"))
    #expect(!preview.contains("911"))
    #expect(!preview.contains("emergency room"))
  }

  @Test(arguments: HandoutForm.allCases)
  func emergencyNumberOverrideIsUsed(form: HandoutForm) throws {
    var clinic = Self.gbClinic
    clinic.emergencyNumberOverride = "112"
    let preview = Self.flat(TextPreview.render(try Self.build(clinic: clinic, form: form)))
    #expect(preview.contains("call 112"))
    #expect(!preview.contains("999"))
  }

  @Test(arguments: HandoutForm.allCases)
  func callToActionLinksWebsiteAndPhone(form: HandoutForm) throws {
    let runs = flatten(try Self.build(clinic: Self.gbClinic, form: form).blocks).flatMap {
      block -> [InlineRun] in
      if case .paragraph(let paragraph) = block { return paragraph.runs }
      return []
    }
    let links = runs.compactMap(\.link)
    #expect(links.contains("https://example.org/northgate"))
    #expect(links.contains("tel:+441614960000"))
    #expect(
      joinedText(try Self.build(clinic: Self.gbClinic, form: form)).contains(
        "Book an assessment with Northgate Physiotherapy."))
  }

  @Test(arguments: HandoutForm.allCases)
  func withoutContactsTheCallToActionIsNeutral(form: HandoutForm) throws {
    let document = try Self.build(form: form)
    let text = joinedText(document)
    #expect(text.contains("ask your doctor about seeing a physical therapist"))
    #expect(!text.contains("Book online"))
    let links = flatten(document.blocks).flatMap { block -> [String] in
      if case .paragraph(let paragraph) = block { return paragraph.runs.compactMap(\.link) }
      return []
    }
    #expect(links.isEmpty)
    var gb = Clinic.builtInDefault
    gb.locale = .enGB
    #expect(
      joinedText(try Self.build(clinic: gb, form: form)).contains(
        "ask your GP about seeing a physiotherapist"))
  }

  @Test(arguments: HandoutForm.allCases)
  func largePrintIsPassedOn(form: HandoutForm) throws {
    #expect(try Self.build(largePrint: true, form: form).largePrint)
    #expect(!(try Self.build(form: form).largePrint))
  }

  @Test(arguments: [PageSpec.letter, PageSpec.a4])
  func laysOutWithinThePage(page: PageSpec) throws {
    let laidOut = try LayoutEngine().layout(try Self.build(), page: page, measurer: FixedWidthMeasurer())
    #expect(laidOut.pages.count > 3)
  }

  @Test func buildingIsDeterministic() throws {
    #expect(try Self.build(clinic: Self.gbClinic) == (try Self.build(clinic: Self.gbClinic)))
  }

  @Test func missingStarterEntryIsAClearError() throws {
    #expect(throws: PublicHandoutError.missingExercise(id: "ZZ99")) {
      try PublicHandoutBuilder(starterIDs: ["ZZ99"]).build(
        catalogue: Fixtures.catalogue, text: try HandoutText.bundled(), clinic: .builtInDefault)
    }
  }
}
