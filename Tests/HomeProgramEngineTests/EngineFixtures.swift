import Foundation
import HomeProgramBundle
import HomeProgramTestSupport

@testable import HomeProgramDocument
@testable import HomeProgramEngine
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

/// The project's own samples and an engine over the source tree's catalogue and wording.
enum EngineFixtures {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let engine: HandoutEngine = {
    do {
      return try HandoutEngine(
        catalogue: CatalogueLoader.load(path: root.appendingPathComponent("Resources/catalogue").path),
        text: HandoutText.load(from: root.appendingPathComponent("Resources/text")))
    } catch {
      fatalError("engine fixtures: \(error)")
    }
  }()

  static let clinic: Clinic = {
    do {
      return try ClinicReader.read(path: root.appendingPathComponent("Samples/clinic.yaml").path)
    } catch {
      fatalError("clinic fixture: \(error)")
    }
  }()

  /// Every bundled sample profile's file name.
  static let samples: [String] = {
    let folder = root.appendingPathComponent("Samples/patients")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
  }()

  static func profile(_ name: String) throws -> PatientProfile {
    try ProfileReader.read(path: root.appendingPathComponent("Samples/patients/\(name)").path)
  }

  static func options(for profile: PatientProfile, largePrint: Bool = false, paper: Paper = .letter)
    -> RenderOptions
  {
    RenderOptions(paper: paper, largePrint: largePrint, date: profile.date ?? "2026-11-25")
  }

  /// The sample's profile when its plan is a program (not a referral sheet), else nil.
  static func programProfile(_ sample: String) throws -> PatientProfile? {
    let profile = try profile(sample)
    return try engine.plan(profile, source: sample).outcome == .program ? profile : nil
  }

  /// `profile`'s handout in `form`, rendered with the sample clinic and written to a temporary
  /// file: its path and the pages the renderer reports.
  static func handoutFile(_ profile: PatientProfile, largePrint: Bool = false, form: HandoutForm) throws
    -> (path: String, pageCount: Int, warnings: [String])
  {
    var options = options(for: profile, largePrint: largePrint)
    options.form = form
    let rendered = try engine.renderHandout(profile, clinic: clinic, options: options)
    return (
      try Tools.temporaryFile(rendered.bytes, name: "handout.pdf"), rendered.pageCount, rendered.warnings
    )
  }
}
