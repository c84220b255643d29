import HomeProgramDocument
import HomeProgramModel

/// A review sheet of every catalogue entry's figure, large enough to judge, with its id, name,
/// starting position and first step beside it (so a reviewer can check the drawing against the
/// words), in a grid laid out directly as pages (no flowing text), for `homeprogram catalogue sheet`.
public struct ContactSheet: Sendable {
  /// Figures across a page.
  public var columns: Int
  /// Rows of figures on a page.
  public var rows: Int
  /// The paper and margins.
  public var page: PageSpec
  /// The colour of the working limbs.
  public var accent: RGBColor

  /// A sheet of `columns` × `rows` figures per page (by default one figure a row, six a page).
  public init(columns: Int = 1, rows: Int = 6, page: PageSpec = .letter, accent: RGBColor = .defaultAccent) {
    self.columns = max(columns, 1)
    self.rows = max(rows, 1)
    self.page = page
    self.accent = accent
  }

  static let titleSize = 11.0
  static let nameSize = 10.0
  /// The starting position and first step.
  static let textSize = 8.5
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
    let setter = TextSetter(measurer: measurer)
    let textAscent = measurer.ascent(face: .regular, size: Self.textSize)
    let textDescent = measurer.descent(face: .regular, size: Self.textSize)
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
        // The figure at an exercise card's proportions, so the sheet shows what patients see,
        // on the left; the words on the right.
        let figureWidth = min(cell.width * 0.55, (cell.height - 8) * Self.cardAspect)
        let figure = Rect(
          x: cell.x + 4, y: cell.y + (cell.height - figureWidth / Self.cardAspect) / 2, width: figureWidth,
          height: figureWidth / Self.cardAspect)
        ops += [
          .beginStructure(.division), .beginStructure(.figure(alt: entry.alt ?? entry.name)),
          .figure(FigurePlacement(rect: figure, key: entry.id, side: nil, accent: accent)), .endStructure,
        ]
        let textX = figure.maxX + 8
        let textWidth = cell.maxX - 6 - textX
        var baseline = cell.y + 6 + Self.nameSize
        func line(_ text: String, face: FontFace, size: Double, color: RGBColor) {
          ops.append(
            .text(
              TextRun(
                origin: Point(x: textX, y: baseline), text: text, face: face, size: size, color: color,
                width: measurer.width(of: text, face: face, size: size))))
          baseline += size * 1.25
        }
        // The name, the starting position and the first step: each its own paragraph (`P`), so
        // that the tagged text reads them apart.
        ops.append(.beginStructure(.paragraph))
        line(
          Self.fitted(
            "\(entry.id)  \(entry.name)", width: textWidth, size: Self.nameSize, measurer: measurer),
          face: .bold, size: Self.nameSize, color: .text)
        ops.append(.endStructure)
        baseline += 2
        let paragraphs = [entry.start] + (entry.steps.first.map { ["1. " + $0] } ?? [])
        let lastBaseline = cell.maxY - 5
        // Wrapped as the handout wraps text: a line broken at a space keeps it (drawn at the
        // line's end), so text extracted from the sheet keeps its words apart.
        for paragraph in paragraphs {
          ops.append(.beginStructure(.paragraph))
          for text in setter.wrap(
            paragraph, width: textWidth, size: Self.textSize, face: .regular, color: .secondaryText)
          where baseline <= lastBaseline {
            ops += text.ops(
              x: textX, baseline: baseline, size: Self.textSize, ascent: textAscent, descent: textDescent)
            baseline += Self.textSize * 1.25
          }
          ops.append(.endStructure)
          baseline += 3
        }
        ops.append(.endStructure)
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
