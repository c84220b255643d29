import HomeProgramEngine
import HomeProgramModel

/// The batch runner's renderer: the shared `HandoutEngine`.
package struct EngineHandoutRenderer: HandoutRendering {
  let engine: HandoutEngine

  /// A renderer that uses `engine`.
  package init(engine: HandoutEngine) { self.engine = engine }

  package func render(_ profile: PatientProfile, source: String, clinic: Clinic, options: RenderOptions)
    throws
    -> RenderedDocument
  {
    try engine.renderHandout(profile, source: source, clinic: clinic, options: options)
  }
}
