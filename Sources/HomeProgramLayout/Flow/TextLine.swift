import HomeProgramModel

/// One wrapped line of inline text, ready to place: styled segments with x offsets from the line start.
struct TextLine: Sendable, Equatable {
  /// A run of one style within the line.
  struct Segment: Sendable, Equatable {
    var text: String
    var style: InlineStyle
    var x: Double
    var width: Double
  }

  var segments: [Segment]
  /// The line's width as measured for wrapping.
  var width: Double
  /// True when the wrap broke the text at a space after this line: the space is drawn at the
  /// line's end (invisible), so that text extracted from the PDF, and a screen reader reading the
  /// tagged text, keep the words apart.
  var breaksAtSpace = false

  /// The plain text of the line.
  var text: String { segments.map(\.text).joined() }

  /// Text runs and link areas for the line with its start at `x` and its baseline at `baseline`.
  ///
  /// Adjacent segments linking to the same URL share one link area; each link's runs and area are
  /// bracketed as one `Link` structure element.
  func ops(x: Double, baseline: Double, size: Double, ascent: Double, descent: Double) -> [DrawOp] {
    var ops: [DrawOp] = []
    var link: LinkArea?
    func closeLink() {
      guard let open = link else { return }
      ops += [.link(open), .endStructure]
      link = nil
    }
    for (index, segment) in segments.enumerated() {
      let drawn = breaksAtSpace && index == segments.count - 1 ? segment.text + " " : segment.text
      let rect = Rect(x: x + segment.x, y: baseline - ascent, width: segment.width, height: ascent + descent)
      if let url = segment.style.link, let open = link, open.url == url,
        abs(open.rect.maxX - rect.minX) < 0.01
      {
        link?.rect.width += rect.width
        link?.text += segment.text
      } else {
        closeLink()
        if let url = segment.style.link {
          ops.append(.beginStructure(.link))
          link = LinkArea(rect: rect, url: url, text: segment.text)
        }
      }
      ops.append(
        .text(
          TextRun(
            origin: Point(x: x + segment.x, y: baseline), text: drawn, face: segment.style.face,
            size: size, color: segment.style.color, width: segment.width)))
    }
    closeLink()
    return ops
  }
}
