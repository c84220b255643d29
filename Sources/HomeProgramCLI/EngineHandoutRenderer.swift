import HomeProgramEngine
import HomeProgramKit

/// The batch runner's renderer: the shared `HandoutEngine`.
struct EngineHandoutRenderer: HandoutRendering {
  let engine: HandoutEngine

  func render(_ profile: PatientProfile, source: String, clinic: Clinic, options: RenderOptions) throws
    -> RenderedDocument
  {
    try engine.renderHandout(profile, source: source, clinic: clinic, options: options)
  }
}
