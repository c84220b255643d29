import HomeProgramDocument
import HomeProgramModel

extension FlowBuilder {
  /// How a table is drawn beyond its cells.
  struct TableLook: Sendable {
    /// Minimum row height (log grids: room for handwriting).
    var minRowHeight: Double = 0
    /// Vertical rules between all columns (log grids).
    var grid = false
    /// Columns whose empty cells get a tick box.
    var tickColumns: Set<Int> = []
  }

  /// Column widths from weights, checked against the table's shape.
  func columnWidths(_ table: Table, width: Double, label: String) throws -> [Double] {
    let columns = table.header.count
    guard columns > 0 else {
      throw LayoutError.invalidTable(block: label, reason: "it has no header columns")
    }
    let weights = table.columnWeights.isEmpty ? Array(repeating: 1.0, count: columns) : table.columnWeights
    guard weights.count == columns else {
      throw LayoutError.invalidTable(
        block: label, reason: "it has \(columns) columns but \(weights.count) column weights")
    }
    guard weights.allSatisfy({ $0.isFinite && $0 > 0 }) else {
      throw LayoutError.invalidTable(block: label, reason: "column weights must be positive numbers")
    }
    if let row = table.rows.firstIndex(where: { $0.count > columns }) {
      throw LayoutError.invalidTable(
        block: label,
        reason: "row \(row + 1) has \(table.rows[row].count) cells but the header has \(columns)")
    }
    let total = weights.reduce(0, +)
    let widths = weights.map { $0 / total * width }
    if let narrowest = widths.min(), narrowest - 2 * style.cellPaddingX <= 0 {
      throw LayoutError.blockTooNarrow(block: label, width: narrowest - 2 * style.cellPaddingX)
    }
    return widths
  }

  /// One table row as a chunk: wrapped cells, optional fill, rules.
  func rowChunk(
    _ cells: [String], widths: [Double], type: TypeSize, header: Bool, look: TableLook
  ) -> Chunk {
    let metrics = setter.metrics(type)
    let wrapped = widths.indices.map { column in
      let text = column < cells.count ? cells[column] : ""
      return wrap(
        text, width: widths[column] - 2 * style.cellPaddingX, type: type, face: header ? .bold : .regular)
    }
    let tallest = wrapped.map(\.count).max() ?? 0
    let height = max(Double(max(tallest, 1)) * metrics.height + 2 * style.cellPaddingY, look.minRowHeight)
    let width = widths.reduce(0, +)
    var ops: [DrawOp] = []
    if header {
      ops.append(
        .box(
          Box(
            rect: Rect(x: 0, y: 0, width: width, height: height), fill: accent.tint(style.headerTint),
            stroke: nil)))
      ops.append(rule(from: Point(x: 0, y: 0), to: Point(x: width, y: 0)))
    }
    var x = 0.0
    ops.append(.beginStructure(.tableRow))
    for (column, lines) in wrapped.enumerated() {
      var stack = StackBuilder(y: style.cellPaddingY)
      stack.add(lines, metrics: metrics, size: type.size, x: x + style.cellPaddingX)
      ops += Self.tagged(stack.ops, header ? .headerCell : .dataCell)
      if !header, lines.isEmpty, look.tickColumns.contains(column) {
        let side = min(
          style.tickBoxSize, height - 2 * style.cellPaddingY, widths[column] - 2 * style.cellPaddingX)
        if side > 0 {
          ops.append(
            .box(
              Box(
                rect: Rect(
                  x: x + (widths[column] - side) / 2, y: (height - side) / 2, width: side, height: side),
                fill: nil, stroke: .secondaryText, lineWidth: style.ruleWidth)))
        }
      }
      x += widths[column]
    }
    ops.append(.endStructure)
    ops.append(rule(from: Point(x: 0, y: height), to: Point(x: width, y: height)))
    if look.grid {
      var edge = 0.0
      for columnWidth in [0] + widths {
        edge += columnWidth
        ops.append(rule(from: Point(x: edge, y: 0), to: Point(x: edge, y: height)))
      }
    }
    return Chunk(height: height, ops: ops)
  }

  /// A thin grey rule.
  func rule(from: Point, to: Point) -> DrawOp {
    .line(LineSegment(from: from, to: to, width: style.ruleWidth, color: .rule))
  }

  /// A table that splits by rows, repeating its header row on each continuation.
  func tableFlow(_ table: Table, width: Double, label: String, look: TableLook = TableLook()) throws -> Flow {
    let widths = try columnWidths(table, width: width, label: label)
    let type = style.type.size(for: table.role)
    let header = rowChunk(table.header, widths: widths, type: type, header: true, look: look)
    var rows = table.rows.map { rowChunk($0, widths: widths, type: type, header: false, look: look) }
    if !rows.isEmpty { rows[0].breakBefore = false }
    return Flow(
      label: label, chunks: Self.tagged([header] + rows, .table), spaceBefore: style.blockSpacing,
      spaceAfter: style.blockSpacing, continuationHeader: Self.artifacts([header]), width: width)
  }
}
