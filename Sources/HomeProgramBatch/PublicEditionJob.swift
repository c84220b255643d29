import HomeProgramDocument
import HomeProgramEngine
import HomeProgramModel

/// Builds, renders and writes one edition of the public handout, all-or-nothing. One job (and so
/// one engine: fonts loaded once) serves every edition of a run.
package struct PublicEditionJob {
  let engine: HandoutEngine

  /// A job that renders with `engine`.
  package init(engine: HandoutEngine) { self.engine = engine }

  /// Writes the edition for `clinic` to `path` and returns its page count. Warnings (characters the
  /// fonts cannot draw) go to standard error.
  package func write(clinic: Clinic, paper: Clinic.Paper, largePrint: Bool, to path: String) throws -> Int {
    let document = try PublicHandoutBuilder().build(
      catalogue: engine.catalogue, text: engine.text, clinic: clinic,
      options: PublicHandoutOptions(
        largePrint: largePrint, contentHash: Self.stamp(engine.catalogue, clinic, paper, largePrint)))
    let rendered = try engine.render(document, paper: paper)
    for warning in rendered.warnings { Diagnostics.warning("\(path): \(warning)") }
    try AtomicFileWriter.write(rendered.bytes, to: path)
    return rendered.pageCount
  }

  /// The short content hash in the footer of the edition for `clinic`.
  package static func stamp(
    _ catalogue: Catalogue, _ clinic: Clinic, _ paper: Clinic.Paper, _ largePrint: Bool
  )
    -> String
  {
    ContentHash(publicFor: clinic, catalogueVersion: catalogue.version, paper: paper, largePrint: largePrint)
      .short
  }
}
