/// The smallest vertical unit layout places: a line of a paragraph, a table row, a whole card.
///
/// Ops are relative to the chunk's own origin: x from the left of the flow's frame, y from the
/// chunk's top. A page break may fall before a chunk only when `breakBefore` is true.

struct Chunk: Sendable, Equatable {
  /// Height of the chunk's content.
  var height: Double
  /// Space above the chunk, dropped when it starts a page.
  var spaceBefore: Double = 0
  /// Whether a page break may fall just before this chunk.
  var breakBefore: Bool = true
  /// Draw operations, relative to the chunk's top-left.
  var ops: [DrawOp] = []
  /// Bookmarks inside the chunk, with y relative to its top.
  var anchors: [ChunkAnchor] = []

  /// Moves everything in the chunk by `dx`, `dy`.
  func shifted(dx: Double, dy: Double) -> Chunk {
    var copy = self
    copy.ops = ops.map { $0.offset(dx: dx, dy: dy) }
    copy.anchors = anchors.map { ChunkAnchor(title: $0.title, y: $0.y + dy) }
    return copy
  }
}

/// A bookmark inside a chunk.
struct ChunkAnchor: Sendable, Equatable {
  var title: String
  var y: Double
}
