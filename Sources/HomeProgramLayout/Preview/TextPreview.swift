import HomeProgramDocument

/// Renders a `Document` as plain text: the same handout as the PDF, wrapped at a column width.
///
/// The title band is a centred block, headings are underlined (`===` for sections, `---` for sub
/// headings), tables are aligned columns, callouts are boxes of `| ` lines under `[ TITLE ]`,
/// figures are their captions (in the document's words, `LayoutWords.figure`). Output is deterministic, has no trailing spaces and ends with a
/// newline.
public enum TextPreview {
  /// The narrowest width rendered; smaller widths are raised to this.
  public static let minimumWidth = 20

  /// Renders `document` wrapped at `width` columns (at least `minimumWidth`).
  public static func render(_ document: Document, width: Int = 80) -> String {
    let width = max(width, minimumWidth)
    var lines = render(document.blocks, width: width, words: document.words)
    // Control characters are dropped, as in the PDF (and so none reaches a terminal).
    lines = lines.map { $0.removingControlCharacters().trimmingTrailingSpaces() }
    var output: [String] = []
    for line in lines where !(line.isEmpty && (output.last?.isEmpty ?? true)) {
      output.append(line)
    }
    while output.last?.isEmpty == true { output.removeLast() }
    return output.joined(separator: "\n") + "\n"
  }

  /// Renders blocks separated by blank lines.
  static func render(_ blocks: [Block], width: Int, words: LayoutWords) -> [String] {
    var lines: [String] = []
    for block in blocks {
      let rendered = render(block, width: width, words: words)
      guard !rendered.isEmpty else { continue }
      if !lines.isEmpty { lines.append("") }
      lines += rendered
    }
    return lines
  }

  /// Renders one block (without surrounding blank lines); `words` names its figures.
  static func render(_ block: Block, width: Int, words: LayoutWords) -> [String] {
    switch block {
    case .heading(let heading):
      let lines = PlainWrap.wrap(heading.text, width: width)
      let rule = heading.level <= 1 ? "=" : "-"
      return lines + [String(repeating: rule, count: lines.map(\.count).max() ?? 0)]
    case .paragraph(let paragraph):
      return PlainWrap.wrap(plain(paragraph.runs), width: width)
    case .list(let list):
      return listLines(list.items.map(plain), ordered: list.ordered, width: width)
    case .table(let table):
      return tableLines(header: table.header, rows: table.rows, width: width)
    case .callout(let callout):
      let prefix = callout.kind == .emergency ? "! " : "| "
      let title = "[ " + callout.title.uppercased() + " ]"
      return PlainWrap.wrap(title, width: width)
        + render(callout.body, width: width - prefix.count, words: words).map { prefix + $0 }
    case .exerciseCard(let card):
      return cardLines(card, width: width, words: words)
    case .figure(let figure):
      return PlainWrap.wrap(words.figure(caption: figure.caption), width: width)
    case .figureRow(let row):
      let caption =
        row.figure.caption.isEmpty
        ? [] : PlainWrap.wrap(words.figure(caption: row.figure.caption), width: width)
      return caption + render(row.body, width: width, words: words)
    case .keepTogether(let blocks):
      return render(blocks, width: width, words: words)
    case .pageBreak, .sectionBreak, .spacer:
      return []
    case .titleBand(let band):
      var lines: [String] = []
      if !band.overline.isEmpty { lines += PlainWrap.wrap(band.overline, width: width) }
      let title = PlainWrap.wrap(band.title, width: width)
      lines += title + [String(repeating: "=", count: title.map(\.count).max() ?? 0)]
      for line in band.lines { lines += PlainWrap.wrap(line, width: width) }
      return lines.map { PlainWrap.center($0, width: width) }
    case .trafficLight(let light):
      let labelWidth = light.rows.map(\.label.count).max() ?? 0
      var lines: [String] = []
      for row in light.rows {
        let first = PlainWrap.pad(row.label, to: labelWidth) + " — "
        let rest = String(repeating: " ", count: first.count)
        lines += PlainWrap.wrap(row.signs, width: width, first: first, rest: rest)
        lines += PlainWrap.wrap("→ " + row.action, width: width, first: rest, rest: rest + "  ")
      }
      return lines
    case .logGrid(let grid):
      return logLines(grid, width: width)
    }
  }

  /// The plain text of inline runs; a link's target follows it in brackets unless already shown.
  static func plain(_ runs: [InlineRun]) -> String {
    runs.map { run in
      guard let link = run.link else { return run.text }
      let target = link.split(separator: ":", maxSplits: 1).last.map(String.init) ?? link
      return run.text.contains(target.trimmingPrefix("//")) ? run.text : run.text + " (" + link + ")"
    }.joined()
  }

  /// Numbered or bulleted items with a hanging indent.
  static func listLines(_ items: [String], ordered: Bool, width: Int, indent: String = "") -> [String] {
    let markers = items.indices.map { ordered ? "\($0 + 1). " : "• " }
    let markerWidth = markers.map(\.count).max() ?? 0
    return items.indices.flatMap { index in
      PlainWrap.wrap(
        items[index], width: width, first: indent + PlainWrap.pad(markers[index], to: markerWidth),
        rest: indent + String(repeating: " ", count: markerWidth))
    }
  }
}
