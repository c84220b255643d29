import HomeProgramDocument
import HomeProgramModel

extension LayoutEngine {
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
    let separator = " · "
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

  /// The footer ops for one page, centred in the bottom margin.
  func footerOps(
    pageIndex: Int, pageCount: Int, footer: RunningFooter, words: LayoutWords, page: PageSpec,
    style: LayoutStyle, setter: TextSetter
  ) -> [DrawOp] {
    let type = style.type.footer
    let region = page.footerRect
    let text = Self.fitFooter(
      Self.footerParts(footer, words: words, pageIndex: pageIndex, pageCount: pageCount),
      pageNumberIndex: footer.leading.filter { !$0.isEmpty }.count, width: region.width
    ) { setter.measurer.width(of: $0, face: .regular, size: type.size) }
    let width = setter.measurer.width(of: text, face: .regular, size: type.size)
    let ascent = setter.measurer.ascent(face: .regular, size: type.size)
    let descent = setter.measurer.descent(face: .regular, size: type.size)
    let baseline = region.minY + (region.height + ascent - descent) / 2
    return [
      .beginArtifact(.pagination),
      .text(
        TextRun(
          origin: Point(x: region.minX + (region.width - width) / 2, y: baseline), text: text, face: .regular,
          size: type.size, color: .secondaryText, width: width)),
      .endArtifact,
    ]
  }
}
