import Foundation
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel

/// Words for the reader (issue 14): medical terms come after plain words, in brackets, and the
/// samples print nothing meant for the developers.
struct PatientWordsTests {
  /// Terms a patient cannot act on alone: each may appear only as "(term)" after plain words.
  static let jargon = ["rhabdomyolysis", "neuropathy", "spondylolisthesis", "piriformis"]

  /// Every sample's preview (with the sample clinic) and the public leaflet's.
  static func previews() throws -> [(name: String, text: String)] {
    var result: [(String, String)] = []
    for sample in EngineFixtures.samples {
      let profile = try EngineFixtures.profile(sample)
      result.append(
        (
          sample,
          try EngineFixtures.engine.preview(
            profile, clinic: EngineFixtures.clinic, options: EngineFixtures.options(for: profile), width: 400)
        ))
    }
    let leaflet = try PublicHandoutBuilder().build(
      catalogue: EngineFixtures.engine.catalogue, text: EngineFixtures.engine.text, clinic: .builtInDefault)
    result.append(("public leaflet", TextPreview.render(leaflet, width: 400)))
    return result
  }

  @Test func jargonOnlyFollowsAPlainLead() throws {
    for (name, text) in try Self.previews() {
      let flat = Tools.normalized(text).lowercased()
      for term in Self.jargon {
        var rest = flat[...]
        while let range = rest.range(of: term) {
          let before = rest[..<range.lowerBound].suffix(2)
          let after = rest[range.upperBound...].prefix(1)
          // "(the piriformis)" names the muscle after "buttock muscle" too.
          let bracketed = before.hasSuffix("(") || flat[..<range.lowerBound].hasSuffix("(the ")
          #expect(bracketed && after == ")", "\(name): '\(term)' without a plain lead")
          rest = rest[range.upperBound...]
        }
      }
    }
  }

  @Test func samplesPrintNothingMeantForDevelopers() throws {
    let folder = EngineFixtures.root.appendingPathComponent("Samples/batch/patients.csv")
    let csv = try String(contentsOf: folder, encoding: .utf8)
    #expect(!csv.contains("today's date is used"))
    for (name, text) in try Self.previews() {
      #expect(!text.contains("today's date is used"), "\(name)")
    }
  }

  // MARK: en-US and en-GB

  /// British words an American handout must not print, and American words a British one must not.
  static var britishOnly: [Regex<Substring>] {
    [
      #/\btrolley/#, #/walking stick/#, #/rollator/#, #/physiotherapist/#, #/\bprogramme/#, #/\bA&E\b/#,
      #/\bGP\b/#, #/paracetamol/#, #/\b999\b/#, #/worktop/#, #/walking frame/#, #/\btowards\b/#,
      #/\bforwards\b/#, #/\ba stick or\b/#,
    ]
  }
  static var americanOnly: [Regex<Substring>] {
    [
      #/shopping cart/#, #/\bcart\b/#, #/\bwalker\b/#, #/\bcane\b/#, #/physical therapist/#, #/\bprogram\b/#,
      #/emergency room/#, #/\b911\b/#, #/acetaminophen/#, #/Tylenol/#, #/\bcounter\b/#, #/\btoward\b/#,
    ]
  }

  static func clinic(_ file: String) throws -> Clinic {
    try ClinicReader.read(path: EngineFixtures.root.appendingPathComponent("Samples/\(file)").path)
  }

  /// Every sample's handout and the leaflet, for each locale: none of the other locale's words.
  @Test(arguments: [Clinic.Locale.enUS, .enGB])
  func eachLocalePrintsItsOwnWords(locale: Clinic.Locale) throws {
    let clinics =
      locale == .enUS
      ? [try Self.clinic("clinic.yaml"), .builtInDefault]
      : [try Self.clinic("clinic-gb.yaml"), Clinic(locale: .enGB)]
    let foreign = locale == .enUS ? Self.britishOnly : Self.americanOnly
    var texts: [(String, String)] = []
    for clinic in clinics {
      for sample in EngineFixtures.samples {
        let profile = try EngineFixtures.profile(sample)
        texts.append(
          (
            "\(sample) \(clinic.name ?? "no clinic")",
            try EngineFixtures.engine.preview(
              profile, clinic: clinic, options: EngineFixtures.options(for: profile), width: 400)
          ))
      }
      let leaflet = try PublicHandoutBuilder().build(
        catalogue: EngineFixtures.engine.catalogue, text: EngineFixtures.engine.text, clinic: clinic)
      texts.append(("leaflet \(clinic.name ?? "no clinic")", TextPreview.render(leaflet, width: 400)))
    }
    for (name, text) in texts {
      // The clinic's own name is the clinic's business ("… Physical Therapy").
      let lines = text.split(separator: "\n").map(String.init)
      for line in lines {
        for word in foreign where line.contains(word) {
          Issue.record("\(locale.rawValue) \(name): «\(line.trimmingCharacters(in: .whitespaces))»")
        }
      }
    }
  }

  @Test func britishWordsReplaceWholeWordsOnly() {
    let pairs = [
      HandoutText.WordPair(us: "cane", gb: "walking stick"), .init(us: "walker", gb: "walking frame"),
    ]
    #expect(
      Exercise.replacing(pairs, in: "Use a cane, not a hurricane.") == "Use a walking stick, not a hurricane."
    )
    #expect(Exercise.replacing(pairs, in: "A walker; walkers.") == "A walking frame; walkers.")
  }
}
