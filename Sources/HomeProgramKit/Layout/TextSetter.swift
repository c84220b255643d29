/// Greedy word wrap of styled inline runs against a measurer.
///
/// Words are never cut unless a single word is wider than a whole line; then it is broken by
/// characters (at least one per line, so wrapping always terminates). A newline forces a break.
struct TextSetter: Sendable {
  let measurer: any TextMeasurer
  /// Paragraphs already wrapped with this measurer (nil: wrap every time).
  var cache: WrapCache? = nil

  /// A styled piece of one word.
  private struct Piece {
    var text: String
    var style: InlineStyle
    var width: Double
  }

  /// A word and the whitespace that follows it.
  private struct Word {
    var pieces: [Piece] = []
    var width: Double = 0
    /// Style of the space after the word (the run the space came from).
    var spaceStyle: InlineStyle?
  }

  private enum Token {
    case word(Word)
    case newline
  }

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
    let tokens = tokenize(runs, size: size, baseBold: baseBold, color: color, linkColor: linkColor)
    var lines: [TextLine] = []
    var current: [Word] = []
    var currentWidth = 0.0

    func flush() {
      lines.append(line(from: current, size: size))
      current = []
      currentWidth = 0
    }

    for token in tokens {
      switch token {
      case .newline:
        flush()
      case .word(let word):
        if let last = current.last {
          let space = spaceWidth(after: last, size: size)
          if currentWidth + space + word.width <= width + 1e-9 {
            current.append(word)
            currentWidth += space + word.width
            continue
          }
          flush()
        }
        if word.width <= width + 1e-9 {
          current = [word]
          currentWidth = word.width
        } else {
          var parts = breakWord(word, width: width, size: size)
          let tail = parts.removeLast()
          for part in parts { lines.append(line(from: [part], size: size)) }
          current = [tail]
          currentWidth = tail.width
        }
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

  private func tokenize(
    _ runs: [InlineRun], size: Double, baseBold: Bool, color: RGBColor, linkColor: RGBColor
  ) -> [Token] {
    var tokens: [Token] = []
    var word = Word()
    /// Adds the characters of one run that belong to the current word, as one piece (or onto the
    /// last piece when the style is the same).
    func append(_ text: Substring, style: InlineStyle) {
      if let last = word.pieces.last, last.style == style {
        word.pieces[word.pieces.count - 1].text += text
      } else {
        word.pieces.append(Piece(text: String(text), style: style, width: 0))
      }
    }
    func finishWord(spaceStyle: InlineStyle?) {
      guard !word.pieces.isEmpty else { return }
      for index in word.pieces.indices {
        let piece = word.pieces[index]
        word.pieces[index].width = measurer.width(of: piece.text, face: piece.style.face, size: size)
      }
      word.width = word.pieces.reduce(0) { $0 + $1.width }
      word.spaceStyle = spaceStyle
      tokens.append(.word(word))
      word = Word()
    }
    for run in runs {
      let style = InlineStyle(
        face: InlineStyle.face(for: run.emphasis, baseBold: baseBold),
        color: run.link == nil ? color : linkColor,
        link: run.link)
      let text = run.text
      // Characters are classified one by one, but a word's characters are copied as one slice.
      // An ASCII byte followed by another (or the end) is a whole character, classified from the
      // byte; anything else goes through Swift's characters and Unicode properties. The answers
      // are the same: tab to carriage return and space are white space, line feed to carriage
      // return are newlines, and "\r\n" is one newline.
      let utf8 = text.utf8
      var position = text.startIndex
      var wordStart: String.Index?
      while position < utf8.endIndex {
        let byte = utf8[position]
        var next = utf8.index(after: position)
        let isNewline: Bool
        let isWhitespace: Bool
        if byte < 0x80 && (next == utf8.endIndex || utf8[next] < 0x80) {
          if byte == 0x0D && next < utf8.endIndex && utf8[next] == 0x0A { next = utf8.index(after: next) }
          isNewline = byte >= 0x0A && byte <= 0x0D
          isWhitespace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        } else {
          let character = text[position]
          next = text.index(after: position)
          isNewline = character.isNewline
          isWhitespace = character.isWhitespace
        }
        if isNewline || isWhitespace {
          if let start = wordStart {
            append(text[start..<position], style: style)
            wordStart = nil
          }
          if isNewline {
            finishWord(spaceStyle: nil)
            tokens.append(.newline)
          } else {
            if word.pieces.isEmpty, case .word(var previous) = tokens.last, previous.spaceStyle == nil {
              previous.spaceStyle = style
              tokens[tokens.count - 1] = .word(previous)
            }
            finishWord(spaceStyle: style)
          }
        } else if wordStart == nil {
          wordStart = position
        }
        position = next
      }
      if let start = wordStart { append(text[start...], style: style) }
    }
    finishWord(spaceStyle: nil)
    return tokens
  }

  private func spaceWidth(after word: Word, size: Double) -> Double {
    let face = word.spaceStyle?.face ?? word.pieces.last?.style.face ?? .regular
    return measurer.width(of: " ", face: face, size: size)
  }

  /// Splits an over-wide word into parts that each fit `width` (at least one character each).
  private func breakWord(_ word: Word, width: Double, size: Double) -> [Word] {
    var parts: [Word] = []
    var part = Word()
    for piece in word.pieces {
      for character in piece.text {
        let characterWidth = measurer.width(of: String(character), face: piece.style.face, size: size)
        if !part.pieces.isEmpty, part.width + characterWidth > width + 1e-9 {
          parts.append(part)
          part = Word()
        }
        if let last = part.pieces.last, last.style == piece.style {
          part.pieces[part.pieces.count - 1].text.append(character)
          part.pieces[part.pieces.count - 1].width += characterWidth
        } else {
          part.pieces.append(Piece(text: String(character), style: piece.style, width: characterWidth))
        }
        part.width += characterWidth
      }
    }
    part.spaceStyle = word.spaceStyle
    parts.append(part)
    return parts
  }

  /// Builds a line from words, merging neighbouring pieces of the same style into segments.
  private func line(from words: [Word], size: Double) -> TextLine {
    var merged: [(text: String, style: InlineStyle)] = []
    var fitWidth = 0.0
    func add(_ text: String, _ style: InlineStyle) {
      if let last = merged.last, last.style == style {
        merged[merged.count - 1].text += text
      } else {
        merged.append((text, style))
      }
    }
    for (index, word) in words.enumerated() {
      if index > 0 {
        let previous = words[index - 1]
        let style = previous.spaceStyle ?? previous.pieces.last?.style ?? word.pieces[0].style
        add(" ", style)
        fitWidth += spaceWidth(after: previous, size: size)
      }
      for piece in word.pieces { add(piece.text, piece.style) }
      fitWidth += word.width
    }
    var x = 0.0
    var segments: [TextLine.Segment] = []
    for (text, style) in merged {
      let width = measurer.width(of: text, face: style.face, size: size)
      segments.append(TextLine.Segment(text: text, style: style, x: x, width: width))
      x += width
    }
    return TextLine(segments: segments, width: max(fitWidth, x))
  }
}
