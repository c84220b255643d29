import HomeProgramDocument

extension Block {
  /// A short description of the block for error messages: its kind and a hint of its content.
  package var summary: String {
    switch self {
    case .heading(let heading): "heading \(Self.quote(heading.text))"
    case .paragraph(let paragraph): "paragraph \(Self.quote(paragraph.runs.map(\.text).joined()))"
    case .list(let list): "\(list.ordered ? "numbered" : "bulleted") list of \(list.items.count) items"
    case .table(let table): "table (\(table.header.joined(separator: " | ")))"
    case .callout(let callout): "callout \(Self.quote(callout.title))"
    case .exerciseCard(let card): "exercise card \(card.id) \(Self.quote(card.name))"
    case .figure(let figure): "figure \(figure.key) \(Self.quote(figure.caption))"
    case .figureRow(let row): "figure row \(row.figure.key) with \(row.body.count) blocks"
    case .keepTogether(let blocks): "keep-together group of \(blocks.count) blocks"
    case .pageBreak: "page break"
    case .sectionBreak: "section break"
    case .spacer(let height): "spacer of \(height) pt"
    case .titleBand(let band): "title band \(Self.quote(band.title))"
    case .trafficLight: "traffic light"
    case .logGrid(let grid): "log grid of \(grid.weeks) weeks"
    }
  }

  private static func quote(_ text: String) -> String {
    let limit = 40
    let trimmed = text.count > limit ? String(text.prefix(limit)) + "…" : text
    return "\"" + trimmed + "\""
  }
}
