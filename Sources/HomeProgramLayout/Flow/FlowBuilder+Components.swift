import HomeProgramDocument
import HomeProgramModel

extension FlowBuilder {
  // MARK: Title band

  /// The cover band: page-wide accent background, overline, title and lines in white, logo right.
  func titleBandFlow(_ band: TitleBand, width: Double, label: String) -> Flow {
    let padding = style.bandPadding
    let hasLogo = band.logoPath.map { !$0.isEmpty } ?? false
    let logoSpace = hasLogo ? style.logoSize + style.bandPadding : 0
    let textWidth = max(width - logoSpace, width / 2)
    // White on a dark accent; near-black when a clinic picks a light accent.
    let ink: RGBColor = accent.greyLevel > 0.6 ? .text : .white
    var stack = StackBuilder(y: padding)
    if !band.overline.isEmpty {
      stack.ops.append(.beginStructure(.paragraph))
      stack.add(
        wrap(band.overline, width: textWidth, type: style.type.small, color: ink),
        metrics: setter.metrics(style.type.small), size: style.type.small.size)
      stack.ops.append(.endStructure)
      stack.space(style.bandLineGap)
    }
    stack.ops.append(.beginStructure(.heading(level: 1)))
    stack.add(
      wrap(band.title, width: textWidth, type: style.type.title, face: .bold, color: ink),
      metrics: setter.metrics(style.type.title), size: style.type.title.size)
    stack.ops.append(.endStructure)
    if !band.lines.isEmpty {
      stack.space(style.bandLineGap)
      for line in band.lines {
        stack.ops.append(.beginStructure(.paragraph))
        stack.add(
          wrap(line, width: textWidth, type: style.type.body, color: ink),
          metrics: setter.metrics(style.type.body),
          size: style.type.body.size)
        stack.ops.append(.endStructure)
      }
    }
    stack.space(padding)
    if let path = band.logoPath, hasLogo {
      let logo = DrawOp.image(
        ImagePlacement(
          rect: Rect(x: width - style.logoSize, y: padding, width: style.logoSize, height: style.logoSize),
          path: path))
      if let alt = band.logoAlt, alt.contains(where: { !$0.isWhitespace }) {
        stack.ops += Self.tagged([logo], .figure(alt: alt))
      } else {
        stack.ops.append(logo)
      }
      stack.y = max(stack.y, style.logoSize + 2 * padding)
    }
    // The band spans the whole page width; its text stays inside the content region.
    stack.ops.insert(
      .box(
        Box(
          rect: Rect(x: -page.margins.left, y: 0, width: page.size.width, height: stack.y), fill: accent,
          stroke: nil)), at: 0)
    return Flow(
      label: label, chunks: [stack.chunk()], spaceBefore: style.blockSpacing,
      spaceAfter: style.sectionSpaceBefore,
      keepTogether: true, width: width)
  }

  // MARK: Traffic light

  /// Three (or more) rows: the coloured label cell with its word, then the signs and the action.
  func trafficLightFlow(_ light: TrafficLight, width: Double, label: String) throws -> Flow {
    let body = light.compact ? style.type.compactCard : style.type.body
    let metrics = setter.metrics(body)
    let padding = style.cellPaddingX * (light.compact ? 1.2 : 2)
    let labelWidth = min(style.trafficLabelWidth, width / 3)
    let textX = labelWidth + padding
    let textWidth = width - textX - padding
    guard textWidth > 0 else { throw LayoutError.blockTooNarrow(block: label, width: textWidth) }
    var chunks: [Chunk] = []
    for (index, row) in light.rows.enumerated() {
      var words = StackBuilder(y: padding)
      words.ops.append(.beginStructure(.paragraph))
      words.add(wrap(row.signs, width: textWidth, type: body), metrics: metrics, size: body.size, x: textX)
      words.ops += [.endStructure, .beginStructure(.paragraph)]
      words.add(
        wrap(row.action, width: textWidth, type: body, face: .bold), metrics: metrics, size: body.size,
        x: textX)
      words.ops.append(.endStructure)
      words.space(padding)
      let labelLines = wrap(
        row.label, width: labelWidth - 2 * style.cellPaddingX, type: body, face: .bold, color: .white)
      let labelHeight = Double(labelLines.count) * metrics.height
      let height = max(words.y, labelHeight + 2 * padding)
      var ops: [DrawOp] = [
        .box(Box(rect: Rect(x: 0, y: 0, width: labelWidth, height: height), fill: row.color, stroke: nil))
      ]
      var labelStack = StackBuilder(y: (height - labelHeight) / 2)
      for line in labelLines {
        labelStack.add([line], metrics: metrics, size: body.size, x: (labelWidth - line.width) / 2)
      }
      // Reading order: the label ("Green"), the signs, then what to do.
      ops += Self.tagged(labelStack.ops, .paragraph) + words.ops
      // A thin frame keeps rows distinct in greyscale; inset so the stroke stays inside.
      let inset = style.ruleWidth / 2
      ops.append(
        .box(
          Box(
            rect: Rect(x: inset, y: inset, width: width - 2 * inset, height: height - 2 * inset), fill: nil,
            stroke: .rule, lineWidth: style.ruleWidth)))
      var chunk = Chunk(height: height, ops: ops)
      if index > 0 { chunk.spaceBefore = style.trafficRowGap }
      chunks.append(chunk)
    }
    return Flow(
      label: label, chunks: chunks, spaceBefore: style.blockSpacing * 1.5,
      spaceAfter: style.blockSpacing * 1.5,
      keepTogether: !light.splitsBetweenRows, width: width)
  }

  // MARK: Log grid

  /// The log's table for half the width, in small type: each column as wide as its heading's
  /// longest word and its cells (a tick column as its box), the rest shared by the write-in
  /// columns, so no word breaks and no day label wraps.
  /// Nil when even that does not fit half the width: the log then stays in one column.
  func twoColumnLogTable(_ log: LogGridTable, width: Double) -> Table? {
    let size = style.type.small.size
    let padding = 2 * style.cellPaddingX
    func longestWord(_ text: String, _ face: FontFace) -> Double {
      text.split(separator: " ").map { setter.measurer.width(of: String($0), face: face, size: size) }.max()
        ?? 0
    }
    let rows = log.rows(tick: "")
    var widths = log.header.map { longestWord($0, .bold) + padding }
    for row in rows {
      for (column, cell) in row.enumerated() where column < widths.count && !log.tickColumns.contains(column)
      {
        // A cell on one line ("Day 12"); a heading may wrap between its words.
        widths[column] = max(
          widths[column], setter.measurer.width(of: cell, face: .regular, size: size) + padding)
      }
    }
    for column in log.tickColumns where column < widths.count {
      widths[column] = max(widths[column], style.tickBoxSize + padding)
    }
    let half = ((width - style.cardZoneGap) / 2).rounded(.down)
    let spare = half - widths.reduce(0, +)
    guard spare >= 0, log.writeInColumns > 0 else { return nil }
    for column in (widths.count - log.writeInColumns)..<widths.count {
      widths[column] += spare / Double(log.writeInColumns)
    }
    return Table(header: log.header, rows: rows, columnWeights: widths, role: .small)
  }

  /// A log table in two columns side by side, as one unsplittable piece: the header and the first
  /// half of the days on the left, the header again (an artifact, as on a continued page) and the
  /// rest on the right. Tagged as one table, in day order.
  func twoColumnLogFlow(_ table: Table, width: Double, label: String, look: TableLook) throws -> Flow {
    let gap = style.cardZoneGap
    let half = ((width - gap) / 2).rounded(.down)
    let flow = try tableFlow(table, width: half, label: label, look: look)
    // chunks[0] is the header, then a row per day.
    let rows = flow.chunks.count - 1
    let leftRows = (rows + 1) / 2
    return try sideBySide(
      Array(flow.chunks.prefix(1 + leftRows)), flow.continuationHeader + flow.chunks.dropFirst(1 + leftRows),
      rightX: half + gap, label: label, spaceBefore: flow.spaceBefore, spaceAfter: flow.spaceAfter,
      width: width)
  }

  /// One table per week: Day | session tick boxes | the grid's columns; rows tall enough to write in.
  func logGridFlows(_ grid: LogGrid, width: Double, label: String) throws -> [Flow] {
    guard grid.weeks > 0 else { return [] }
    let log = LogGridTable(grid)
    let weights = [1.1] + log.sessionHeadings.map { _ in 0.8 } + grid.columns.map { _ in 1.6 }
    let table = Table(header: log.header, rows: log.rows(tick: ""), columnWeights: weights)
    if let days = grid.days {
      // One table of `days` rows, in rows still tall enough to write in, so 4 weeks fit one page.
      guard days > 0 else { return [] }
      let look = TableLook(minRowHeight: style.compactLogRowHeight, grid: true, tickColumns: log.tickColumns)
      if grid.twoColumns, days > 1, let narrow = twoColumnLogTable(log, width: width) {
        return [try twoColumnLogFlow(narrow, width: width, label: label, look: look)]
      }
      return [try tableFlow(table, width: width, label: label, look: look)]
    }
    let look = TableLook(minRowHeight: style.logRowHeight, grid: true, tickColumns: log.tickColumns)
    var flows: [Flow] = []
    for (index, weekTitle) in log.weekTitles.enumerated() {
      let weekLabel = "\(label), week \(index + 1)"
      var flow = try tableFlow(table, width: width, label: weekLabel, look: look)
      var title = Self.tagged(
        [
          linesChunk(wrap(weekTitle, width: width, type: style.type.body, face: .bold), type: style.type.body)
        ],
        .paragraph)[0]
      title.spaceBefore = 0
      flow.chunks[0].spaceBefore = style.listItemSpacing
      flow.chunks[0].breakBefore = false
      flow.chunks.insert(title, at: 0)
      flow.keepTogether = flow.totalHeight <= available
      flows.append(flow)
    }
    return flows
  }
}
