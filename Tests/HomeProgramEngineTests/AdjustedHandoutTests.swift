import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// The therapist's `adjust` in the handout: an adjusted dose on its card, in the cover's table,
/// in the preview and in the PDF; the note as "From your therapist: …"; the order as asked; and a
/// content hash of its own.
struct AdjustedHandoutTests {
  static let note = "Squeeze a pillow between your knees."

  static func adjusted() throws -> PatientProfile {
    var profile = try EngineFixtures.profile("jose-disc.yaml")
    profile.adjust = [
      "ST01": DoseAdjustment([.reps: 12, .holdSeconds: 5], note: note),
      "NG01": DoseAdjustment(order: 1),
    ]
    return profile
  }

  static func tables(_ blocks: [Block]) -> [Table] {
    blocks.flatMap { block -> [Table] in
      switch block {
      case .table(let table): [table]
      case .keepTogether(let inner): tables(inner)
      case .callout(let callout): tables(callout.body)
      default: []
      }
    }
  }

  @Test func adjustedDoseAndNotePrintOnTheCardTheCoverThePreviewAndThePDF() throws {
    let engine = EngineFixtures.engine
    let profile = try Self.adjusted()
    let options = EngineFixtures.options(for: profile)
    let (plan, document) = try engine.document(
      for: profile, source: "adjusted", clinic: EngineFixtures.clinic, options: options)
    let item = try #require(plan.items.first { $0.id == "ST01" })
    #expect(item.dose.reps == 12 && item.dose.holdSeconds == 5)
    let formatter = DoseFormatter(text: engine.text.general.dose)
    let doseLine = formatter.line(item.dose, side: item.side)

    let cards = HandoutPDFTests.cards(document.blocks)
    #expect(cards.first?.id == "NG01", "order: NG01 first, as asked")
    let card = try #require(cards.first { $0.id == "ST01" })
    #expect(card.doseLine == doseLine)
    #expect(card.therapistNote == Self.note)
    #expect(card.labels.therapistNote == "From your therapist")
    #expect(cards.filter { $0.id != "ST01" }.allSatisfy { $0.therapistNote == nil })

    let tableDose = formatter.tableDose(item.dose, side: item.side)
    #expect(
      Self.tables(document.blocks).contains { table in
        // The short handout's "Your day" (when, exercise, dose) or the booklet's plan at a glance.
        table.rows.contains { $0.contains(item.name) && ($0.contains(tableDose) || $0.contains(doseLine)) }
      }, "the cover's table shows \(tableDose)")

    let line = "From your therapist: " + Self.note
    let preview = Tools.normalized(
      try engine.preview(profile, source: "adjusted", clinic: EngineFixtures.clinic, options: options))
    #expect(preview.contains(Tools.normalized(doseLine)))
    #expect(preview.contains(line))

    let pdf = try engine.renderHandout(
      profile, source: "adjusted", clinic: EngineFixtures.clinic, options: options)
    let path = try Tools.temporaryFile(pdf.bytes, name: "adjusted.pdf")
    let text = Tools.normalized(try Tools.run("pdftotext", ["-raw", path, "-"]).stdout)
    #expect(text.contains(Tools.normalized(doseLine)))
    #expect(text.contains(line))
  }

  @Test func theContentHashChangesWithAnAdjustment() throws {
    let engine = EngineFixtures.engine
    let plain = try EngineFixtures.profile("jose-disc.yaml")
    let adjusted = try Self.adjusted()
    let options = EngineFixtures.options(for: plain)
    #expect(
      engine.contentHash(for: plain, clinic: EngineFixtures.clinic, options: options)
        != engine.contentHash(for: adjusted, clinic: EngineFixtures.clinic, options: options))
  }
}
