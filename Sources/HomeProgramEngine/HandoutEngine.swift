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
import Synchronization

/// Plans, builds, lays out and renders handouts.
public final class HandoutEngine: Sendable {
  public let catalogue: Catalogue
  public let text: HandoutText
  public let planner: Planner
  let exercises: [String: Exercise]
  private let measurer: HaruTextMeasurer
  /// Paragraphs this engine's measurer has wrapped, shared by every document it lays out.
  private let wrapCache = WrapCache()
  private let renderer: PDFRenderer
  /// The drawn figures of the catalogue, the positions of comfort and the body map.
  public let figures: FigureLibrary
  /// The words of a translated language, asked for the first time a handout needs them.
  private let translations: @Sendable (Language) throws -> Translation?
  /// Each translated language's words, figures and renderer, made once.
  private let editions = Mutex<[Language: Edition]>([:])
  private let fontDirectory: String
  private let tagged: Bool

  /// An engine over `catalogue` and `text`, with fonts from `fontDirectory` (default: Debian's
  /// DejaVu folder). Throws `PDFError` naming a missing font file. `tagged` false writes untagged
  /// PDFs, only to measure what tagging costs (`make bench`).
  ///
  /// `translations` gives a language's words (`Translation`) the first time a handout in it is
  /// made; by default the bundled ones (`Bundled.translation`). A handout in a language it has no
  /// words for is an error, never English.
  public init(
    catalogue: Catalogue, text: HandoutText, fontDirectory: String? = nil, tagged: Bool = true,
    translations: (@Sendable (Language) throws -> Translation?)? = nil
  ) throws {
    self.translations = translations ?? { language in try Bundled.translation(language) }
    self.tagged = tagged
    self.catalogue = catalogue
    self.text = text
    self.planner = Planner(catalogue: catalogue)
    self.exercises = catalogue.byID
    let directory = fontDirectory ?? FontSet.defaultDirectory
    self.fontDirectory = directory
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

  /// The renderer-free handout for a profile, and its plan. The plan is always made with the
  /// English catalogue (the therapist's plan stays in English); the handout is written in the
  /// profile's `language`.
  public func document(
    for profile: PatientProfile, source: String, clinic: Clinic, options: RenderOptions
  ) throws -> (plan: Plan, document: Document) {
    let handout = try handout(for: profile, source: source, clinic: clinic, options: options)
    return (handout.plan, handout.document)
  }

  /// The plan, the handout and, for the short handout, its layout: laid out in the standard
  /// closing order and, only when that runs over the page limit (`Document.fitPages`, set by the
  /// composer), in each other order, keeping the first with the fewest pages (`ClosingOrder`). The booklet is not laid out here.
  private func handout(
    for profile: PatientProfile, source: String, clinic: Clinic, options: RenderOptions
  ) throws -> (plan: Plan, document: Document, laidOut: LaidOutDocument?) {
    let plan = try plan(profile, source: source)
    let hash = options.contentHash ?? contentHash(for: profile, clinic: clinic, options: options).short
    let words = try edition(profile.language)
    let document = try HandoutBuilder().build(
      plan: plan, profile: profile, clinic: clinic, exercises: words?.exercises ?? exercises,
      text: words?.text ?? text,
      options: HandoutOptions(
        date: options.date, largePrint: options.largePrint, catalogueVersion: catalogue.version,
        contentHash: hash, form: options.form, planner: planner.configuration))
    guard options.form == .short, plan.outcome == .program else { return (plan, document, nil) }
    let choice = try LayoutEngine().layoutFewestPages(
      document, orders: { ClosingOrder.allCases.dropFirst().compactMap { $0.permutation(of: document) } },
      page: PageSpec(paper: options.paper),
      measurer: measurer, cache: wrapCache)
    return (plan, choice.document, choice.laidOut)
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
    let handout = try handout(for: profile, source: source, clinic: clinic, options: options)
    let laidOut = try handout.laidOut ?? layout(handout.document, paper: options.paper)
    var rendered = try render(laidOut, language: profile.language)
    rendered.outcome = handout.plan.outcome
    // The page target is the one the composer set and the layout tried to meet (`fitPages`).
    if options.form == .short, handout.plan.outcome == .program, let limit = handout.document.fitPages,
      rendered.pageCount > limit
    {
      rendered.warnings.append(
        Self.overTarget(pages: rendered.pageCount, limit: limit, largePrint: options.largePrint))
    }
    return rendered
  }

  /// The warning for a short handout of `pages` over its page target, `limit` (6 Letter pages or
  /// 10 in large print, `ClosingOrder.pageLimit`), so the therapist knows before handing it over.
  /// Large print keeps its type size (14 pt and more): a long program runs over instead.
  static func overTarget(pages: Int, limit: Int, largePrint: Bool) -> String {
    let edition = largePrint ? " in large print" : ""
    return "the short handout runs \(pages) pages\(edition), over its target of \(limit); "
      + "a program with fewer exercises prints shorter"
  }

  /// Lays out and renders any document (the public PDF, a contact sheet) with the same code; a
  /// document in another `language` has its figures' words (the body map's) in that language.
  public func render(_ document: Document, paper: Paper, language: Language = .en) throws -> RenderedDocument
  {
    try render(layout(document, paper: paper), language: language)
  }

  /// `document` laid out on `paper`.
  private func layout(_ document: Document, paper: Paper) throws -> LaidOutDocument {
    try LayoutEngine().layout(document, page: PageSpec(paper: paper), measurer: measurer, cache: wrapCache)
  }

  /// Renders pages that are already laid out (a contact sheet), with the figures' words of
  /// `language`.
  public func render(_ laidOut: LaidOutDocument, language: Language = .en) throws -> RenderedDocument {
    let result = try (edition(language)?.renderer ?? renderer).render(laidOut)
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

  /// The words of `language` for the public leaflet and other documents built outside the engine:
  /// the English catalogue and wording for English.
  public func words(for language: Language) throws -> (catalogue: Catalogue, text: HandoutText) {
    guard let edition = try edition(language) else { return (catalogue, text) }
    return (edition.catalogue, edition.text)
  }

  /// One translated language's words, figures and renderer.
  struct Edition: Sendable {
    var catalogue: Catalogue
    var exercises: [String: Exercise]
    var text: HandoutText
    var renderer: PDFRenderer
  }

  /// The edition of `language`, made on first use; nil for English (the engine's own).
  private func edition(_ language: Language) throws -> Edition? {
    guard language != .en else { return nil }
    if let made = editions.withLock({ $0[language] }) { return made }
    guard let translation = try translations(language) else {
      throw InputError.unreadable(
        path: "the \(language.rawValue) words",
        reason: "this catalogue has no words in language '\(language.rawValue)'")
    }
    let figures = FigureLibrary(
      catalogue: catalogue, positions: self.figures.positions,
      bodyMapLabels: translation.text.massageGun.bodyMapLabels)
    let renderer = PDFRenderer(
      options: HomeProgramPDF.RenderOptions(
        fontDirectory: fontDirectory, figures: CatalogueFigureDrawer(library: figures), tagged: tagged))
    let edition = Edition(
      catalogue: translation.catalogue, exercises: translation.catalogue.byID, text: translation.text,
      renderer: renderer)
    editions.withLock { $0[language] = edition }
    return edition
  }
}
