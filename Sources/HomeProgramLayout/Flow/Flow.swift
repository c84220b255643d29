/// A block after measuring: a column of chunks plus the rules for splitting it across pages.

struct Flow: Sendable, Equatable {
  /// Names the block in errors ("block 4 (table: Exercise | Dose)").
  var label: String
  /// The content, top to bottom; ops are relative to the frame's left edge (inside any decoration).
  var chunks: [Chunk]
  /// Space wanted before the flow when it follows another.
  var spaceBefore: Double
  /// Space wanted after the flow.
  var spaceAfter: Double
  /// When true, the gap after the flow is exactly `spaceAfter` (headings: tighter after than before).
  var spaceAfterIsExact: Bool = false
  /// Never split: all chunks on one page.
  var keepTogether: Bool = false
  /// Never leave this flow last on a page: it moves with the first part of the next flow.
  var keepWithNext: Bool = false
  /// Chunks repeated at the top of each continuation piece (a table's header row).
  var continuationHeader: [Chunk] = []
  /// A box drawn behind each piece (callouts).
  var decoration: Decoration?
  /// The frame's width including any decoration padding.
  var width: Double

  /// Padding added above and below each piece by the decoration.
  var padding: Double { decoration?.padding ?? 0 }

  /// The height of `chunks` stacked, ignoring the first chunk's space before.
  static func stackHeight(_ chunks: some Collection<Chunk>) -> Double {
    var height = 0.0
    for (index, chunk) in chunks.enumerated() {
      height += (index == 0 ? 0 : chunk.spaceBefore) + chunk.height
    }
    return height
  }

  /// The groups of chunks that must stay together: split only before chunks that allow a break.
  var atoms: [[Chunk]] {
    if keepTogether { return chunks.isEmpty ? [] : [chunks] }
    var atoms: [[Chunk]] = []
    for chunk in chunks {
      if chunk.breakBefore || atoms.isEmpty {
        atoms.append([chunk])
      } else {
        atoms[atoms.count - 1].append(chunk)
      }
    }
    return atoms
  }

  /// The height of the whole flow on one page, padding included.
  var totalHeight: Double { Self.stackHeight(chunks) + 2 * padding }

  /// The whole flow as one unsplittable chunk, decoration drawn.
  func merged() -> Chunk {
    var y = padding
    var ops: [DrawOp] = []
    var anchors: [ChunkAnchor] = []
    for (index, chunk) in chunks.enumerated() {
      if index > 0 { y += chunk.spaceBefore }
      let placed = chunk.shifted(dx: padding, dy: y)
      ops += placed.ops
      anchors += placed.anchors
      y += chunk.height
    }
    y += padding
    if let decoration { ops.insert(decoration.box(width: width, height: y), at: 0) }
    return Chunk(height: y, ops: ops, anchors: anchors)
  }

  /// The gap between `previous` and `next`, plus any spacer height between them.
  static func gap(after previous: Flow?, before next: Flow, extra: Double = 0) -> Double {
    guard let previous else { return extra }
    if previous.spaceAfterIsExact { return previous.spaceAfter + extra }
    return max(previous.spaceAfter, next.spaceBefore) + extra
  }
}

/// One measured item of a document or container, in reading order.
enum FlowItem: Sendable, Equatable {
  case flow(Flow)
  /// Vertical space (a spacer), dropped at the top of a page.
  case space(Double)
  /// Start a new page.
  case pageBreak
  /// Start a new page unless less than `minimumUse` (a fraction) of the current one is used.
  case sectionBreak(minimumUse: Double)

  /// Stacks nested items into chunks (for callout bodies and keep-together groups): decorated or
  /// keep-together flows become one chunk; a heading's next chunk may not be separated from it;
  /// page breaks are ignored inside containers.
  static func flatten(_ items: [FlowItem]) -> [Chunk] {
    var result: [Chunk] = []
    var previous: Flow?
    var extra = 0.0
    for item in items {
      switch item {
      case .space(let height):
        extra += height
      case .pageBreak, .sectionBreak:
        continue
      case .flow(let flow):
        var chunks = flow.decoration != nil || flow.keepTogether ? [flow.merged()] : flow.chunks
        guard !chunks.isEmpty else { continue }
        chunks[0].spaceBefore =
          previous == nil ? extra : Flow.gap(after: previous, before: flow, extra: extra)
        chunks[0].breakBefore = !(previous?.keepWithNext ?? false)
        result += chunks
        previous = flow
        extra = 0
      }
    }
    return result
  }
}
