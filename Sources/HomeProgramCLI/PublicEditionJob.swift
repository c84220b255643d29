import HomeProgramKit

/// Builds, renders and writes one edition of the public handout, all-or-nothing.
struct PublicEditionJob {
  let catalogue: Catalogue
  let text: HandoutText
  let renderer: PublicRenderer

  /// Writes the edition for `clinic` to `path` and returns its page count. Warnings (characters the
  /// fonts cannot draw) go to standard error.
  func write(clinic: Clinic, paper: Clinic.Paper, largePrint: Bool, to path: String) throws -> Int {
    let document = try PublicHandoutBuilder().build(
      catalogue: catalogue, text: text, clinic: clinic, options: PublicHandoutOptions(largePrint: largePrint))
    let rendered = try renderer.render(document, paper: paper)
    for warning in rendered.warnings { Diagnostics.warning("\(path): \(warning)") }
    try AtomicFileWriter.write(rendered.bytes, to: path)
    return rendered.pages
  }
}
