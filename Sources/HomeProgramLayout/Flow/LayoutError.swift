/// Why a document could not be laid out. Every case names the block it concerns.

public enum LayoutError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A block that may not be split is taller than an empty page's content region.
  case blockTooTall(block: String, height: Double, available: Double)
  /// A block has no room to be laid out (e.g. a table column narrower than its padding).
  case blockTooNarrow(block: String, width: Double)
  /// A table's columns, weights or rows do not match.
  case invalidTable(block: String, reason: String)

  /// One sentence naming the block and what went wrong.
  public var description: String {
    switch self {
    case .blockTooTall(let block, let height, let available):
      "\(block) is \(format(height)) pt tall but an empty page has only \(format(available)) pt; "
        + "shorten it or allow it to split."
    case .blockTooNarrow(let block, let width):
      "\(block) has only \(format(width)) pt of width to lay text in; it needs a positive width."
    case .invalidTable(let block, let reason):
      "\(block) is not a valid table: \(reason)."
    }
  }

  private func format(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e9 else { return "\(value)" }
    let tenths = (value * 10).rounded() / 10
    return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
  }
}
