import HomeProgramDocument
import HomeProgramModel

extension TextPreview {
  /// Separator between table columns.
  static let columnGap = "  "

  /// Column widths: each column's longest cell, shrinking the widest column first until the
  /// table fits `width`.
  static func columnWidths(header: [String], rows: [[String]], width: Int) -> [Int] {
    var widths = header.indices.map { column in
      ([header[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 1
    }
    widths = widths.map { max($0, 1) }
    let available = width - columnGap.count * max(widths.count - 1, 0)
    while widths.reduce(0, +) > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
      widths[widest] > 1
    {
      widths[widest] -= 1
    }
    return widths
  }

  /// A table as aligned columns, header underlined with dashes; cells wrap within their column.
  static func tableLines(header: [String], rows: [[String]], width: Int) -> [String] {
    guard !header.isEmpty else { return [] }
    let widths = columnWidths(header: header, rows: rows, width: width)
    func rowLines(_ cells: [String]) -> [String] {
      let wrapped = widths.indices.map { column in
        PlainWrap.wrap(column < cells.count ? cells[column] : "", width: widths[column])
      }
      let height = wrapped.map(\.count).max() ?? 1
      return (0..<height).map { line in
        widths.indices.map { column in
          PlainWrap.pad(line < wrapped[column].count ? wrapped[column][line] : "", to: widths[column])
        }.joined(separator: columnGap)
      }
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: columnGap)
    return rowLines(header) + [rule] + rows.flatMap(rowLines)
  }

  /// An exercise card: name and label, purpose, dose, figure caption, start, steps, tips, avoid,
  /// the easy / flare line and cautions; its labels are the card's, its figure in `words`.
  static func cardLines(_ card: ExerciseCard, width: Int, words: LayoutWords) -> [String] {
    let name = card.categoryLabel.isEmpty ? card.name : card.name + "  (" + card.categoryLabel + ")"
    let title = PlainWrap.wrap(name, width: width)
    var lines = title + [String(repeating: "-", count: title.map(\.count).max() ?? 0)]
    if !card.purpose.isEmpty { lines += PlainWrap.wrap(card.purpose, width: width) }
    let doseIndent = String(repeating: " ", count: card.labels.dose.count + 2)
    lines += PlainWrap.wrap(card.doseLine, width: width, first: card.labels.dose + ": ", rest: doseIndent)
    if let note = card.doseNote, !note.isEmpty {
      lines += PlainWrap.wrap(note, width: width, first: doseIndent, rest: doseIndent)
    }
    if let note = card.therapistNote {
      lines += PlainWrap.wrap(
        card.labels.therapistNote + ": " + note, width: width, first: doseIndent, rest: doseIndent)
    }
    lines += PlainWrap.wrap(words.figure(caption: card.figure.caption), width: width)
    if !card.start.isEmpty {
      lines += PlainWrap.wrap(
        card.start, width: width, first: card.labels.start + ": ",
        rest: String(repeating: " ", count: card.labels.start.count + 2))
    }
    if !card.steps.isEmpty {
      lines += [card.labels.steps + ":"] + listLines(card.steps, ordered: true, width: width, indent: "  ")
    }
    if !card.cues.isEmpty {
      lines += [card.labels.tips + ":"] + listLines(card.cues, ordered: false, width: width, indent: "  ")
    }
    if !card.mistakes.isEmpty {
      lines +=
        [card.labels.avoid + ":"] + listLines(card.mistakes, ordered: false, width: width, indent: "  ")
    }
    // The builder writes the whole line ("When it feels easy → Bird dog"), in the clinic's words.
    let footer = [card.whenEasy, card.ifFlares].compactMap { $0 }.filter { !$0.isEmpty }
    if !footer.isEmpty { lines += PlainWrap.wrap(footer.joined(separator: " · "), width: width) }
    for caution in card.cautions {
      lines += PlainWrap.wrap(
        caution, width: width, first: card.labels.caution + ": ",
        rest: String(repeating: " ", count: card.labels.caution.count + 2))
    }
    return lines
  }

  /// One week of the log as a table, under the grid's line for one week or for several (repeat
  /// the table for each week).
  static func logLines(_ grid: LogGrid, width: Int) -> [String] {
    let log = LogGridTable(grid)
    if grid.days != nil {
      guard !log.dayLabels.isEmpty else { return [] }
      return tableLines(header: log.header, rows: log.rows(tick: "[ ]"), width: width)
    }
    guard grid.weeks > 0 else { return [] }
    let labels = grid.labels
    let note =
      grid.weeks == 1 ? labels.previewOneWeek : labels.previewWeeks.filled(["weeks": String(grid.weeks)])
    return PlainWrap.wrap(note, width: width) + [""]
      + tableLines(header: log.header, rows: log.rows(tick: "[ ]"), width: width)
  }
}
