/// Stacks text lines and chunks top to bottom into one chunk (used for cards and other
/// unsplittable components).

struct StackBuilder: Sendable {
  /// The next free y, relative to the stack's top.
  var y: Double = 0
  var ops: [DrawOp] = []
  var anchors: [ChunkAnchor] = []

  /// Adds wrapped lines at `x`, one per line height.
  mutating func add(_ lines: [TextLine], metrics: TextSetter.LineMetrics, size: Double, x: Double = 0) {
    for line in lines {
      ops += line.ops(
        x: x, baseline: y + metrics.baseline, size: size, ascent: metrics.ascent, descent: metrics.descent)
      y += metrics.height
    }
  }

  /// Adds chunks (honouring their space before, except the first's) at `x`.
  mutating func add(_ chunks: [Chunk], x: Double = 0) {
    for (index, chunk) in chunks.enumerated() {
      if index > 0 { y += chunk.spaceBefore }
      let placed = chunk.shifted(dx: x, dy: y)
      ops += placed.ops
      anchors += placed.anchors
      y += chunk.height
    }
  }

  /// Adds vertical space.
  mutating func space(_ height: Double) { y += height }

  /// The stack as one chunk.
  func chunk() -> Chunk { Chunk(height: y, ops: ops, anchors: anchors) }
}
