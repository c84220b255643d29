import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// The public document holds no patient data: its builder takes no profile, and no field of any
/// profile (the samples', or generated ones) ever shows up in it.
struct PublicHandoutPrivacyTests {
  static let samplesFolder = Fixtures.root.appendingPathComponent("Samples/patients")

  static func sampleProfiles() throws -> [PatientProfile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: samplesFolder.path)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    return try names.map { name throws in
      try ProfileReader.read(path: samplesFolder.appendingPathComponent(name).path)
    }
  }

  /// Profiles with distinctive words in every free-text field.
  static func generatedProfiles(count: Int) -> [PatientProfile] {
    var generator = SplitMix64(state: 77)
    return (0..<count).map { index in
      var profile = Fixtures.randomProfile(&generator)
      profile.patient.name = "Quillonbury Vexworth \(index)"
      profile.patient.reference = "REF-ZX\(index)Q"
      profile.notes = "Xylophonic kumquat note \(index)"
      profile.therapist = "Therapist Plumtrove \(index)"
      return profile
    }
  }

  /// The words a profile's free-text fields hold.
  static func privateWords(_ profile: PatientProfile) -> [String] {
    [profile.patient.name, profile.patient.reference, profile.notes, profile.therapist, profile.date]
      .compactMap { $0 }.filter { $0.count >= 3 }
  }

  static func preview(_ clinic: Clinic = .builtInDefault) throws -> String {
    let document = try PublicHandoutBuilder().build(
      catalogue: Fixtures.catalogue, text: try HandoutText.bundled(), clinic: clinic)
    return TextPreview.render(document, width: 80) + "\n" + document.info.title + document.info.author
      + document.info.subject + document.info.creator + document.footer.leading.joined()
      + document.footer.trailing.joined()
  }

  @Test func noSampleOrGeneratedProfileFieldAppears() throws {
    let profiles = try Self.sampleProfiles() + Self.generatedProfiles(count: 50)
    #expect(profiles.count >= 58)
    for clinic in [Clinic.builtInDefault, Clinic(name: "Riverside", locale: .enGB)] {
      let preview = try Self.preview(clinic)
      for profile in profiles {
        for word in Self.privateWords(profile) {
          #expect(!preview.contains(word), "the public document contains '\(word)'")
        }
      }
    }
  }

  @Test func previewIsTheSameWhateverProfilesExist() throws {
    let before = try Self.preview()
    // Plan and build every sample and many generated patients' handouts in between.
    let text = try HandoutText.bundled()
    for profile in try Self.sampleProfiles() + Self.generatedProfiles(count: 30) {
      let plan = Fixtures.planner.plan(profile)
      _ = try? HandoutBuilder().build(
        plan: plan, profile: profile, clinic: .builtInDefault, exercises: Fixtures.catalogue.byID, text: text,
        options: HandoutOptions(date: "2026-11-25", catalogueVersion: Fixtures.catalogue.version))
    }
    #expect(try Self.preview() == before)
  }
}
