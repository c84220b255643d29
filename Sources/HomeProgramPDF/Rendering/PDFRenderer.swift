import Foundation
import HomeProgramLayout

/// Turns a `LaidOutDocument` into PDF bytes with libharu.
///
/// Layout coordinates (top-left origin, y down; a text run's `origin.y` is its baseline) are
/// converted to PDF's bottom-left origin in `PDFCanvas`, the one place that does it.
public struct PDFRenderer: Sendable {
  /// Fonts and figure drawing.
  public var options: RenderOptions {
    didSet {
      figureForms = FigureFormCache()
      fonts = try? FontSet(directory: options.fontDirectory, fallbackPaths: options.fallbackFontPaths)
    }
  }
  /// The figures this renderer has drawn, as form XObject contents (see `PDFCanvas.drawFigure`).
  private var figureForms = FigureFormCache()
  /// The fonts, loaded once (with the lines they have shaped); nil when loading failed, so that
  /// `render` reports the missing file.
  private var fonts: FontSet?

  /// A renderer with `options`.
  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
    fonts = try? FontSet(directory: options.fontDirectory, fallbackPaths: options.fallbackFontPaths)
  }

  /// Renders every page, link and bookmark of `document`.
  ///
  /// Throws `PDFError` for missing fonts or images, for libharu failures and for figure drawing
  /// used wrongly (`PDFError.drawing`); characters the fonts cannot draw become warnings in the
  /// result.
  public func render(_ document: LaidOutDocument) throws -> RenderResult {
    let drawn = try renderPages(document)
    guard let structure = drawn.structure else { return drawn.result }
    // The structure tree's many small objects, and the other dictionaries, in object streams:
    // after libharu's document is freed (`renderPages` returns), while its many small blocks are
    // still warm, and with their memory free for packing's buffers. Packed before, tagging cost
    // about 2 points more time a handout (docs/performance.md, "Pack after libharu is freed").
    guard let packed = ObjectStreams.pack(drawn.result.bytes, tree: structure) else {
      throw PDFError.invalidDocument(
        reason: "libharu's file is not laid out as expected; no structure tree added")
    }
    var result = drawn.result
    result.bytes = packed
    return result
  }

  /// The file libharu writes for `document` (untagged, or tagged without its structure tree), and
  /// the tree when tagged. libharu's document lives only for this call.
  private func renderPages(_ document: LaidOutDocument) throws -> (
    result: RenderResult, structure: StructureTree?
  ) {
    let fonts =
      try self.fonts ?? FontSet(directory: options.fontDirectory, fallbackPaths: options.fallbackFontPaths)
    let pdf = try HaruDocument(
      info: document.info, fonts: fonts,
      usage: options.subsetFonts ? Self.usage(of: document, fonts: fonts, figures: options.figures) : nil)
    var pages: [PDFCanvas] = []
    var tree = StructureTreeBuilder(reserving: options.tagged ? 1024 : 0)
    for laidOut in document.pages {
      let canvas = PDFCanvas(
        document: pdf, page: try pdf.addPage(size: document.pageSize), pageSize: document.pageSize)
      tree.startPage()
      var artifacts: [ArtifactKind] = []
      for op in laidOut.ops {
        try draw(op, on: canvas, tree: &tree, artifacts: &artifacts)
      }
      try canvas.finish()
      pages.append(canvas)
    }
    let structure = options.tagged ? try tree.write(to: pdf, pages: pages.map(\.page)) : nil
    for entry in document.outline {
      guard pages.indices.contains(entry.pageIndex) else {
        throw PDFError.invalidDocument(
          reason: "the bookmark \"\(entry.title)\" points to page \(entry.pageIndex + 1) of \(pages.count)")
      }
      try pdf.addOutline(
        title: entry.title, page: pages[entry.pageIndex].page, top: document.pageSize.height - entry.y)
    }
    var warnings = Self.warnings(for: pdf.missingCharacters)
    if let rightToLeft = RightToLeftText.warning(for: Self.rightToLeftLetters(in: document)) {
      warnings.append(rightToLeft)
    }
    return (RenderResult(bytes: try pdf.data(), warnings: warnings, pageCount: pages.count), structure)
  }

  /// Renders `document` and writes the PDF to `url`, returning the result.
  @discardableResult
  public func render(_ document: LaidOutDocument, to url: URL) throws -> RenderResult {
    let result = try render(document)
    try Data(result.bytes).write(to: url, options: .atomic)
    return result
  }

  /// Draws `op`. Tagged (`options.tagged`): text inside marked content the innermost structure
  /// element owns (or inside the open artifact), lines and boxes as artifacts, an image or a figure
  /// inside its `Figure` element's marked content (else as an artifact), links as `OBJR` children.
  /// Untagged, the same drawing with no structure and no marked content (to measure its cost).
  private func draw(
    _ op: DrawOp, on canvas: PDFCanvas, tree: inout StructureTreeBuilder, artifacts: inout [ArtifactKind]
  ) throws {
    let tagged = options.tagged
    switch op {
    case .beginStructure(let role):
      // Structure inside an artifact (a repeated table header) is not read again.
      if tagged, artifacts.isEmpty { tree.begin(role) }
    case .endStructure:
      if tagged, artifacts.isEmpty { tree.end() }
    case .beginArtifact(let kind):
      if tagged { artifacts.append(kind) }
    case .endArtifact:
      if tagged { _ = artifacts.popLast() }
    case .text(let run):
      if tagged {
        if let kind = artifacts.last {
          canvas.markText(.artifact(kind))
        } else {
          canvas.markText(tree.mark(openMark: canvas.openTextMark))
        }
      }
      try canvas.drawText(run.text, at: run.origin, face: run.face, size: run.size, color: run.color)
    case .line, .box:
      if tagged { canvas.beginDecoration() }
      try drawGraphics(op, on: canvas)
    case .link(let link):
      let annotation = try canvas.addLink(link.rect, url: link.url, description: link.text)
      if tagged, artifacts.isEmpty { tree.add(annotation: annotation) }
    case .image, .figure:
      // A logo with alternative text, or a figure, is its Figure element's content; any other
      // image is decoration.
      if tagged {
        if artifacts.isEmpty, tree.inFigure {
          canvas.beginMark(tree.mark(openMark: nil))
        } else {
          canvas.beginMark(.artifact(nil))
        }
      }
      if case .image(let image) = op { try canvas.drawImage(at: image.path, in: image.rect) }
      if case .figure(let figure) = op {
        try canvas.drawFigure(figure, with: options.figures, forms: figureForms)
      }
      if tagged { canvas.endMark() }
    }
  }

  /// Draws a line or a box.
  private func drawGraphics(_ op: DrawOp, on canvas: PDFCanvas) throws {
    switch op {
    // Lines and boxes set what they use; the canvas writes a colour or width only when it changes.
    case .line(let segment):
      try canvas.setLineWidth(segment.width)
      try canvas.setStrokeColor(segment.color)
      try canvas.move(to: segment.from)
      try canvas.line(to: segment.to)
      try canvas.stroke()
    case .box(let box):
      guard box.fill != nil || box.stroke != nil else { return }
      if let fill = box.fill { try canvas.setFillColor(fill) }
      if let stroke = box.stroke {
        try canvas.setStrokeColor(stroke)
        try canvas.setLineWidth(box.lineWidth)
      }
      try canvas.addRectangle(box.rect, cornerRadius: box.cornerRadius)
      switch (box.fill, box.stroke) {
      case (.some, .some): try canvas.fillAndStroke()
      case (.some, .none): try canvas.fill()
      default: try canvas.stroke()
      }
    default:
      return
    }
  }

  /// The characters every text run of `document` draws, and every figure's words (`figures`), per
  /// font file.
  static func usage(of document: LaidOutDocument, fonts: FontSet, figures: any FigureDrawing) -> FontUsage {
    fonts.usage(
      of: document.pages.lazy.flatMap(\.ops).flatMap { op -> [(text: String, face: FontFace)] in
        switch op {
        case .text(let run): [(run.text, run.face)]
        case .figure(let figure):
          figures.labels(key: figure.key, side: figure.side).map { ($0, FontFace.regular) }
        default: []
        }
      })
  }

  /// The right-to-left letters any text run of `document` draws.
  static func rightToLeftLetters(in document: LaidOutDocument) -> Set<Unicode.Scalar> {
    var letters: Set<Unicode.Scalar> = []
    for page in document.pages {
      for op in page.ops {
        if case .text(let run) = op { letters.formUnion(RightToLeftText.letters(in: run.text)) }
      }
    }
    return letters
  }

  /// "U+1F600 GRINNING FACE …" sentences, one per character, sorted by code point.
  static func warnings(for missing: Set<Unicode.Scalar>) -> [String] {
    missing.sorted { $0.value < $1.value }.map { scalar in
      "\(UnicodeName.describe(scalar)) is not in any installed font and was printed as "
        + "\"\(FontSet.replacement)\"; install a font that has it (e.g. fonts-droid-fallback for "
        + "Chinese, Japanese and Korean) or remove it."
    }
  }
}
