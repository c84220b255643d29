/// Greedy word wrap for plain text, counting characters (grapheme clusters).

enum PlainWrap {
  /// Wraps `text` to lines of at most `width` characters. Words are never cut unless a word is
  /// longer than the width; a newline forces a break. Always returns at least one line.
  static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(whereSeparator: \.isWhitespace) {
        var word = String(word)
        if line.isEmpty {
        } else if line.count + 1 + word.count <= width {
          line += " " + word
          continue
        } else {
          lines.append(line)
          line = ""
        }
        while word.count > width {
          lines.append(String(word.prefix(width)))
          word = String(word.dropFirst(width))
        }
        line = word
      }
      lines.append(line)
    }
    return lines
  }

  /// Wraps `text` with `first` before the first line and `rest` before the others, in `width`
  /// columns overall (a hanging indent when `rest` is spaces).
  static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
    let indent = max(first.count, rest.count)
    return wrap(text, width: width - indent).enumerated().map { index, line in
      (index == 0 ? first : rest) + line
    }
  }

  /// `text` padded with spaces to `width` characters.
  static func pad(_ text: String, to width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  /// `text` centred in `width` characters (left-padded only).
  static func center(_ text: String, width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: (width - text.count) / 2) + text
  }
}
