import HomeProgramBundle
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner
import HomeProgramTestSupport
import Testing

/// The batch runner relies on the engine being deterministic: the same profile and options give
/// the same bytes, on any thread.
@Test func renderingTwiceGivesTheSameBytes() throws {
  let engine = try HandoutEngine.bundled()
  let profile = try ProfileReader.read(
    InputSource(
      name: "p.yaml",
      text: """
        patient: {name: "Ann Lee", reference: "E-1"}
        date: 2026-11-25
        side: left
        cause: disc
        symptoms: {pain_now: 4, pain_worst_24h: 6, settle_time: 10to60min, night_pain: none,
          duration_weeks: 4, below_knee: true, peripheralises: none, neuro: none}
        """))
  let options = RenderOptions(paper: .a4, largePrint: false, date: "2026-11-25", contentHash: "abcd1234")
  let first = try engine.renderHandout(profile, clinic: .builtInDefault, options: options)
  let second = try engine.renderHandout(profile, clinic: .builtInDefault, options: options)
  #expect(first.bytes == second.bytes)
  #expect(first.pageCount > 0)
}
