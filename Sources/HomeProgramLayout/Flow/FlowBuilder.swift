import HomeProgramDocument
import HomeProgramModel

/// Measures blocks into flows (the "measure" step): wraps text, sizes boxes, and marks where each
/// block may split. Placement on pages is the paginator's job.
struct FlowBuilder: Sendable {
  let style: LayoutStyle
  let setter: TextSetter
  let accent: RGBColor
  let page: PageSpec
  /// The words layout adds: the title a box repeats when it runs onto the next page.
  let words: LayoutWords
  /// Added to a document heading's level for its structure element (`headingRole`): 1 when the
  /// cover's title is the `H1`.
  var headingOffset = 1
  /// The callout whose title is the document's `H1`, in a document with no cover band (a referral
  /// sheet opens with its urgent box).
  var titleCallout: Callout?

  /// The content height of an empty page: the most any unsplittable piece may take.
  var available: Double { page.contentRect.height }

  /// Measures `blocks` at `width`; labels are `prefix` plus the block's index.
  func items(for blocks: [Block], width: Double, prefix: String) throws -> [FlowItem] {
    try itemsPerBlock(blocks, width: width, prefix: prefix).flatMap { $0 }
  }

  /// Each block's items, measured at `width` and labelled "`prefix` N (summary)" for messages.
  func itemsPerBlock(_ blocks: [Block], width: Double, prefix: String) throws -> [[FlowItem]] {
    try blocks.enumerated().map { index, block in
      try items(for: block, width: width, label: "\(prefix) \(index + 1) (\(block.summary))")
    }
  }

  /// Measures one block at `width`.
  func items(for block: Block, width: Double, label: String) throws -> [FlowItem] {
    guard width > 0 else { throw LayoutError.blockTooNarrow(block: label, width: width) }
    switch block {
    case .heading(let heading):
      return [
        .flow(Self.tagged(headingFlow(heading, width: width, label: label), headingRole(heading.level)))
      ]
    case .paragraph(let paragraph):
      return paragraphFlow(paragraph, width: width, label: label).map {
        [FlowItem.flow(Self.tagged($0, .paragraph))]
      }
        ?? []
    case .list(let list):
      return try listFlow(list, width: width, label: label).map { [FlowItem.flow($0)] } ?? []
    case .table(let table):
      return [.flow(try tableFlow(table, width: width, label: label))]
    case .callout(let callout):
      return [.flow(Self.tagged(try calloutFlow(callout, width: width, label: label), .aside))]
    case .exerciseCard(let card):
      return [.flow(Self.tagged(try cardFlow(card, width: width, label: label), .division))]
    case .figure(let figure):
      return [.flow(try figureFlow(figure, width: width, label: label))]
    case .figureRow(let row):
      return [.flow(Self.tagged(try figureRowFlow(row, width: width, label: label), .division))]
    case .keepTogether(let blocks):
      let inner = try items(for: blocks, width: width, prefix: label + " › block")
      let chunks = FlowItem.flatten(inner)
      guard !chunks.isEmpty else { return [] }
      let flows = inner.compactMap { item -> Flow? in
        if case .flow(let flow) = item { return flow }
        return nil
      }
      let group = Flow(
        label: label, chunks: chunks, spaceBefore: flows.first?.spaceBefore ?? style.blockSpacing,
        spaceAfter: flows.last?.spaceAfter ?? style.blockSpacing, keepTogether: true,
        keepWithNext: Self.opensSection(blocks), width: width)
      // A group taller than an empty page splits between its blocks instead, each keeping its own
      // rules (a heading stays with what follows it, a card or a box stays whole).
      return group.totalHeight <= available ? [.flow(group)] : inner
    case .pageBreak:
      return [.pageBreak]
    case .sectionBreak:
      return [.sectionBreak(minimumUse: style.sectionBreakMinimumUse)]
    case .spacer(let height):
      return [.space(height.isFinite ? max(height, 0) * style.spacerScale : 0)]
    case .titleBand(let band):
      return [.flow(Self.tagged(titleBandFlow(band, width: width, label: label), .division))]
    case .trafficLight(let light):
      return [.flow(Self.tagged(try trafficLightFlow(light, width: width, label: label), .division))]
    case .logGrid(let grid):
      return try logGridFlows(grid, width: width, label: label).map { FlowItem.flow($0) }
    }
  }

  // MARK: Text helpers

  /// One chunk per wrapped line, at `x`. A break may not fall after the first line or before the
  /// last (no one-line orphans or widows), so paragraphs of 2 or 3 lines stay whole.
  func lineChunks(_ lines: [TextLine], type: TypeSize, x: Double = 0) -> [Chunk] {
    let metrics = setter.metrics(type)
    var chunks = lines.map { line in
      Chunk(
        height: metrics.height,
        ops: line.ops(
          x: x, baseline: metrics.baseline, size: type.size, ascent: metrics.ascent, descent: metrics.descent)
      )
    }
    if chunks.count >= 2 {
      chunks[1].breakBefore = false
      chunks[chunks.count - 1].breakBefore = false
    }
    return chunks
  }

  /// Wraps `runs` in body colours.
  func wrap(
    _ runs: [InlineRun], width: Double, type: TypeSize, bold: Bool = false, color: RGBColor = .text
  ) -> [TextLine] {
    setter.wrap(runs, width: width, size: type.size, baseBold: bold, color: color, linkColor: accent)
  }

  /// Wraps a plain string.
  func wrap(_ text: String, width: Double, type: TypeSize, face: FontFace = .regular, color: RGBColor = .text)
    -> [TextLine]
  {
    setter.wrap(text, width: width, size: type.size, face: face, color: color)
  }

  /// The whole of some wrapped lines as one chunk.
  func linesChunk(_ lines: [TextLine], type: TypeSize, x: Double = 0) -> Chunk {
    var stack = StackBuilder()
    stack.add(lines, metrics: setter.metrics(type), size: type.size, x: x)
    return stack.chunk()
  }

  // MARK: Headings and paragraphs

  /// A kept-together group of a section heading and its introduction only (paragraphs) opens a
  /// section: it stays on the same page as the start of what follows, so "Your exercises" and its
  /// intro never end a page without the first exercise.
  static func opensSection(_ blocks: [Block]) -> Bool {
    guard case .heading(let heading)? = blocks.first, heading.level <= 1, blocks.count > 1 else {
      return false
    }
    return blocks.dropFirst().allSatisfy { block in
      if case .paragraph = block { return true }
      return false
    }
  }

  func headingFlow(_ heading: Heading, width: Double, label: String) -> Flow {
    let section = heading.level <= 1
    let type = section ? style.type.section : style.type.card
    let lines = wrap(heading.text, width: width, type: type, face: .bold, color: section ? accent : .text)
    var chunk = linesChunk(lines, type: type)
    if section { chunk.anchors = [ChunkAnchor(title: heading.text, y: 0)] }
    return Flow(
      label: label, chunks: [chunk], spaceBefore: section ? style.sectionSpaceBefore : style.subSpaceBefore,
      spaceAfter: section ? style.sectionSpaceAfter : style.subSpaceAfter, spaceAfterIsExact: true,
      keepTogether: true, keepWithNext: true, width: width)
  }

  func paragraphFlow(_ paragraph: Paragraph, width: Double, label: String) -> Flow? {
    let type = style.type.size(for: paragraph.role)
    let color: RGBColor = paragraph.secondary ? .secondaryText : .text
    let lines = wrap(paragraph.runs, width: width, type: type, bold: paragraph.role == .urgent, color: color)
    guard !lines.isEmpty else { return nil }
    return Flow(
      label: label, chunks: lineChunks(lines, type: type), spaceBefore: style.blockSpacing,
      spaceAfter: style.blockSpacing, width: width)
  }

  // MARK: Lists

  /// Chunks for list items with a hanging indent: markers in their own column, lines beside them.
  func listChunks(_ items: [[InlineRun]], ordered: Bool, width: Double, type: TypeSize, label: String) throws
    -> [Chunk]
  {
    let markers = items.indices.map { ordered ? "\($0 + 1)." : style.bullet }
    let markerWidth =
      markers.map { setter.measurer.width(of: $0, face: .regular, size: type.size) }.max() ?? 0
    let indent = markerWidth + style.listMarkerGap
    guard width - indent > 0 else { throw LayoutError.blockTooNarrow(block: label, width: width - indent) }
    let metrics = setter.metrics(type)
    var chunks: [Chunk] = []
    for (index, item) in items.enumerated() {
      var lines = lineChunks(wrap(item, width: width - indent, type: type), type: type, x: indent)
      if lines.isEmpty { lines = [Chunk(height: metrics.height)] }
      let marker = TextLine(
        segments: [
          TextLine.Segment(
            text: markers[index], style: InlineStyle(face: .regular, color: .text, link: nil), x: 0,
            width: setter.measurer.width(of: markers[index], face: .regular, size: type.size))
        ], width: 0)
      // Reading order: the item's label, then its body.
      let label = marker.ops(
        x: 0, baseline: metrics.baseline, size: type.size, ascent: metrics.ascent, descent: metrics.descent)
      lines[0].ops =
        [.beginStructure(.listItem)] + Self.tagged(label, .label) + [.beginStructure(.listBody)]
        + lines[0].ops
      lines[lines.count - 1].ops += [.endStructure, .endStructure]
      if index > 0 { lines[0].spaceBefore = style.listItemSpacing }
      chunks += lines
    }
    return Self.tagged(chunks, .list)
  }

  func listFlow(_ list: ListBlock, width: Double, label: String) throws -> Flow? {
    let type = style.type.size(for: list.role)
    let chunks = try listChunks(list.items, ordered: list.ordered, width: width, type: type, label: label)
    guard !chunks.isEmpty else { return nil }
    return Flow(
      label: label, chunks: chunks, spaceBefore: style.blockSpacing, spaceAfter: style.blockSpacing,
      width: width)
  }

  // MARK: Figures

  /// The figure's frame and its caption below, as one chunk no wider than `width`.
  func figureChunk(_ figure: Figure, width: Double) -> Chunk {
    let height = max(figure.height.isFinite ? figure.height : 0, 0) * style.figureScale
    var stack = StackBuilder()
    stack.ops += Self.tagged(
      [
        .figure(
          FigurePlacement(
            rect: Rect(x: 0, y: 0, width: width, height: height), key: figure.key, side: figure.side,
            accent: accent))
      ], .figure(alt: figure.altText(or: figure.key)))
    stack.space(height)
    if !figure.caption.isEmpty {
      stack.space(style.captionGap)
      var caption = StackBuilder()
      caption.add(
        wrap(figure.caption, width: width, type: style.type.small, color: .secondaryText),
        metrics: setter.metrics(style.type.small), size: style.type.small.size)
      stack.ops += Self.tagged(caption.chunk().shifted(dx: 0, dy: stack.y).ops, .paragraph)
      stack.y += caption.y
    }
    return stack.chunk()
  }

  func figureFlow(_ figure: Figure, width: Double, label: String) throws -> Flow {
    let frameWidth = min(width, figure.height * style.figureScale * style.figureAspect)
    let chunk = figureChunk(figure, width: frameWidth > 0 ? frameWidth : width)
    guard chunk.height <= available else {
      throw LayoutError.blockTooTall(block: label, height: chunk.height, available: available)
    }
    return Flow(
      label: label, chunks: [chunk], spaceBefore: style.blockSpacing, spaceAfter: style.blockSpacing,
      keepTogether: true, width: width)
  }

  /// A figure (left) beside its blocks (right), as one unsplittable chunk as tall as the taller.
  func figureRowFlow(_ row: FigureRow, width: Double, label: String) throws -> Flow {
    let fraction = row.figureFraction.isFinite ? min(max(row.figureFraction, 0.15), 0.7) : 0.35
    let figureWidth = (width * fraction).rounded(.down)
    let textX = figureWidth + style.cardZoneGap
    let textWidth = width - textX
    guard textWidth > 0 else { throw LayoutError.blockTooNarrow(block: label, width: textWidth) }
    let inner = try items(for: row.body, width: textWidth, prefix: label + " › block")
    var text = FlowItem.flatten(inner)
    if !text.isEmpty { text[0].spaceBefore = 0 }
    return try sideBySide(
      [figureChunk(row.figure, width: figureWidth)], text, rightX: textX, label: label,
      spaceBefore: style.blockSpacing, spaceAfter: style.blockSpacing, width: width)
  }

  /// Two stacks of chunks side by side (`left` at 0, `right` at `rightX`) as one unsplittable piece
  /// as tall as the taller, drawn in reading order: all of `left`, then all of `right`.
  func sideBySide(
    _ left: [Chunk], _ right: [Chunk], rightX: Double, label: String, spaceBefore: Double,
    spaceAfter: Double, width: Double
  ) throws -> Flow {
    var stack = StackBuilder()
    stack.add(left)
    let leftBottom = stack.y
    stack.y = 0
    stack.add(right, x: rightX)
    stack.y = max(stack.y, leftBottom)
    let chunk = stack.chunk()
    guard chunk.height <= available else {
      throw LayoutError.blockTooTall(block: label, height: chunk.height, available: available)
    }
    return Flow(
      label: label, chunks: [chunk], spaceBefore: spaceBefore, spaceAfter: spaceAfter, keepTogether: true,
      width: width)
  }

  // MARK: Callouts

  func calloutFlow(_ callout: Callout, width: Double, label: String) throws -> Flow {
    let decoration: Decoration
    let titleColor: RGBColor
    switch callout.kind {
    case .note:
      decoration = Decoration(
        fill: accent.tint(style.noteTint), stroke: nil, lineWidth: 0, cornerRadius: style.cornerRadius,
        padding: style.calloutPadding)
      titleColor = accent
    case .caution:
      decoration = Decoration(
        fill: RGBColor.trafficAmber.tint(style.cautionTint), stroke: .trafficAmber, lineWidth: 1,
        cornerRadius: style.cornerRadius, padding: style.calloutPadding)
      titleColor = .text
    case .emergency:
      decoration = Decoration(
        fill: RGBColor.trafficRed.tint(style.emergencyTint), stroke: .trafficRed,
        lineWidth: style.emergencyBorderWidth, cornerRadius: style.cornerRadius,
        padding: style.calloutPadding + style.emergencyBorderWidth)
      titleColor = .trafficRed
    }
    let inner = width - 2 * decoration.padding
    guard inner > 0 else { throw LayoutError.blockTooNarrow(block: label, width: inner) }
    let titleType = style.type.card
    var title = linesChunk(
      wrap(callout.title, width: inner, type: titleType, face: .bold, color: titleColor), type: titleType)
    // A box is a Div with a heading: the document's H1 for the title box, else a heading one level
    // below the one before it (level 6 asks for the deepest; the renderer puts levels in order).
    title = Self.tagged([title], .heading(level: callout == titleCallout ? 1 : 6))[0]
    var body = FlowItem.flatten(try items(for: callout.body, width: inner, prefix: label + " › block"))
    if !body.isEmpty {
      body[0].spaceBefore = style.calloutTitleGap
      body[0].breakBefore = false
    }
    var flow = Flow(
      label: label, chunks: [title] + body, spaceBefore: style.blockSpacing * 1.5,
      spaceAfter: style.blockSpacing * 1.5, decoration: decoration, width: width)
    if callout.kind == .emergency || flow.totalHeight <= available {
      flow.keepTogether = true
    } else {
      let continued = words.continued(callout.title)
      flow.continuationHeader = Self.artifacts([
        linesChunk(
          wrap(continued, width: inner, type: titleType, face: .bold, color: titleColor), type: titleType)
      ])
    }
    return flow
  }
}
