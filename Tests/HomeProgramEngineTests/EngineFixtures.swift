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
}
