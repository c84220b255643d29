import HomeProgramDocument
import HomeProgramModel

/// A review sheet of every catalogue entry's figure with its id and name, in a grid, laid out
/// directly as pages (no flowing text), for `homeprogram catalogue sheet`.
public struct ContactSheet: Sendable {
  /// Figures across a page.
  public var columns: Int
  /// Rows of figures on a page.
  public var rows: Int
  /// The paper and margins.
  public var page: PageSpec
  /// The colour of the working limbs.
  public var accent: RGBColor

  /// A sheet of `columns` × `rows` figures per page.
  public init(columns: Int = 3, rows: Int = 4, page: PageSpec = .letter, accent: RGBColor = .defaultAccent) {
    self.columns = max(columns, 1)
    self.rows = max(rows, 1)
    self.page = page
    self.accent = accent
  }

  static let titleSize = 11.0
  static let nameSize = 9.0
  static let gap = 10.0
  /// Width over height of an exercise card's figure zone.
  static let cardAspect = 1.85

  /// The pages for `catalogue`'s entries, in catalogue order.
  public func layout(_ catalogue: Catalogue, measurer: any TextMeasurer) -> LaidOutDocument {
    let content = page.contentRect
    let titleHeight = Self.titleSize * 2
    let perPage = columns * rows
    let entries = catalogue.entries
    let pageCount = max((entries.count + perPage - 1) / perPage, 1)
    let cellWidth = (content.width - Double(columns - 1) * Self.gap) / Double(columns)
    let cellHeight = (content.height - titleHeight - Double(rows - 1) * Self.gap) / Double(rows)
    let labelHeight = Self.nameSize * 2.8
    var pages: [LaidOutPage] = []
    for pageIndex in 0..<pageCount {
      let title = "\(catalogue.title) \(catalogue.version): figures, page \(pageIndex + 1) of \(pageCount)"
      // Tagged PDF: the first page's title is the sheet's heading, the others' repeat it.
      var ops: [DrawOp] = [
        pageIndex == 0 ? .beginStructure(.heading(level: 1)) : .beginArtifact(.pagination),
        .text(
          TextRun(
            origin: Point(x: content.x, y: content.y + Self.titleSize), text: title, face: .bold,
            size: Self.titleSize, color: .text,
            width: measurer.width(of: title, face: .bold, size: Self.titleSize))),
        pageIndex == 0 ? .endStructure : .endArtifact,
      ]
      let slice = entries.dropFirst(pageIndex * perPage).prefix(perPage)
      for (index, entry) in slice.enumerated() {
        let column = index % columns
        let row = index / columns
        let cell = Rect(
          x: content.x + Double(column) * (cellWidth + Self.gap),
          y: content.y + titleHeight + Double(row) * (cellHeight + Self.gap), width: cellWidth,
          height: cellHeight)
        ops.append(.box(Box(rect: cell, fill: nil, stroke: .rule, lineWidth: 0.5, cornerRadius: 4)))
        // The figure at an exercise card's proportions, so the sheet shows what patients see.
        let figureHeight = min(cell.height - labelHeight - 4, (cell.width - 8) / Self.cardAspect)
        let figure = Rect(
          x: cell.x + 4, y: cell.y + 4 + (cell.height - labelHeight - 4 - figureHeight) / 2,
          width: cell.width - 8, height: figureHeight)
        ops += [
          .beginStructure(.division), .beginStructure(.figure(alt: entry.name)),
          .figure(FigurePlacement(rect: figure, key: entry.id, side: nil, accent: accent)), .endStructure,
          .beginStructure(.paragraph),
        ]
        let baseline = cell.maxY - Self.nameSize * 0.9
        ops.append(
          .text(
            TextRun(
              origin: Point(x: cell.x + 6, y: baseline), text: entry.id, face: .bold, size: Self.nameSize,
              color: .text, width: measurer.width(of: entry.id, face: .bold, size: Self.nameSize))))
        let nameX = cell.x + 6 + measurer.width(of: entry.id + "  ", face: .bold, size: Self.nameSize)
        let name = Self.fitted(
          entry.name, width: cell.maxX - 6 - nameX, size: Self.nameSize, measurer: measurer)
        ops.append(
          .text(
            TextRun(
              origin: Point(x: nameX, y: baseline), text: name, face: .regular, size: Self.nameSize,
              color: .secondaryText, width: measurer.width(of: name, face: .regular, size: Self.nameSize))))
        ops += [.endStructure, .endStructure]
      }
      pages.append(LaidOutPage(ops: ops))
    }
    return LaidOutDocument(
      pageSize: page.size, pages: pages, outline: [],
      info: DocumentInfo(
        title: "\(catalogue.title): figures", author: "", subject: "Catalogue figure review",
        creator: "homeprogram"))
  }

  /// `text`, shortened with "…" until it fits `width`.
  static func fitted(_ text: String, width: Double, size: Double, measurer: any TextMeasurer) -> String {
    if measurer.width(of: text, face: .regular, size: size) <= width { return text }
    var shortened = text
    while !shortened.isEmpty {
      shortened.removeLast()
      let candidate = shortened.trimmingTrailingSpaces() + "…"
      if measurer.width(of: candidate, face: .regular, size: size) <= width { return candidate }
    }
    return ""
  }
}
