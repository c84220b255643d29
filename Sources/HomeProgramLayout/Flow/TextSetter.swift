import HomeProgramDocument
import HomeProgramModel

/// Greedy word wrap of styled inline runs against a measurer.
///
/// Words are never cut unless a single word is wider than a whole line; then it is broken by
/// characters (at least one per line, so wrapping always terminates). A newline forces a break.
struct TextSetter: Sendable {
  let measurer: any TextMeasurer
  /// Paragraphs already wrapped with this measurer (nil: wrap every time).
  var cache: WrapCache? = nil

  /// The vertical metrics of a line of `type` text.
  struct LineMetrics: Sendable, Equatable {
    var height: Double
    var baseline: Double
    var ascent: Double
    var descent: Double
  }

  /// Line height (at least the leading and at least the glyph extent) and the baseline offset, for `face`.
  func metrics(_ type: TypeSize, face: FontFace = .regular) -> LineMetrics {
    let ascent = measurer.ascent(face: face, size: type.size)
    let descent = measurer.descent(face: face, size: type.size)
    let height = max(type.leading, ascent + descent)
    return LineMetrics(
      height: height, baseline: (height - ascent - descent) / 2 + ascent, ascent: ascent, descent: descent)
  }

  /// Wraps `runs` to `width` at `size`; `baseBold` makes normal runs bold (headings, table headers).
  func wrap(
    _ runs: [InlineRun], width: Double, size: Double, baseBold: Bool = false, color: RGBColor,
    linkColor: RGBColor
  ) -> [TextLine] {
    guard let cache else {
      return setLines(runs, width: width, size: size, baseBold: baseBold, color: color, linkColor: linkColor)
    }
    let key = WrapCache.Key(
      runs: runs, width: width, size: size, baseBold: baseBold, color: color, linkColor: linkColor)
    if let lines = cache.lines(for: key) { return lines }
    let lines = setLines(
      runs, width: width, size: size, baseBold: baseBold, color: color, linkColor: linkColor)
    cache.store(lines, for: key)
    return lines
  }

  /// The greedy wrap itself (see `wrap(_:width:size:baseBold:color:linkColor:)`).
  private func setLines(
    _ runs: [InlineRun], width: Double, size: Double, baseBold: Bool, color: RGBColor, linkColor: RGBColor
  ) -> [TextLine] {
    var words = WordList(
      runs, measurer: measurer, size: size, baseBold: baseBold, color: color, linkColor: linkColor)
    var lines: [TextLine] = []
    var current: [WordList.Word] = []
    var currentWidth = 0.0

    func flush(atSpace: Bool = false) {
      var line = words.line(from: current)
      line.breaksAtSpace = atSpace
      lines.append(line)
      current.removeAll(keepingCapacity: true)
      currentWidth = 0
    }

    for token in words.tokens {
      guard let word = token else {
        flush()
        continue
      }
      if let last = current.last {
        let space = words.spaceWidth(after: last)
        if currentWidth + space + word.width <= width + 1e-9 {
          current.append(word)
          currentWidth += space + word.width
          continue
        }
        flush(atSpace: true)
      }
      if word.width <= width + 1e-9 {
        current.append(word)
        currentWidth = word.width
      } else {
        var parts = words.breakWord(word, width: width)
        let tail = parts.removeLast()
        for part in parts { lines.append(words.line(from: [part])) }
        current.append(tail)
        currentWidth = tail.width
      }
    }
    if !current.isEmpty { flush() }
    return lines
  }

  /// Convenience: wraps a plain string in one style.
  func wrap(_ text: String, width: Double, size: Double, face: FontFace, color: RGBColor) -> [TextLine] {
    let emphasis: Emphasis =
      switch face {
      case .regular, .bold: .normal
      case .oblique, .boldOblique: .italic
      }
    let bold = face == .bold || face == .boldOblique
    return wrap(
      [InlineRun(text, emphasis)], width: width, size: size, baseBold: bold, color: color, linkColor: color)
  }
}
