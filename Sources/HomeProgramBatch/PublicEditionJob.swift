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
  package func write(
    clinic: Clinic, paper: Clinic.Paper, largePrint: Bool, language: Language = .en,
    form: HandoutForm = .short, to path: String
  ) throws -> Int {
    let words = try engine.words(for: language)
    let document = try Self.document(
      words: words, stampedWith: engine.catalogue, clinic: clinic, paper: paper, largePrint: largePrint,
      language: language, form: form)
    let rendered = try engine.render(document, paper: paper, language: language)
    for warning in rendered.warnings { Diagnostics.warning("\(path): \(warning)") }
    try AtomicFileWriter.write(rendered.bytes, to: path)
    return rendered.pageCount
  }

  /// The leaflet in `words` (the catalogue and wording of `language`) for `clinic`, its footer
  /// stamped with the hash of `catalogue` (the English one, whose version it names): what `write`
  /// renders and `public --preview` prints.
  package static func document(
    words: (catalogue: Catalogue, text: HandoutText), stampedWith catalogue: Catalogue, clinic: Clinic,
    paper: Clinic.Paper, largePrint: Bool, language: Language, form: HandoutForm
  ) throws(PublicHandoutError) -> Document {
    try PublicHandoutBuilder().build(
      catalogue: words.catalogue, text: words.text, clinic: clinic,
      options: PublicHandoutOptions(
        largePrint: largePrint,
        contentHash: stamp(catalogue, clinic, paper, largePrint, language, form), language: language,
        form: form))
  }

  /// The short content hash in the footer of the edition for `clinic`.
  package static func stamp(
    _ catalogue: Catalogue, _ clinic: Clinic, _ paper: Clinic.Paper, _ largePrint: Bool,
    _ language: Language = .en, _ form: HandoutForm = .short
  )
    -> String
  {
    ContentHash(
      publicFor: clinic, catalogueVersion: catalogue.version, paper: paper, largePrint: largePrint,
      language: language, form: form
    )
    .short
  }
}
