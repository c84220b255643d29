import Foundation
import HomeProgramEngine
import HomeProgramKit
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
