import HomeProgramEngine
import HomeProgramKit

/// The batch runner's renderer: the shared `HandoutEngine`.
struct EngineHandoutRenderer: HandoutRendering {
  let engine: HandoutEngine

  func render(_ profile: PatientProfile, source: String, clinic: Clinic, settings: BatchRenderSettings) throws
    -> BatchRenderedHandout
  {
    let rendered = try engine.renderHandout(
      profile, source: source, clinic: clinic,
      options: RenderOptions(
        paper: settings.paper, largePrint: settings.largePrint, date: settings.date,
        contentHash: settings.contentHash))
    return BatchRenderedHandout(
      bytes: rendered.bytes, pageCount: rendered.pageCount, outcome: rendered.outcome,
      warnings: rendered.warnings)
  }
}
