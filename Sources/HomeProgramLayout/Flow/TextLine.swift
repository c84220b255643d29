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

  /// The plain text of the line.
  var text: String { segments.map(\.text).joined() }

  /// Text runs and link areas for the line with its start at `x` and its baseline at `baseline`.
  func ops(x: Double, baseline: Double, size: Double, ascent: Double, descent: Double) -> [DrawOp] {
    var ops: [DrawOp] = []
    var links: [LinkArea] = []
    for segment in segments {
      ops.append(
        .text(
          TextRun(
            origin: Point(x: x + segment.x, y: baseline), text: segment.text, face: segment.style.face,
            size: size, color: segment.style.color, width: segment.width)))
      guard let url = segment.style.link else { continue }
      let rect = Rect(x: x + segment.x, y: baseline - ascent, width: segment.width, height: ascent + descent)
      if let last = links.last, last.url == url, abs(last.rect.maxX - rect.minX) < 0.01 {
        links[links.count - 1].rect.width += rect.width
        links[links.count - 1].text += segment.text
      } else {
        links.append(LinkArea(rect: rect, url: url, text: segment.text))
      }
    }
    return ops + links.map { DrawOp.link($0) }
  }
}
