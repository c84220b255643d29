// HomeProgramEngine: the one pipeline every front end uses.
//
// profile → Planner → Plan → HandoutBuilder → Document → LayoutEngine → PDFRenderer (and
// Document → TextPreview). The catalogue, the handout wording and the fonts are loaded once per
// engine; an engine is immutable and safe to share between threads (batch jobs, server requests).
import Foundation
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPDF
import HomeProgramPlanner

/// Plans, builds, lays out and renders handouts.
public final class HandoutEngine: Sendable {
  public let catalogue: Catalogue
  public let text: HandoutText
  public let planner: Planner
  private let exercises: [String: Exercise]
  private let measurer: HaruTextMeasurer
  /// Paragraphs this engine's measurer has wrapped, shared by every document it lays out.
  private let wrapCache = WrapCache()
  private let renderer: PDFRenderer
  /// The drawn figures of the catalogue, the positions of comfort and the body map.
  public let figures: FigureLibrary

  /// An engine over `catalogue` and `text`, with fonts from `fontDirectory` (default: Debian's
  /// DejaVu folder). Throws `PDFError` naming a missing font file. `tagged` false writes untagged
  /// PDFs, only to measure what tagging costs (`make bench`).
  public init(catalogue: Catalogue, text: HandoutText, fontDirectory: String? = nil, tagged: Bool = true)
    throws
  {
    self.catalogue = catalogue
    self.text = text
    self.planner = Planner(catalogue: catalogue)
    self.exercises = catalogue.byID
    let directory = fontDirectory ?? FontSet.defaultDirectory
    let fonts = try FontSet(directory: directory)
    self.measurer = HaruTextMeasurer(fonts: fonts)
    let figures = FigureLibrary(
      catalogue: catalogue, positions: try PositionFiguresReader.bundled(),
      bodyMapLabels: text.massageGun.bodyMapLabels)
    self.figures = figures
    self.renderer = PDFRenderer(
      options: HomeProgramPDF.RenderOptions(
        fontDirectory: directory, figures: CatalogueFigureDrawer(library: figures), tagged: tagged))
  }

  /// An engine over the bundled catalogue and wording.
  public static func bundled(fontDirectory: String? = nil, tagged: Bool = true) throws -> HandoutEngine {
    try HandoutEngine(
      catalogue: CatalogueLoader.bundled(), text: HandoutText.bundled(), fontDirectory: fontDirectory,
      tagged: tagged)
  }

  /// Reads the clinic file at `path` and checks its logo the way the renderer will read it, so a
  /// bad file is refused once, naming the file, before any handout is made. Every command that
  /// takes a clinic file (and the web server) loads it through here.
  public static func clinic(at path: String) throws(InputError) -> Clinic {
    let clinic = try ClinicReader.read(path: path)
    try checkLogo(of: clinic, file: path)
    return clinic
  }

  /// Checks what of `clinic` only the renderer can check: that its logo really decodes (a damaged
  /// PNG is refused here, once, instead of failing every handout). `file` names the clinic file.
  public static func checkLogo(of clinic: Clinic, file: String) throws(InputError) {
    guard let logo = clinic.logoPath else { return }
    do {
      try ImageCheck.verify(logo)
    } catch {
      let reason: String
      if case .imageUnreadable(_, let why) = error { reason = why } else { reason = error.description }
      throw .invalidFormat(
        SourceLocation(file: file), keyPath: "logo", value: logo,
        expected: "a PNG or JPEG image that can be read (it is \(reason))")
    }
  }

  /// Validates the profile against the catalogue (exclude/include ids) and its `adjust` against
  /// the plan, planning it once (`Planner.checkedPlan`).
  public func plan(_ profile: PatientProfile, source: String) throws -> Plan {
    try planner.checkedPlan(profile, file: source)
  }

  /// The renderer-free handout for a profile, and its plan.
  public func document(
    for profile: PatientProfile, source: String, clinic: Clinic, options: RenderOptions
  ) throws -> (plan: Plan, document: Document) {
    let plan = try plan(profile, source: source)
    let hash = options.contentHash ?? contentHash(for: profile, clinic: clinic, options: options).short
    let document = try HandoutBuilder().build(
      plan: plan, profile: profile, clinic: clinic, exercises: exercises, text: text,
      options: HandoutOptions(
        date: options.date, largePrint: options.largePrint, catalogueVersion: catalogue.version,
        contentHash: hash, form: options.form, planner: planner.configuration))
    return (plan, document)
  }

  /// The content hash printed in the footer of `profile`'s handout (see `ContentHash`).
  public func contentHash(for profile: PatientProfile, clinic: Clinic, options: RenderOptions) -> ContentHash
  {
    ContentHash(
      profile: profile, clinic: clinic, catalogueVersion: catalogue.version, paper: options.paper,
      largePrint: options.largePrint, date: options.date, form: options.form)
  }

  /// Plans, builds, lays out and renders one profile's handout.
  public func renderHandout(
    _ profile: PatientProfile, source: String = "profile", clinic: Clinic, options: RenderOptions
  ) throws -> RenderedDocument {
    let (plan, document) = try document(for: profile, source: source, clinic: clinic, options: options)
    var rendered = try render(document, paper: options.paper)
    rendered.outcome = plan.outcome
    return rendered
  }

  /// Lays out and renders any document (the public PDF, a contact sheet) with the same code.
  public func render(_ document: Document, paper: Paper) throws -> RenderedDocument {
    let laidOut = try LayoutEngine().layout(
      document, page: PageSpec(paper: paper), measurer: measurer, cache: wrapCache)
    let result = try renderer.render(laidOut)
    return RenderedDocument(
      bytes: result.bytes, pageCount: result.pageCount, outcome: nil, warnings: result.warnings)
  }

  /// Renders pages that are already laid out (a contact sheet).
  public func render(_ laidOut: LaidOutDocument) throws -> RenderedDocument {
    let result = try renderer.render(laidOut)
    return RenderedDocument(
      bytes: result.bytes, pageCount: result.pageCount, outcome: nil, warnings: result.warnings)
  }

  /// The contact sheet: every catalogue entry's figure with its id, name, starting position and
  /// first step, `columns` × `rows` to a page.
  public func renderContactSheet(paper: Paper, columns: Int = 1, rows: Int = 6) throws -> RenderedDocument {
    let sheet = ContactSheet(columns: columns, rows: rows, page: PageSpec(paper: paper))
    return try render(sheet.layout(catalogue, measurer: measurer))
  }

  /// The plain-text preview of the same handout the PDF shows.
  public func preview(
    _ profile: PatientProfile, source: String = "profile", clinic: Clinic, options: RenderOptions,
    width: Int = 80
  ) throws -> String {
    let (_, document) = try document(for: profile, source: source, clinic: clinic, options: options)
    return TextPreview.render(document, width: width)
  }
}
