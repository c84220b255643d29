import Foundation
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner
import HomeProgramTestSupport
import Testing

/// Letters whose glyph is built from other composite glyphs (Vietnamese ễ = e + circumflex-tilde
/// in DejaVu Sans) must keep every part. libharu 2.3.0 follows composites only one level deep, so
/// "Nguyễn" once printed as "Nguyen" while its text layer was right.
@Test func stackedAccentsAreDrawnNotJustExtracted() throws {
  var profile = try EngineFixtures.profile("jose-disc.yaml")
  func coverBand(_ name: String) throws -> Data {
    profile.patient.name = name
    let rendered = try EngineFixtures.engine.renderHandout(
      profile, clinic: .builtInDefault, options: EngineFixtures.options(for: profile))
    let pdf = try Tools.temporaryFile(rendered.bytes, name: "accents.pdf")
    let prefix = pdf + "-band"
    // The top 3 inches of page 1 (the title band with the name), in grey at 100 dpi.
    let run = try Tools.run(
      "pdftoppm",
      [
        "-r", "100", "-f", "1", "-l", "1", "-gray", "-x", "0", "-y", "0", "-W", "850", "-H", "300",
        "-singlefile", pdf, prefix,
      ])
    #expect(run.status == 0, "\(run.stderr)")
    return try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))
  }
  let plain = try coverBand("Nguyen Thi")
  #expect(try coverBand("Nguyễn Thị") != plain)
  #expect(try coverBand("Nguyen Thi") == plain)
}
