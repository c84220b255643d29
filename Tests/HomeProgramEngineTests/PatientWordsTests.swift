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
}
