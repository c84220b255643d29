import HomeProgramEngine
import HomeProgramModel

/// What the batch runner needs from the rendering engine: one profile in, one PDF out. Throws
/// `InputError` for a profile the catalogue refuses (unknown exclude/include ids) and any other
/// one-line error when rendering fails. Must be safe to call from several threads at once.
package protocol HandoutRendering: Sendable {
  /// Plans, builds, lays out and renders `profile`; `source` names the row in error messages.
  func render(_ profile: PatientProfile, source: String, clinic: Clinic, options: RenderOptions) throws
    -> RenderedDocument
}
