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
    stack.space(style.cardRuleWidth + style.cardPartGap)

    // Name, with the category label after it (or on its own line when there is no room).
    let nameLines = wrap(card.name, width: width, type: heading, face: .bold)
    let headingMetrics = setter.metrics(heading)
    let nameTop = stack.y
    stack.add(nameLines, metrics: headingMetrics, size: heading.size)
    if !card.categoryLabel.isEmpty {
      let labelWidth = setter.measurer.width(of: card.categoryLabel, face: .regular, size: small.size)
      let lastWidth = nameLines.last?.width ?? 0
      let labelRun = InlineRun(card.categoryLabel)
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
    }

    // What it is for.
    if !card.purpose.isEmpty {
      stack.space(style.cardPartGap / 2)
      stack.add(
        wrap(card.purpose, width: width, type: body, face: .oblique, color: .secondaryText),
        metrics: bodyMetrics,
        size: body.size)
    }

    // Two balanced zones. Left: the figure (the heading already names it, so no caption), then
    // Tips and Avoid in small type (the style guide's size for cues). Right: the dose box, the start
    // position, the numbered steps, then "When it feels easy → …" / "If it flares → …".
    stack.space(style.cardPartGap * 1.5)
    let figureWidth = (width * style.cardFigureFraction).rounded(.down)
    let wordsX = figureWidth + style.cardZoneGap
    let wordsWidth = width - wordsX
    guard wordsWidth > 0 else { throw LayoutError.blockTooNarrow(block: label, width: wordsWidth) }
    var side = [try cardSide(card, width: figureWidth, label: label)]
    var words = [try cardWords(card, width: wordsWidth, label: label)]
    var below: [Chunk] = []
    if !card.cautions.isEmpty {
      // Put the cautions where the card comes out shortest: under the left zone, under the right
      // zone, or full width below both.
      let gap = style.cardPartGap * 1.5
      let sideHeight = side[0].height
      let wordsHeight = words[0].height
      let left = cardCautions(card, width: figureWidth)
      let right = cardCautions(card, width: wordsWidth)
      let full = cardCautions(card, width: width)
      let options = [
        max(sideHeight + gap + left.height, wordsHeight),
        max(sideHeight, wordsHeight + gap + right.height),
        max(sideHeight, wordsHeight) + gap + full.height,
      ]
      let best = options.indices.min { options[$0] < options[$1] } ?? 2
      switch best {
      case 0: side += [Chunk(height: gap, ops: []), left]
      case 1: words += [Chunk(height: gap, ops: []), right]
      default: below = [Chunk(height: gap, ops: []), full]
      }
    }
    let zonesTop = stack.y
    stack.add(side)
    let sideBottom = stack.y
    stack.y = zonesTop
    stack.add(words, x: wordsX)
    stack.y = max(stack.y, sideBottom)
    stack.add(below)

    let chunk = stack.chunk()
    guard chunk.height <= available else {
      // Too tall for one page (large print, long text): one column in parts instead of an error.
      return try stackedCardFlow(card, width: width, label: label)
    }
    return Flow(
      label: label, chunks: [chunk], spaceBefore: style.cardSpacing, spaceAfter: style.cardSpacing,
      keepTogether: true, width: width)
  }

  /// A card too tall for one page, as one column that may break between its parts: the heading,
  /// purpose, figure, dose box, start position, steps and easy / flare lines stay together; Tips,
  /// Avoid and the cautions may follow on the next page, never splitting a part.
  private func stackedCardFlow(_ card: ExerciseCard, width: Double, label: String) throws -> Flow {
    let body = style.type.body
    let small = style.type.small
    let bodyMetrics = setter.metrics(body)
    let smallMetrics = setter.metrics(small)
    let gap = style.cardPartGap * 1.5
    var chunks: [Chunk] = []

    var head = StackBuilder()
    head.ops.append(
      .line(
        LineSegment(
          from: Point(x: 0, y: style.cardRuleWidth / 2), to: Point(x: width, y: style.cardRuleWidth / 2),
          width: style.cardRuleWidth, color: accent)))
    head.space(style.cardRuleWidth + style.cardPartGap)
    head.add(
      wrap(
        [InlineRun(card.name, .bold), InlineRun("  "), InlineRun(card.categoryLabel)], width: width,
        type: style.type.card),
      metrics: setter.metrics(style.type.card), size: style.type.card.size)
    if !card.purpose.isEmpty {
      head.space(style.cardPartGap / 2)
      head.add(
        wrap(card.purpose, width: width, type: body, face: .oblique, color: .secondaryText),
        metrics: bodyMetrics,
        size: body.size)
    }
    head.space(gap)
    var figure = card.figure
    figure.caption = ""
    head.add([figureChunk(figure, width: (width * style.cardFigureFraction).rounded(.down))])
    chunks.append(head.chunk())

    var words = try cardWords(card, width: width, label: label)
    words.spaceBefore = gap
    words.breakBefore = false  // the dose box and steps stay with the heading
    chunks.append(words)
    for (title, entries) in [(card.labels.tips, card.cues), (card.labels.avoid, card.mistakes)]
    where !entries.isEmpty {
      var part = StackBuilder()
      part.add(wrap(title, width: width, type: small, face: .bold), metrics: smallMetrics, size: small.size)
      part.add(
        try listChunks(
          entries.map { [InlineRun($0)] }, ordered: false, width: width, type: small, label: label))
      var chunk = part.chunk()
      chunk.spaceBefore = gap
      chunks.append(chunk)
    }
    if !card.cautions.isEmpty {
      var chunk = cardCautions(card, width: width)
      chunk.spaceBefore = gap
      chunks.append(chunk)
    }
    for chunk in chunks where chunk.height > available {
      throw LayoutError.blockTooTall(block: label, height: chunk.height, available: available)
    }
    return Flow(
      label: label, chunks: chunks, spaceBefore: style.cardSpacing, spaceAfter: style.cardSpacing,
      keepTogether: false, width: width)
  }

  /// The left zone of a card: the figure, then Tips and Avoid in small type.
  private func cardSide(_ card: ExerciseCard, width: Double, label: String) throws -> Chunk {
    let small = style.type.small
    let smallMetrics = setter.metrics(small)
    var stack = StackBuilder()
    var figure = card.figure
    figure.caption = ""
    stack.add([figureChunk(figure, width: width)])
    for (title, entries) in [(card.labels.tips, card.cues), (card.labels.avoid, card.mistakes)]
    where !entries.isEmpty {
      stack.space(style.cardPartGap * 1.5)
      stack.add(wrap(title, width: width, type: small, face: .bold), metrics: smallMetrics, size: small.size)
      stack.add(
        try listChunks(
          entries.map { [InlineRun($0)] }, ordered: false, width: width, type: small, label: label))
    }
    return stack.chunk()
  }

  /// The card's cautions in small type, wrapped to `width`.
  private func cardCautions(_ card: ExerciseCard, width: Double) -> Chunk {
    let small = style.type.small
    var stack = StackBuilder()
    for (index, caution) in card.cautions.enumerated() {
      if index > 0 { stack.space(style.cardPartGap / 2) }
      stack.add(
        wrap([InlineRun(card.labels.caution + ": ", .bold), InlineRun(caution)], width: width, type: small),
        metrics: setter.metrics(small), size: small.size)
    }
    return stack.chunk()
  }

  /// The words zone of a card: the dose box, the start position, the numbered steps and the
  /// easy / flare lines.
  private func cardWords(_ card: ExerciseCard, width: Double, label: String) throws -> Chunk {
    let body = style.type.body
    let metrics = setter.metrics(body)
    var stack = StackBuilder()

    // Dose box.
    let padding = style.doseBoxPadding
    let inner = width - 2 * padding
    guard inner > 0 else { throw LayoutError.blockTooNarrow(block: label, width: inner) }
    var dose = StackBuilder(y: padding)
    dose.add(
      wrap(card.doseLine, width: inner, type: body, face: .bold), metrics: metrics, size: body.size,
      x: padding)
    if let note = card.doseNote, !note.isEmpty {
      dose.add(wrap(note, width: inner, type: body), metrics: metrics, size: body.size, x: padding)
    }
    if let note = card.therapistNote {
      dose.add(
        wrap([InlineRun(card.therapistNoteLabel + ": ", .bold), InlineRun(note)], width: inner, type: body),
        metrics: metrics, size: body.size, x: padding)
    }
    dose.space(padding)
    stack.ops.append(
      .box(
        Box(
          rect: Rect(x: 0, y: 0, width: width, height: dose.y), fill: accent.tint(style.noteTint),
          stroke: nil,
          cornerRadius: style.cornerRadius)))
    stack.add([dose.chunk()])
    stack.space(style.cardPartGap * 1.5)
    if !card.start.isEmpty {
      stack.add(
        wrap([InlineRun(card.labels.start + ": ", .bold), InlineRun(card.start)], width: width, type: body),
        metrics: metrics,
        size: body.size)
      stack.space(style.cardPartGap)
    }
    if !card.steps.isEmpty {
      stack.add(
        try listChunks(
          card.steps.map { [InlineRun($0)] }, ordered: true, width: width, type: body, label: label))
    }
    // "When it feels easy → …" and "If it flares → …", one line each, as the builder wrote them;
    // the words up to the arrow are bold.
    let footerLines = [card.whenEasy, card.ifFlares].compactMap { $0 }.filter { !$0.isEmpty }
    if !footerLines.isEmpty {
      let small = style.type.small
      stack.space(style.cardPartGap)
      stack.ops.append(rule(from: Point(x: 0, y: stack.y), to: Point(x: width, y: stack.y)))
      stack.space(style.cardPartGap / 2)
      for line in footerLines {
        stack.add(
          wrap(Self.labelled(line), width: width, type: small), metrics: setter.metrics(small),
          size: small.size)
      }
    }
    return stack.chunk()
  }

  /// "When it feels easy → Bird dog" as runs with the part up to and including the arrow in bold.
  static func labelled(_ line: String) -> [InlineRun] {
    guard let arrow = line.range(of: "→") else { return [InlineRun(line)] }
    let label = String(line[..<arrow.upperBound])
    let rest = String(line[arrow.upperBound...])
    return [InlineRun(label, .bold), InlineRun(rest)]
  }
}
