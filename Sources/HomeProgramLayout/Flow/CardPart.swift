/// A part of an exercise card laid out on its own (the dose box, the figure, the steps…) and its
/// place in the card's reading order, which is the text preview's order: the card draws its two
/// zones side by side, the tagged PDF reads them in this order.
struct CardPart: Sendable, Equatable {
  /// The parts of a card in reading order.
  enum Place: Int, Sendable, Comparable {
    case dose, figure, start, steps, tips, avoid, easyAndFlare, cautions

    static func < (lhs: Place, rhs: Place) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  var place: Place
  /// The part's operations relative to its top-left, with the space above it in a column as its
  /// `spaceBefore`.
  var chunk: Chunk

  init(_ place: Place, _ chunk: Chunk) {
    self.place = place
    self.chunk = chunk
  }

  /// The height of `parts` stacked in a column (the first part's space before dropped).
  static func height(of parts: [CardPart]) -> Double {
    parts.enumerated().reduce(0) { total, entry in
      total + entry.element.chunk.height + (entry.offset > 0 ? entry.element.chunk.spaceBefore : 0)
    }
  }

  /// Stacks `parts` in a column from `y` at `x`, appending each, moved into place, to `placed`;
  /// returns the column's bottom.
  static func place(_ parts: [CardPart], x: Double, y: Double, into placed: inout [CardPart]) -> Double {
    var y = y
    for (index, part) in parts.enumerated() {
      if index > 0 { y += part.chunk.spaceBefore }
      placed.append(CardPart(part.place, part.chunk.shifted(dx: x, dy: y)))
      y += part.chunk.height
    }
    return y
  }

  /// `parts` sorted into reading order (parts of one place keep their order).
  static func inReadingOrder(_ parts: [CardPart]) -> [CardPart] {
    parts.enumerated().sorted { ($0.element.place, $0.offset) < ($1.element.place, $1.offset) }.map(\.element)
  }
}
