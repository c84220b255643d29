import HomeProgramDocument
import HomeProgramModel

extension LayoutEngine {
  /// What joins the footer's parts.
  static let footerSeparator = " · "

  /// The footer text for a page: leading parts · the page number (in `words`) · trailing parts.
  static func footerParts(_ footer: RunningFooter, words: LayoutWords, pageIndex: Int, pageCount: Int)
    -> [String]
  {
    footer.leading.filter { !$0.isEmpty } + [words.pageNumber(index: pageIndex, count: pageCount)]
      + footer.trailing.filter { !$0.isEmpty }
  }

  /// Shortens `parts` joined with " · " to fit `width`: the longest part other than the page
  /// number loses characters first (marked "…"), and the page number is cut only as a last resort.
  static func fitFooter(
    _ parts: [String], pageNumberIndex: Int, width: Double, measure: (String) -> Double
  ) -> String {
    let separator = footerSeparator
    var parts = parts
    var text = parts.joined(separator: separator)
    while measure(text) > width {
      let candidates = parts.indices.filter { $0 != pageNumberIndex && parts[$0].count > 1 }
      guard let longest = candidates.max(by: { parts[$0].count < parts[$1].count }) else { break }
      var part = parts[longest]
      if part.hasSuffix("…") { part.removeLast() }
      part.removeLast()
      parts[longest] = part.trimmingTrailingSpaces() + "…"
      text = parts.joined(separator: separator)
    }
    while measure(text) > width, text.count > 1 {
      if text.hasSuffix("…") { text.removeLast() }
      text.removeLast()
      text += "…"
    }
    return text
  }

  /// The footer's lines: one when it fits `width`; else, when `twoLines` allows, the parts up to
  /// the page number on the first line and the trailing ones (the record stamp) on a second, so
  /// that no name loses its end (large print with a long clinic name); each line shortened by
  /// `fitFooter` only if it still does not fit.
  static func footerLines(
    _ parts: [String], pageNumberIndex: Int, width: Double, twoLines: Bool, measure: (String) -> Double
  ) -> [String] {
    // Measured once: a footer that fits (nearly every page) is not measured again by `fitFooter`.
    let whole = parts.joined(separator: footerSeparator)
    if measure(whole) <= width { return [whole] }
    let split = min(pageNumberIndex + 1, parts.count)
    guard twoLines, split < parts.count else {
      return [fitFooter(parts, pageNumberIndex: pageNumberIndex, width: width, measure: measure)]
    }
    return [
      fitFooter(Array(parts[..<split]), pageNumberIndex: pageNumberIndex, width: width, measure: measure),
      fitFooter(Array(parts[split...]), pageNumberIndex: -1, width: width, measure: measure),
    ]
  }

  /// The footer ops for one page, centred in the bottom margin: one line, or two when one would
  /// cut a name and the margin holds two with room to spare.
  func footerOps(
    pageIndex: Int, pageCount: Int, footer: RunningFooter, words: LayoutWords, page: PageSpec,
    style: LayoutStyle, setter: TextSetter
  ) -> [DrawOp] {
    let type = style.type.footer
    let region = page.footerRect
    let ascent = setter.measurer.ascent(face: .regular, size: type.size)
    let descent = setter.measurer.descent(face: .regular, size: type.size)
    // Two lines, centred, keep at least half a line's height clear above them, below the content.
    let twoLinesHeight = ascent + type.leading + descent
    let lines = Self.footerLines(
      Self.footerParts(footer, words: words, pageIndex: pageIndex, pageCount: pageCount),
      pageNumberIndex: footer.leading.filter { !$0.isEmpty }.count, width: region.width,
      twoLines: twoLinesHeight + type.leading <= region.height
    ) { setter.measurer.width(of: $0, face: .regular, size: type.size) }
    let height = ascent + Double(lines.count - 1) * type.leading + descent
    var baseline = region.minY + (region.height - height) / 2 + ascent
    var ops: [DrawOp] = [.beginArtifact(.pagination)]
    for text in lines {
      let width = setter.measurer.width(of: text, face: .regular, size: type.size)
      ops.append(
        .text(
          TextRun(
            origin: Point(x: region.minX + (region.width - width) / 2, y: baseline), text: text,
            face: .regular, size: type.size, color: .secondaryText, width: width)))
      baseline += type.leading
    }
    ops.append(.endArtifact)
    return ops
  }
}
