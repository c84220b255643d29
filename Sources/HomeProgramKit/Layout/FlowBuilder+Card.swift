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

    // Dose box.
    stack.space(style.cardPartGap)
    let padding = style.doseBoxPadding
    let inner = width - 2 * padding
    guard inner > 0 else { throw LayoutError.blockTooNarrow(block: label, width: inner) }
    let boxTop = stack.y
    var dose = StackBuilder(y: padding)
    dose.add(
      wrap(card.doseLine, width: inner, type: body, face: .bold), metrics: bodyMetrics, size: body.size,
      x: padding)
    if let note = card.doseNote, !note.isEmpty {
      dose.add(wrap(note, width: inner, type: body), metrics: bodyMetrics, size: body.size, x: padding)
    }
    dose.space(padding)
    stack.ops.append(
      .box(
        Box(
          rect: Rect(x: 0, y: boxTop, width: width, height: dose.y), fill: accent.tint(style.noteTint),
          stroke: nil,
          cornerRadius: style.cornerRadius)))
    stack.add([dose.chunk()])

    // Two zones: figure left, words right.
    stack.space(style.cardPartGap * 1.5)
    let figureWidth = (width * style.cardFigureFraction).rounded(.down)
    let wordsX = figureWidth + style.cardZoneGap
    let wordsWidth = width - wordsX
    guard wordsWidth > 0 else { throw LayoutError.blockTooNarrow(block: label, width: wordsWidth) }
    let figure = figureChunk(card.figure, width: figureWidth)
    let words = try cardWords(card, width: wordsWidth, label: label)
    let zonesTop = stack.y
    stack.add([figure])
    let figureBottom = stack.y
    stack.y = zonesTop
    stack.add([words], x: wordsX)
    stack.y = max(stack.y, figureBottom)

    // When it feels easy → …  ·  If it flares → …
    var footer: [InlineRun] = []
    if let easy = card.whenEasy, !easy.isEmpty {
      footer += [InlineRun("When it feels easy → ", .bold), InlineRun(easy)]
    }
    if let flares = card.ifFlares, !flares.isEmpty {
      if !footer.isEmpty { footer.append(InlineRun("  ·  ")) }
      footer += [InlineRun("If it flares → ", .bold), InlineRun(flares)]
    }
    if !footer.isEmpty {
      stack.space(style.cardPartGap)
      stack.ops.append(rule(from: Point(x: 0, y: stack.y), to: Point(x: width, y: stack.y)))
      stack.space(style.cardPartGap / 2)
      stack.add(wrap(footer, width: width, type: body), metrics: bodyMetrics, size: body.size)
    }

    // Cautions, small.
    if !card.cautions.isEmpty {
      stack.space(style.cardPartGap / 2)
      for caution in card.cautions {
        stack.add(
          wrap([InlineRun("Caution: ", .bold), InlineRun(caution)], width: width, type: small),
          metrics: setter.metrics(small), size: small.size)
      }
    }

    let chunk = stack.chunk()
    guard chunk.height <= available else {
      throw LayoutError.blockTooTall(block: label, height: chunk.height, available: available)
    }
    return Flow(
      label: label, chunks: [chunk], spaceBefore: style.cardSpacing, spaceAfter: style.cardSpacing,
      keepTogether: true, width: width)
  }

  /// The words zone of a card: start position, numbered steps, Tips, Avoid.
  private func cardWords(_ card: ExerciseCard, width: Double, label: String) throws -> Chunk {
    let body = style.type.body
    let metrics = setter.metrics(body)
    var stack = StackBuilder()
    if !card.start.isEmpty {
      stack.add(
        wrap([InlineRun("Start: ", .bold), InlineRun(card.start)], width: width, type: body),
        metrics: metrics,
        size: body.size)
      stack.space(style.cardPartGap)
    }
    if !card.steps.isEmpty {
      stack.add(
        try listChunks(
          card.steps.map { [InlineRun($0)] }, ordered: true, width: width, type: body, label: label))
    }
    for (title, entries) in [("Tips", card.cues), ("Avoid", card.mistakes)] where !entries.isEmpty {
      stack.space(style.cardPartGap)
      stack.add(wrap(title, width: width, type: body, face: .bold), metrics: metrics, size: body.size)
      stack.add(
        try listChunks(
          entries.map { [InlineRun($0)] }, ordered: false, width: width, type: body, label: label))
    }
    return stack.chunk()
  }
}
