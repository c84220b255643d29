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
      stack.add(
        wrap(band.overline, width: textWidth, type: style.type.small, color: ink),
        metrics: setter.metrics(style.type.small), size: style.type.small.size)
      stack.space(style.bandLineGap)
    }
    stack.add(
      wrap(band.title, width: textWidth, type: style.type.title, face: .bold, color: ink),
      metrics: setter.metrics(style.type.title), size: style.type.title.size)
    if !band.lines.isEmpty {
      stack.space(style.bandLineGap)
      for line in band.lines {
        stack.add(
          wrap(line, width: textWidth, type: style.type.body, color: ink),
          metrics: setter.metrics(style.type.body),
          size: style.type.body.size)
      }
    }
    stack.space(padding)
    if let path = band.logoPath, hasLogo {
      stack.ops.append(
        .image(
          ImagePlacement(
            rect: Rect(x: width - style.logoSize, y: padding, width: style.logoSize, height: style.logoSize),
            path: path)))
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
    let body = style.type.body
    let metrics = setter.metrics(body)
    let padding = style.cellPaddingX * 2
    let labelWidth = min(style.trafficLabelWidth, width / 3)
    let textX = labelWidth + padding
    let textWidth = width - textX - padding
    guard textWidth > 0 else { throw LayoutError.blockTooNarrow(block: label, width: textWidth) }
    var chunks: [Chunk] = []
    for (index, row) in light.rows.enumerated() {
      var words = StackBuilder(y: padding)
      words.add(wrap(row.signs, width: textWidth, type: body), metrics: metrics, size: body.size, x: textX)
      words.add(
        wrap(row.action, width: textWidth, type: body, face: .bold), metrics: metrics, size: body.size,
        x: textX)
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
      ops += labelStack.ops + words.ops
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
      keepTogether: true, width: width)
  }

  // MARK: Log grid

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
      return [try tableFlow(table, width: width, label: label, look: look)]
    }
    let look = TableLook(minRowHeight: style.logRowHeight, grid: true, tickColumns: log.tickColumns)
    var flows: [Flow] = []
    for (index, weekTitle) in log.weekTitles.enumerated() {
      let weekLabel = "\(label), week \(index + 1)"
      var flow = try tableFlow(table, width: width, label: weekLabel, look: look)
      var title = linesChunk(
        wrap(weekTitle, width: width, type: style.type.body, face: .bold), type: style.type.body)
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
