import Foundation
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner
import HomeProgramTestSupport
import Testing

/// The sample patient and clinic shipped in `Samples/`.
enum Samples {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples")

  static func profile(_ name: String) throws -> PatientProfile {
    try ProfileReader.read(path: root.appendingPathComponent("patients/\(name)").path)
  }

  static func clinic() throws -> Clinic {
    try ClinicReader.read(path: root.appendingPathComponent("clinic.yaml").path)
  }
}

@Suite struct HandoutEngineTests {
  @Test func rendersTheSampleHandout() throws {
    let engine = try HandoutEngine.bundled()
    let rendered = try engine.renderHandout(
      try Samples.profile("jose-disc.yaml"), clinic: try Samples.clinic(),
      options: RenderOptions(date: "2026-11-25"))
    #expect(rendered.bytes.starts(with: Array("%PDF-".utf8)))
    #expect(rendered.pageCount >= 1)
    #expect(rendered.warnings.isEmpty, "\(rendered.warnings)")
  }
}

@Suite struct HandoutSizeTests {
  /// The size floor from the README's Performance section, and the same input gives the same
  /// bytes. Tagging (issue 15) may cost at most 15 % over the same handout untagged (the structure
  /// tree's ~450 elements go into object streams: `ObjectStreams`).
  @Test func sampleHandoutIsSmallAndDeterministic() throws {
    let engine = try HandoutEngine.bundled()
    let profile = try Samples.profile("jose-disc.yaml")
    let clinic = try Samples.clinic()
    let options = RenderOptions(paper: clinic.paper, date: "2026-11-25")
    let first = try engine.renderHandout(profile, clinic: clinic, options: options)
    let second = try engine.renderHandout(profile, clinic: clinic, options: options)
    #expect(first.bytes == second.bytes)
    let untagged = try HandoutEngine.bundled(tagged: false)
      .renderHandout(profile, clinic: clinic, options: options)
    #expect(untagged.pageCount == first.pageCount)
    #expect(
      first.bytes.count <= untagged.bytes.count * 115 / 100,
      "\(first.bytes.count) bytes tagged, \(untagged.bytes.count) untagged")
    #expect(
      first.bytes.count / first.pageCount <= 8_000, "\(first.bytes.count / first.pageCount) bytes per page")
  }
}
