import Foundation
import HomeProgramTestSupport
import Testing

@testable import HomeProgramEngine
@testable import HomeProgramModel

/// A caution written for one condition (`condition_cautions` in the catalogue) reaches the patients
/// who have it, first on the card (a compact card keeps one caution), and nobody else: the side-lying
/// exercises' hip-replacement caution used to stand first on everyone's clamshell and side leg lift.
struct ConditionCautionTests {
  /// Priya's plan has the side leg lift (ST07), a side-lying exercise.
  static let sample = "priya-piriformis.yaml"

  static func preview(_ conditions: [Condition], language: Language = .en, booklet: Bool = false) throws
    -> String
  {
    var profile = try EngineFixtures.profile(Self.sample)
    profile.conditions = conditions
    profile.language = language
    var options = EngineFixtures.options(for: profile)
    options.form = booklet ? .booklet : .short
    return try EngineFixtures.engine.preview(
      profile, clinic: EngineFixtures.clinic, options: options, width: 400)
  }

  /// The caution lines printed on the card named `card`, in order.
  static func cautions(of card: String, in preview: String, label: String = "Caution: ") -> [String] {
    let lines = preview.components(separatedBy: "\n")
    func underline(_ line: String) -> Bool { !line.isEmpty && line.allSatisfy { $0 == "-" } }
    guard
      let start = lines.indices.dropLast().first(where: {
        lines[$0].hasPrefix("\(card) (") && underline(lines[$0 + 1])
      })
    else { return [] }
    var result: [String] = []
    // After the title's underline, up to the next card's.
    for line in lines[(start + 2)...] {
      if underline(line) { break }
      if line.hasPrefix(label) { result.append(String(line.dropFirst(label.count))) }
    }
    return result
  }

  @Test(arguments: [false, true])
  func theHipCautionReachesOnlyAPatientWithAHipOrJointReplacement(booklet: Bool) throws {
    let card = "Side leg lift"
    let without = try Self.cautions(of: card, in: Self.preview([], booklet: booklet))
    #expect(!without.isEmpty, "the sample should have the side leg lift")
    #expect(!without.contains { $0.contains("hip replacement") || $0.contains("joint replacement") })
    #expect(without.first?.hasPrefix("Stop if pain or tingling spreads") == true)

    let hip = try Self.cautions(of: card, in: Self.preview([.hipReplacement], booklet: booklet))
    #expect(hip.first?.hasPrefix("After a hip replacement, check with your therapist") == true, "\(hip)")
    // A joint replacement (the massage gun's MG-PR-11) is not the exercise rules' hip replacement:
    // a replaced hip is ticked as `hip_replacement`, which also rules out deep hip bending.
    let joint = try Self.cautions(of: card, in: Self.preview([.jointReplacement], booklet: booklet))
    #expect(joint == without, "\(joint)")
    // The booklet's card keeps every caution: the one for everyone follows.
    if booklet { #expect(hip.count == without.count + 1) }
  }

  @Test func theSpanishCardCarriesItsConditionCautionToo() throws {
    let card = "Elevación de pierna de lado"
    let label = "Precaución: "
    let hip = try Self.cautions(of: card, in: Self.preview([.hipReplacement], language: .es), label: label)
    let plain = try Self.cautions(of: card, in: Self.preview([], language: .es), label: label)
    #expect(hip.first?.contains("le reemplazaron la cadera") == true, "\(hip)")
    #expect(!plain.isEmpty)
    #expect(!plain.contains { $0.contains("reemplazaron") })
  }

  /// The order: each of the patient's conditions' cautions (once), then the ones for everyone; the
  /// public leaflet, for no one in particular, has them the other way round.
  @Test func cautionsForPutsTheConditionsFirstOnce() throws {
    let entry = try #require(EngineFixtures.engine.catalogue["ST06"])
    #expect(entry.cautionsFor([]) == entry.cautions)
    let hip = try #require(entry.conditionCautions[.hipReplacement]?.first)
    #expect(entry.cautionsFor([.jointReplacement, .hipReplacement]) == [hip] + entry.cautions)
    #expect(entry.cautionsFor([.jointReplacement]) == entry.cautions)
    #expect(entry.allCautions == entry.cautions + [hip])
    // A line two conditions share is printed once.
    var shared = entry
    shared.conditionCautions[.jointReplacement] = [hip]
    #expect(shared.cautionsFor([.jointReplacement, .hipReplacement]) == [hip] + entry.cautions)
    #expect(shared.allCautions == entry.cautions + [hip])
  }
}
