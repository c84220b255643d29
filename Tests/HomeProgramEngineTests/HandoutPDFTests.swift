import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// Real PDFs of every sample, checked with real tools: structure, fonts, text, margins, determinism,
/// and agreement with the text preview.
struct HandoutPDFTests {
  struct Rendered {
    var profile: PatientProfile
    var document: Document
    var plan: Plan
    var pdf: RenderedDocument
    var path: String
  }

  static func render(_ sample: String, largePrint: Bool = false, paper: Paper = .letter) throws -> Rendered {
    let profile = try EngineFixtures.profile(sample)
    let options = EngineFixtures.options(for: profile, largePrint: largePrint, paper: paper)
    let engine = EngineFixtures.engine
    let (plan, document) = try engine.document(
      for: profile, source: sample, clinic: EngineFixtures.clinic, options: options)
    let pdf = try engine.renderHandout(
      profile, source: sample, clinic: EngineFixtures.clinic, options: options)
    let path = try Tools.temporaryFile(pdf.bytes, name: "\(sample).pdf")
    return Rendered(profile: profile, document: document, plan: plan, pdf: pdf, path: path)
  }

  static func cards(_ blocks: [Block]) -> [ExerciseCard] {
    blocks.flatMap { block -> [ExerciseCard] in
      switch block {
      case .exerciseCard(let card): [card]
      case .keepTogether(let inner): cards(inner)
      case .callout(let callout): cards(callout.body)
      default: []
      }
    }
  }

  @Test(arguments: EngineFixtures.samples)
  func structureAndFontsAreSound(sample: String) throws {
    let rendered = try Self.render(sample)
    let check = try Tools.run("qpdf", ["--check", rendered.path])
    #expect(check.status == 0, "qpdf --check: \(check.stdout) \(check.stderr)")
    let fonts = try Tools.run("pdffonts", [rendered.path])
    let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
    #expect(!rows.isEmpty)
    for row in rows {
      let columns = row.split(separator: " ", omittingEmptySubsequences: true)
      // name type encoding emb sub uni object ID: "emb" is the 5th column from the end.
      #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "font not embedded: \(row)")
    }
    let info = try Tools.run("pdfinfo", [rendered.path])
    #expect(info.stdout.contains("Pages:           \(rendered.pdf.pageCount)\n"))
    #expect(
      !info.stdout.contains(rendered.profile.patient.name), "the patient's name must not be in metadata")
    if let reference = rendered.profile.patient.reference { #expect(!info.stdout.contains(reference)) }
    #expect(!info.stdout.contains("CreationDate"))
  }

  @Test(arguments: EngineFixtures.samples)
  func textHasNameItemsDosesAndEmergencyNumber(sample: String) throws {
    let rendered = try Self.render(sample)
    let text = Tools.normalized(try Tools.run("pdftotext", ["-raw", rendered.path, "-"]).stdout)
    #expect(text.contains(rendered.profile.patient.name), "patient name with its accents")
    #expect(text.contains(EngineFixtures.clinic.emergencyNumber))
    let cards = Self.cards(rendered.document.blocks)
    if rendered.plan.outcome == .program {
      // The plan's names are the English catalogue's; the cards are in the handout's language.
      let names = try EngineFixtures.engine.words(for: rendered.profile.language).catalogue.byID
      let expected = rendered.plan.items.filter { $0.category != .massageGun }.map {
        names[$0.id]?.name ?? $0.name
      }
      #expect(cards.map(\.name) == expected)
      for card in cards {
        #expect(text.contains(Tools.normalized(card.name)), "\(card.name)")
        #expect(text.contains(Tools.normalized(card.doseLine)), "\(card.doseLine)")
      }
    } else {
      #expect(cards.isEmpty, "a referral sheet has no exercises")
    }
  }

  @Test(arguments: EngineFixtures.samples)
  func previewShowsTheSameItemsAndDoses(sample: String) throws {
    let rendered = try Self.render(sample)
    let preview = Tools.normalized(
      try EngineFixtures.engine.preview(
        rendered.profile, source: sample, clinic: EngineFixtures.clinic,
        options: EngineFixtures.options(for: rendered.profile), width: 80))
    for card in Self.cards(rendered.document.blocks) {
      #expect(preview.contains(Tools.normalized(card.name)))
      #expect(preview.contains(Tools.normalized(card.doseLine)))
    }
    #expect(preview.contains(rendered.profile.patient.name))
  }

  @Test(
    arguments: [
      ("jose-disc.yaml", false, Paper.letter), ("margaret-stenosis.yaml", true, .letter),
      ("priya-piriformis.yaml", true, .a4), ("linda-emergency.yaml", true, .a4),
    ])
  func noTextOutsideTheMargins(sample: String, largePrint: Bool, paper: Paper) throws {
    let rendered = try Self.render(sample, largePrint: largePrint, paper: paper)
    // The short handout (a program's default form) has its own, slightly narrower margins.
    let margins = rendered.document.narrowMargins ? PageMargins.short : PageMargins.handout
    let words = try Tools.wordBoxes(rendered.path)
    #expect(!words.isEmpty)
    for word in words {
      let inside =
        word.xMin >= margins.left - 0.5 && word.xMax <= word.width - margins.right + 0.5
        && word.yMin >= margins.top - 0.5 && word.yMax <= word.height - 8
      #expect(
        inside, "page \(word.page): '\(word.text)' at \(word.xMin),\(word.yMin)–\(word.xMax),\(word.yMax)")
    }
    // Body text (everything above the footer strip) stays inside the content area.
    for word in words where word.yMax < word.height - margins.bottom {
      #expect(word.yMax <= word.height - margins.bottom + 0.5)
    }
  }

  @Test func twoRunsAreByteIdentical() throws {
    let first = try Self.render("jose-disc.yaml")
    let second = try Self.render("jose-disc.yaml")
    #expect(first.pdf.bytes == second.pdf.bytes)
  }

  @Test func largePrintUsesFourteenPointBody() throws {
    let document = try Self.render("jose-disc.yaml", largePrint: true).document
    #expect(document.largePrint)
    #expect(TypeScale.forLargePrint(true).body.size >= 14)
  }

  @Test func charactersTheFontCannotDrawAreReportedByName() throws {
    var profile = try EngineFixtures.profile("jose-disc.yaml")
    profile.patient.name = "José 😀 Ñúñez"
    let pdf = try EngineFixtures.engine.renderHandout(
      profile, clinic: EngineFixtures.clinic, options: EngineFixtures.options(for: profile))
    #expect(pdf.warnings.contains { $0.contains("U+1F600") && $0.contains("GRINNING FACE") })
  }

  @Test func goldenPreview() throws {
    let profile = try EngineFixtures.profile("jose-disc.yaml")
    let preview = try EngineFixtures.engine.preview(
      profile, clinic: EngineFixtures.clinic, options: EngineFixtures.options(for: profile), width: 80)
    let golden = EngineFixtures.root.appendingPathComponent("Tests/Fixtures/golden/jose-disc.preview.txt")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try preview.write(to: golden, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(
      preview == expected,
      "the preview changed; review the diff and regenerate with `make golden` if it is intended")
  }
}
