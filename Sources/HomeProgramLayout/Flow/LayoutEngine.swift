import HomeProgramDocument
import HomeProgramModel

/// Lays a `Document` out on pages: measure → split → place, then the running footer.
///
/// The result is a renderer-free `LaidOutDocument` in top-left coordinates; the PDF renderer draws
/// it. Text is measured with the given `TextMeasurer`, so the PDF module passes one backed by the
/// embedded fonts and tests pass `FixedWidthMeasurer`.
public struct LayoutEngine: Sendable {
  /// The style to use; nil picks `LayoutStyle.standard(largePrint:)` from the document.
  public var style: LayoutStyle?

  /// An engine with the standard handout style (or `style` when given).
  public init(style: LayoutStyle? = nil) {
    self.style = style
  }

  /// The page `document` is laid out on: `page`, with the short handout's margins when the
  /// document asks for them (`Document.narrowMargins`).
  public static func page(_ page: PageSpec, for document: Document) -> PageSpec {
    var page = page
    if document.narrowMargins { page.margins = .short }
    return page
  }

  /// Lays `document` out on pages of `page` (see `page(_:for:)`), measuring text with `measurer`.
  ///
  /// - Throws: `LayoutError` when a block cannot be placed: an unsplittable block taller than an
  ///   empty page, a table whose shape is wrong, or no room for text.
  ///
  /// `cache`, when given, keeps wrapped paragraphs between documents; it must only ever be used
  /// with this same measurer.
  public func layout(
    _ document: Document, page: PageSpec, measurer: some TextMeasurer, cache: WrapCache? = nil
  ) throws -> LaidOutDocument {
    try layoutFewestPages(document, orders: { [] }, page: page, measurer: measurer, cache: cache).laidOut
  }

  /// Lays `document` out and, only when it runs over its page limit (`Document.fitPages`), its
  /// blocks again in each of `orders()` (each a permutation of the block indices), keeping the
  /// first order with the fewest pages: the document in that order and its layout. Each block is
  /// measured once; another order is only paginated again, so trying one costs a fraction of a
  /// layout. Still over the limit, the same with tighter spacing (`LayoutStyle.fitFactors`), kept
  /// only when it fits. A document that `tightensToSavePages` (a booklet) is laid out with the
  /// tighter spacing too, kept when it has fewer pages.
  public func layoutFewestPages(
    _ document: Document, orders: () -> [[Int]], page: PageSpec, measurer: some TextMeasurer,
    cache: WrapCache? = nil
  ) throws -> (document: Document, laidOut: LaidOutDocument) {
    let run = try Run(engine: self, document: document, page: page, measurer: measurer, cache: cache)
    let fit = document.fitPages ?? .max
    let standard = try run.fewestPages(document, orders: orders, over: fit)
    // A document that must fit a few pages (a referral sheet, the short handout): the same blocks
    // with tighter spacing, a little and then more, kept only when it fits. A booklet: kept when
    // it saves a page.
    let pages = standard.paginator.pages.count
    let target: Int? = pages > fit ? fit : document.tightensToSavePages ? pages - 1 : nil
    if let target {
      for factor in LayoutStyle.fitFactors {
        var tight = self
        tight.style = run.style.tightened(by: factor)
        let tightRun = try Run(
          engine: tight, document: document, page: page, measurer: measurer, cache: cache)
        let best = try tightRun.fewestPages(document, orders: orders, over: fit)
        if best.paginator.pages.count <= target {
          return (best.document, tightRun.finish(best.paginator, document: best.document))
        }
      }
    }
    return (standard.document, run.finish(standard.paginator, document: standard.document))
  }

  /// One layout's page, style, measurer and flow builder: measure, paginate, then the footer.
  private struct Run {
    let engine: LayoutEngine
    let page: PageSpec
    let style: LayoutStyle
    let content: Rect
    let setter: TextSetter
    var builder: FlowBuilder

    init(
      engine: LayoutEngine, document: Document, page: PageSpec, measurer: some TextMeasurer, cache: WrapCache?
    ) throws {
      self.engine = engine
      let page = LayoutEngine.page(page, for: document)
      self.page = page
      style = engine.style ?? .standard(largePrint: document.largePrint)
      content = page.contentRect
      guard content.width > 0 else {
        throw LayoutError.blockTooNarrow(block: "the page", width: content.width)
      }
      guard content.height > 0 else {
        throw LayoutError.blockTooTall(block: "the page", height: 0, available: content.height)
      }
      setter = TextSetter(measurer: measurer, cache: cache)
      builder = FlowBuilder(
        style: style, setter: setter, accent: document.accent, page: page, words: document.words)
      // The tagged PDF's one H1: the cover band's title, else the first box's title (a referral
      // sheet's urgent box); the document's highest headings come next, as H2.
      let hasCover = document.blocks.contains { if case .titleBand = $0 { true } else { false } }
      if !hasCover {
        builder.titleCallout =
          document.blocks.lazy.compactMap { block -> Callout? in
            if case .callout(let callout) = block { return callout }
            return nil
          }.first
      }
      builder.headingOffset = 2 - (LayoutEngine.headingLevels(in: document.blocks).min() ?? 1)
    }

    /// `document` paginated in its own order and, only when that runs over `limit` pages, in each
    /// of `orders()`: the first order with the fewest pages. Each block is measured once.
    func fewestPages(_ document: Document, orders: () -> [[Int]], over limit: Int) throws -> (
      document: Document, paginator: Paginator
    ) {
      let measured = try measure(document)
      var best = (document: document, paginator: try paginate(measured.flatMap { $0 }))
      guard best.paginator.pages.count > limit else { return best }
      let indices = Array(document.blocks.indices)
      for order in orders() where order.sorted() == indices {
        let paginator = try paginate(order.flatMap { measured[$0] })
        if paginator.pages.count < best.paginator.pages.count {
          best = (document.reordered(order), paginator)
        }
      }
      return best
    }

    /// Each of `document`'s blocks measured at the content width.
    func measure(_ document: Document) throws -> [[FlowItem]] {
      try builder.itemsPerBlock(document.blocks, width: content.width, prefix: "block")
    }

    func paginate(_ items: [FlowItem]) throws -> Paginator {
      var paginator = Paginator(page: page)
      try paginator.place(items)
      return paginator
    }

    /// The pages with their running footers.
    func finish(_ paginator: Paginator, document: Document) -> LaidOutDocument {
      let count = paginator.pages.count
      let pages = paginator.pages.enumerated().map { index, ops in
        LaidOutPage(
          ops: ops
            + engine.footerOps(
              pageIndex: index, pageCount: count, footer: document.footer, words: document.words, page: page,
              style: style, setter: setter))
      }
      return LaidOutDocument(
        pageSize: page.size, pages: pages, outline: paginator.outline, info: document.info)
    }
  }
}
