import HomeProgramDocument
import HomeProgramModel

extension FlowBuilder {
  /// An exercise card as one unsplittable chunk: heading and category label, purpose, dose box,
  /// figure zone (left) beside the words zone (right), the easy / flare line, cautions.
  func cardFlow(_ card: ExerciseCard, width: Double, label: String) throws -> Flow {
    let body = style.type.body
    let small = style.type.small
    let heading = style.type.card
    let bodyMetrics = setter.metrics(body)
    var stack = StackBuilder()

    // Accent rule over the heading.
    stack.ops.append(
      .line(
        LineSegment(
          from: Point(x: 0, y: style.cardRuleWidth / 2), to: Point(x: width, y: style.cardRuleWidth / 2),
          width: style.cardRuleWidth, color: accent)))
    stack.space(style.cardRuleWidth + partGap(card))

    // Name, with the category label after it (or on its own line when there is no room).
    let nameLines = wrap(card.name, width: width, type: heading, face: .bold)
    let headingMetrics = setter.metrics(heading)
    let nameTop = stack.y
    stack.ops.append(.beginStructure(headingRole(2)))
    stack.add(nameLines, metrics: headingMetrics, size: heading.size)
    stack.ops.append(.endStructure)
    if !card.categoryLabel.isEmpty {
      let labelWidth = setter.measurer.width(of: card.categoryLabel, face: .regular, size: small.size)
      let lastWidth = nameLines.last?.width ?? 0
      let labelRun = InlineRun(card.categoryLabel)
      stack.ops.append(.beginStructure(.paragraph))
      if lastWidth + style.cardLabelGap + labelWidth <= width, !nameLines.isEmpty {
        let baseline = nameTop + Double(nameLines.count - 1) * headingMetrics.height + headingMetrics.baseline
        let line = wrap([labelRun], width: width, type: small, color: .secondaryText)
        for labelLine in line {
          stack.ops += labelLine.ops(
            x: lastWidth + style.cardLabelGap, baseline: baseline, size: small.size,
            ascent: setter.metrics(small).ascent, descent: setter.metrics(small).descent)
        }
      } else {
        stack.add(
          wrap([labelRun], width: width, type: small, color: .secondaryText), metrics: setter.metrics(small),
          size: small.size)
      }
      stack.ops.append(.endStructure)
    }

    // What it is for.
    if !card.purpose.isEmpty {
      stack.space(partGap(card) / 2)
      stack.ops.append(.beginStructure(.paragraph))
      stack.add(
        wrap(card.purpose, width: width, type: body, face: .oblique, color: .secondaryText),
        metrics: bodyMetrics,
        size: body.size)
      stack.ops.append(.endStructure)
    }

    // Two balanced zones. Left: the figure (the heading already names it, so no caption), then
    // Tips and Avoid in small type (the style guide's size for cues). Right: the dose box, the start
    // position, the numbered steps, then "When it feels easy → …" / "If it flares → …".
    stack.space(partGap(card) * 1.5)
    let fraction = card.compact ? style.compactCardFigureFraction : style.cardFigureFraction
    let spacing = card.compact ? style.compactCardSpacing : style.cardSpacing
    let figureWidth = (width * fraction).rounded(.down)
    let wordsX = figureWidth + style.cardZoneGap
    let wordsWidth = width - wordsX
    guard wordsWidth > 0 else { throw LayoutError.blockTooNarrow(block: label, width: wordsWidth) }
    var side = try cardSide(card, width: figureWidth, label: label)
    var words = try cardWords(card, width: wordsWidth, label: label)
    var below: [CardPart] = []
    if !card.cautions.isEmpty {
      // Put the cautions where the card comes out shortest: under the left zone, under the right
      // zone, or full width below both.
      let gap = partGap(card) * 1.5
      let sideHeight = CardPart.height(of: side)
      let wordsHeight = CardPart.height(of: words)
      let left = cardCautions(card, width: figureWidth, spaceBefore: gap)
      let right = cardCautions(card, width: wordsWidth, spaceBefore: gap)
      let full = cardCautions(card, width: width, spaceBefore: gap)
      let options = [
        max(sideHeight + gap + left.chunk.height, wordsHeight),
        max(sideHeight, wordsHeight + gap + right.chunk.height),
        max(sideHeight, wordsHeight) + gap + full.chunk.height,
      ]
      let best = options.indices.min { options[$0] < options[$1] } ?? 2
      switch best {
      case 0: side.append(left)
      case 1: words.append(right)
      default: below = [full]
      }
    }
    // The figure grows into the room the words leave beside it, up to half again its height:
    // larger for the reader, and the card no taller.
    let room = CardPart.height(of: words) - CardPart.height(of: side)
    if room >= 1, style.figureScale > 0, let index = side.firstIndex(where: { $0.place == .figure }) {
      var figure = cardFigure(card)
      figure.height = min(figure.height * style.cardFigureGrowth, figure.height + room / style.figureScale)
      side[index].chunk = figureChunk(figure, width: figureWidth)
    }
    // The zones are drawn where they stand but in the reading order of the text preview (the
    // dose before the figure, Tips and Avoid after the steps), which the tagged PDF reads.
    var placed: [CardPart] = []
    let zonesTop = stack.y
    let sideBottom = CardPart.place(side, x: 0, y: zonesTop, into: &placed)
    let wordsBottom = CardPart.place(words, x: wordsX, y: zonesTop, into: &placed)
    stack.y = max(sideBottom, wordsBottom)
    if let full = below.first {
      stack.y = CardPart.place(below, x: 0, y: stack.y + full.chunk.spaceBefore, into: &placed)
    }
    for part in CardPart.inReadingOrder(placed) {
      stack.ops += part.chunk.ops
      stack.anchors += part.chunk.anchors
    }

    let chunk = stack.chunk()
    guard chunk.height <= available else {
      // Too tall for one page (large print, long text): one column in parts instead of an error.
      return try stackedCardFlow(card, width: width, label: label)
    }
    return Flow(
      label: label, chunks: [chunk], spaceBefore: spacing, spaceAfter: spacing, keepTogether: true,
      width: width)
  }

  /// A card too tall for one page, as one column that may break between its parts: the heading,
  /// purpose, figure, dose box, start position and steps stay together; Tips, Avoid, the easy /
  /// flare lines and the cautions (the text preview's order) may follow on the next page, never
  /// splitting a part.
  private func stackedCardFlow(_ card: ExerciseCard, width: Double, label: String) throws -> Flow {
    let body = style.type.body
    let bodyMetrics = setter.metrics(body)
    let gap = partGap(card) * 1.5
    var chunks: [Chunk] = []

    var head = StackBuilder()
    head.ops.append(
      .line(
        LineSegment(
          from: Point(x: 0, y: style.cardRuleWidth / 2), to: Point(x: width, y: style.cardRuleWidth / 2),
          width: style.cardRuleWidth, color: accent)))
    head.space(style.cardRuleWidth + partGap(card))
    head.ops.append(.beginStructure(headingRole(2)))
    head.add(
      wrap(
        [InlineRun(card.name, .bold), InlineRun("  "), InlineRun(card.categoryLabel)], width: width,
        type: style.type.card),
      metrics: setter.metrics(style.type.card), size: style.type.card.size)
    head.ops.append(.endStructure)
    if !card.purpose.isEmpty {
      head.space(partGap(card) / 2)
      head.ops.append(.beginStructure(.paragraph))
      head.add(
        wrap(card.purpose, width: width, type: body, face: .oblique, color: .secondaryText),
        metrics: bodyMetrics,
        size: body.size)
      head.ops.append(.endStructure)
    }
    head.space(gap)
    head.add([figureChunk(cardFigure(card), width: (width * style.cardFigureFraction).rounded(.down))])
    chunks.append(head.chunk())

    var placed: [CardPart] = []
    let allWords = try cardWords(card, width: width, label: label)
    let wordsHeight = CardPart.place(allWords.filter { $0.place < .tips }, x: 0, y: 0, into: &placed)
    var words = Chunk(height: wordsHeight, ops: placed.flatMap(\.chunk.ops))
    words.spaceBefore = gap
    words.breakBefore = false  // the dose box and steps stay with the heading
    chunks.append(words)
    for var part in try cardCues(card, width: width, label: label) + allWords.filter({ $0.place > .steps }) {
      part.chunk.spaceBefore = gap
      chunks.append(part.chunk)
    }
    if !card.cautions.isEmpty {
      chunks.append(cardCautions(card, width: width, spaceBefore: gap).chunk)
    }
    for chunk in chunks where chunk.height > available {
      throw LayoutError.blockTooTall(block: label, height: chunk.height, available: available)
    }
    return Flow(
      label: label, chunks: chunks, spaceBefore: style.cardSpacing, spaceAfter: style.cardSpacing,
      keepTogether: false, width: width)
  }

  /// The left zone of a card: the figure, then Tips and Avoid in small type.
  private func cardSide(_ card: ExerciseCard, width: Double, label: String) throws -> [CardPart] {
    var parts = [CardPart(.figure, figureChunk(cardFigure(card), width: width))]
    for var part in try cardCues(card, width: width, label: label) {
      part.chunk.spaceBefore = partGap(card) * 1.5
      parts.append(part)
    }
    return parts
  }

  /// The card's figure: no caption (the heading already names it), its alternative text or the
  /// exercise's name.
  private func cardFigure(_ card: ExerciseCard) -> Figure {
    var figure = card.figure
    figure.alt = figure.altText(or: card.name)
    figure.caption = ""
    return figure
  }

  /// Tips and Avoid, each a bold title over a bulleted list in small type.
  private func cardCues(_ card: ExerciseCard, width: Double, label: String) throws -> [CardPart] {
    let small = style.type.small
    let smallMetrics = setter.metrics(small)
    var parts: [CardPart] = []
    for (place, title, entries) in [
      (CardPart.Place.tips, card.labels.tips, card.cues), (.avoid, card.labels.avoid, card.mistakes),
    ] where !entries.isEmpty {
      var stack = StackBuilder()
      stack.ops.append(.beginStructure(.paragraph))
      stack.add(wrap(title, width: width, type: small, face: .bold), metrics: smallMetrics, size: small.size)
      stack.ops.append(.endStructure)
      stack.add(
        try listChunks(
          entries.map { [InlineRun($0)] }, ordered: false, width: width, type: small, label: label))
      parts.append(CardPart(place, stack.chunk()))
    }
    return parts
  }

  /// The card's cautions in small type, wrapped to `width`, one paragraph each.
  private func cardCautions(_ card: ExerciseCard, width: Double, spaceBefore: Double) -> CardPart {
    let small = style.type.small
    var stack = StackBuilder()
    for (index, caution) in card.cautions.enumerated() {
      if index > 0 { stack.space(partGap(card) / 2) }
      stack.ops.append(.beginStructure(.paragraph))
      stack.add(
        wrap([InlineRun(card.labels.caution + ": ", .bold), InlineRun(caution)], width: width, type: small),
        metrics: setter.metrics(small), size: small.size)
      stack.ops.append(.endStructure)
    }
    var chunk = stack.chunk()
    chunk.spaceBefore = spaceBefore
    return CardPart(.cautions, chunk)
  }

  /// The words zone of a card: the dose box, the start position, the numbered steps and the
  /// easy / flare lines, each part with the space above it as its `spaceBefore`.
  private func cardWords(_ card: ExerciseCard, width: Double, label: String) throws -> [CardPart] {
    let body = card.compact ? style.type.compactCard : style.type.body
    let metrics = setter.metrics(body)
    var parts: [CardPart] = []
    var gap = 0.0
    func add(_ place: CardPart.Place, _ stack: StackBuilder) {
      var chunk = stack.chunk()
      chunk.spaceBefore = gap
      parts.append(CardPart(place, chunk))
    }

    // Dose box.
    let padding = card.compact ? style.compactDoseBoxPadding : style.doseBoxPadding
    let inner = width - 2 * padding
    guard inner > 0 else { throw LayoutError.blockTooNarrow(block: label, width: inner) }
    var dose = StackBuilder(y: padding)
    let note = card.doseNote.flatMap { $0.isEmpty ? nil : $0 }
    dose.ops.append(.beginStructure(.paragraph))
    if card.compact, let note {
      // A compact card runs the dose and its note on in one paragraph.
      dose.add(
        wrap([InlineRun(card.doseLine, .bold), InlineRun(" — " + note)], width: inner, type: body),
        metrics: metrics, size: body.size, x: padding)
    } else {
      dose.add(
        wrap(card.doseLine, width: inner, type: body, face: .bold), metrics: metrics, size: body.size,
        x: padding)
    }
    dose.ops.append(.endStructure)
    if !card.compact, let note {
      dose.ops.append(.beginStructure(.paragraph))
      dose.add(wrap(note, width: inner, type: body), metrics: metrics, size: body.size, x: padding)
      dose.ops.append(.endStructure)
    }
    if let note = card.therapistNote {
      dose.add(
        wrap(
          [InlineRun(card.labels.therapistNote + ": ", .bold), InlineRun(note)], width: inner, type: body),
        metrics: metrics, size: body.size, x: padding)
    }
    dose.space(padding)
    var box = StackBuilder()
    box.ops.append(
      .box(
        Box(
          rect: Rect(x: 0, y: 0, width: width, height: dose.y), fill: accent.tint(style.noteTint),
          stroke: nil,
          cornerRadius: style.cornerRadius)))
    box.add([dose.chunk()])
    add(.dose, box)
    gap = partGap(card) * 1.5
    if !card.start.isEmpty {
      var start = StackBuilder()
      start.ops.append(.beginStructure(.paragraph))
      start.add(
        wrap([InlineRun(card.labels.start + ": ", .bold), InlineRun(card.start)], width: width, type: body),
        metrics: metrics,
        size: body.size)
      start.ops.append(.endStructure)
      add(.start, start)
      gap = partGap(card)
    }
    if !card.steps.isEmpty {
      var steps = StackBuilder()
      steps.add(
        try listChunks(
          card.steps.map { [InlineRun($0)] }, ordered: true, width: width, type: body, label: label))
      add(.steps, steps)
      gap = 0
    }
    // "When it feels easy → …" and "If it flares → …", one line each, as the builder wrote them;
    // the words up to the arrow are bold.
    let footerLines = [card.whenEasy, card.ifFlares].compactMap { $0 }.filter { !$0.isEmpty }
    if !footerLines.isEmpty {
      let small = style.type.small
      gap += partGap(card)
      var footer = StackBuilder()
      footer.ops.append(rule(from: Point(x: 0, y: 0), to: Point(x: width, y: 0)))
      footer.space(partGap(card) / 2)
      for line in footerLines {
        footer.ops.append(.beginStructure(.paragraph))
        footer.add(
          wrap(Self.labelled(line), width: width, type: small), metrics: setter.metrics(small),
          size: small.size)
        footer.ops.append(.endStructure)
      }
      add(.easyAndFlare, footer)
    }
    return parts
  }

  /// "When it feels easy → Bird dog" as runs with the part up to and including the arrow in bold.
  static func labelled(_ line: String) -> [InlineRun] {
    guard let arrow = line.range(of: "→") else { return [InlineRun(line)] }
    let label = String(line[..<arrow.upperBound])
    let rest = String(line[arrow.upperBound...])
    return [InlineRun(label, .bold), InlineRun(rest)]
  }
}

extension FlowBuilder {
  /// The gap between a card's parts: tighter on a compact card.
  func partGap(_ card: ExerciseCard) -> Double {
    card.compact ? style.compactCardPartGap : style.cardPartGap
  }
}
