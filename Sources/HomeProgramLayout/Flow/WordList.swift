import HomeProgramDocument
import HomeProgramModel

/// The words of a paragraph's inline runs, measured, for `TextSetter` to wrap.
///
/// A word is a range of styled pieces in one flat array, and a style is an index into the
/// paragraph's few distinct styles, so splitting a paragraph allocates no array per word and
/// compares no colours or links. The characters are classified from the UTF-8 bytes: an ASCII
/// byte followed by another (or by the end) is a whole character, classified from the byte;
/// anything else goes through Swift's characters and Unicode properties. The answers are the
/// same: tab to carriage return and space are white space, line feed to carriage return are
/// newlines, and "\r\n" is one newline.
struct WordList {
  /// A word: its pieces (a range of `pieces`), its width, and the style of the space after it.
  struct Word {
    var pieces: Range<Int>
    var width: Double
    /// The style of the white space after the word (the run it came from), if any.
    var spaceStyle: Int?
  }

  /// One style's characters within a word.
  struct Piece {
    var text: String
    var style: Int
    var width: Double
  }

  /// The words in order; nil where a newline forces a break.
  private(set) var tokens: [Word?] = []
  private(set) var pieces: [Piece] = []
  /// The distinct styles of the paragraph; a piece's `style` is an index here.
  private(set) var styles: [InlineStyle] = []
  private let measurer: any TextMeasurer
  private let size: Double
  /// The width of a space per style, measured when first needed.
  private var spaceWidths: [Double?] = []

  /// Splits `runs` into measured words at `size`.
  init(
    _ runs: [InlineRun], measurer: any TextMeasurer, size: Double, baseBold: Bool, color: RGBColor,
    linkColor: RGBColor
  ) {
    self.measurer = measurer
    self.size = size
    var wordStart = 0
    for run in runs {
      let style = styleIndex(
        InlineStyle(
          face: InlineStyle.face(for: run.emphasis, baseBold: baseBold),
          color: run.link == nil ? color : linkColor,
          link: run.link))
      var bytes = run.text
      bytes.withUTF8 { split($0, of: run.text, style: style, wordStart: &wordStart) }
    }
    finishWord(from: wordStart, spaceStyle: nil)
  }

  /// The index of `style` in `styles`, added when new. Links are compared by their exact bytes
  /// (`ExactText`): `==` on `String` would merge a link with a canonically equivalent one.
  private mutating func styleIndex(_ style: InlineStyle) -> Int {
    let same = styles.firstIndex { known in
      guard known.face == style.face, known.color == style.color else { return false }
      switch (known.link, style.link) {
      case (nil, nil): return true
      case (let one?, let other?): return ExactText.equal(one, other)
      default: return false
      }
    }
    if let index = same { return index }
    styles.append(style)
    spaceWidths.append(nil)
    return styles.count - 1
  }

  /// Adds the words of one run's text (`bytes` are its UTF-8). A word still open at the end of the
  /// run goes on into the next run.
  private mutating func split(
    _ bytes: UnsafeBufferPointer<UInt8>, of text: String, style: Int, wordStart: inout Int
  ) {
    let count = bytes.count
    var position = 0
    var characterStart: Int?
    while position < count {
      let byte = bytes[position]
      var next = position + 1
      let isNewline: Bool
      let isWhitespace: Bool
      if byte < 0x80 && (next == count || bytes[next] < 0x80) {
        if byte == 0x0D && next < count && bytes[next] == 0x0A { next += 1 }
        isNewline = byte >= 0x0A && byte <= 0x0D
        isWhitespace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
      } else {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: position)
        let character = text[index]
        next = text.utf8.distance(from: text.utf8.startIndex, to: text.index(after: index))
        isNewline = character.isNewline
        isWhitespace = character.isWhitespace
      }
      if isNewline || isWhitespace {
        if let start = characterStart {
          append(bytes, start..<position, style: style, wordStart: wordStart)
          characterStart = nil
        }
        if isNewline {
          finishWord(from: wordStart, spaceStyle: nil)
          tokens.append(nil)
        } else {
          if pieces.count == wordStart, let last = tokens.last, var previous = last,
            previous.spaceStyle == nil
          {
            previous.spaceStyle = style
            tokens[tokens.count - 1] = previous
          }
          finishWord(from: wordStart, spaceStyle: style)
        }
        wordStart = pieces.count
      } else if characterStart == nil {
        characterStart = position
      }
      position = next
    }
    if let start = characterStart { append(bytes, start..<count, style: style, wordStart: wordStart) }
  }

  /// Adds `range` of `bytes` to the open word (its pieces start at `wordStart`): onto its last
  /// piece when the style is the same.
  private mutating func append(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, style: Int, wordStart: Int
  ) {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    if pieces.count > wordStart, pieces[pieces.count - 1].style == style {
      pieces[pieces.count - 1].text += text
    } else {
      pieces.append(Piece(text: text, style: style, width: 0))
    }
  }

  /// Measures the open word (the pieces from `start`) and adds it, if it has any characters.
  private mutating func finishWord(from start: Int, spaceStyle: Int?) {
    guard start < pieces.count else { return }
    var width = 0.0
    for index in start..<pieces.count {
      let piece = pieces[index]
      pieces[index].width = measurer.width(of: piece.text, face: styles[piece.style].face, size: size)
      width += pieces[index].width
    }
    tokens.append(Word(pieces: start..<pieces.count, width: width, spaceStyle: spaceStyle))
  }

  /// The width of the space after `word`: in the space's own style, else the word's last.
  mutating func spaceWidth(after word: Word) -> Double {
    spaceWidth(style: spaceStyle(after: word))
  }

  private func spaceStyle(after word: Word) -> Int {
    word.spaceStyle ?? pieces[word.pieces.upperBound - 1].style
  }

  private mutating func spaceWidth(style: Int) -> Double {
    if let width = spaceWidths[style] { return width }
    let width = measurer.width(of: " ", face: styles[style].face, size: size)
    spaceWidths[style] = width
    return width
  }

  /// Splits an over-wide word into parts that each fit `width` (at least one character each).
  mutating func breakWord(_ word: Word, width: Double) -> [Word] {
    var parts: [Word] = []
    var partStart = pieces.count
    var partWidth = 0.0
    for index in word.pieces {
      let piece = pieces[index]
      for character in piece.text {
        let characterWidth = measurer.width(
          of: String(character), face: styles[piece.style].face, size: size)
        if partStart < pieces.count, partWidth + characterWidth > width + 1e-9 {
          parts.append(Word(pieces: partStart..<pieces.count, width: partWidth, spaceStyle: nil))
          partStart = pieces.count
          partWidth = 0
        }
        if partStart < pieces.count, pieces[pieces.count - 1].style == piece.style {
          pieces[pieces.count - 1].text.append(character)
          pieces[pieces.count - 1].width += characterWidth
        } else {
          pieces.append(Piece(text: String(character), style: piece.style, width: characterWidth))
        }
        partWidth += characterWidth
      }
    }
    parts.append(Word(pieces: partStart..<pieces.count, width: partWidth, spaceStyle: word.spaceStyle))
    return parts
  }

  /// Builds a line from words, merging neighbouring pieces of the same style into segments.
  mutating func line(from words: [Word]) -> TextLine {
    var segments: [TextLine.Segment] = []
    var fitWidth = 0.0
    var x = 0.0
    var text = ""
    var style = -1
    func close() {
      guard style >= 0 else { return }
      let segmentStyle = styles[style]
      let width = measurer.width(of: text, face: segmentStyle.face, size: size)
      segments.append(TextLine.Segment(text: text, style: segmentStyle, x: x, width: width))
      x += width
    }
    func add(_ piece: String, _ pieceStyle: Int) {
      if pieceStyle == style {
        text += piece
      } else {
        close()
        text = piece
        style = pieceStyle
      }
    }
    for (index, word) in words.enumerated() {
      if index > 0 {
        let previous = words[index - 1]
        let space = spaceStyle(after: previous)
        add(" ", space)
        fitWidth += spaceWidth(style: space)
      }
      for piece in word.pieces { add(pieces[piece].text, pieces[piece].style) }
      fitWidth += word.width
    }
    close()
    return TextLine(segments: segments, width: max(fitWidth, x))
  }
}
