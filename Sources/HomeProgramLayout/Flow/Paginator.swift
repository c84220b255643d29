/// Places measured flows onto pages (the "split" and "place" steps).
///
/// Every unsplittable piece is checked against an empty page before anything is placed, so a piece
/// that does not fit is an error rather than an endless run of new pages: each piece causes at
/// most one page break.

struct Paginator: Sendable {
  let page: PageSpec
  private(set) var pages: [[DrawOp]] = [[]]
  private(set) var outline: [OutlineEntry] = []
  private var cursor: Double
  private var pageHasContent = false
  private var previous: Flow?
  private var pendingSpace = 0.0

  init(page: PageSpec) {
    self.page = page
    cursor = page.contentRect.minY
  }

  private var top: Double { page.contentRect.minY }
  private var bottom: Double { page.contentRect.maxY }
  private var available: Double { page.contentRect.height }
  /// Rounding slack so a piece exactly as tall as the page still fits.
  private let slack = 1e-6

  /// Places every item in order.
  mutating func place(_ items: [FlowItem]) throws {
    for (index, item) in items.enumerated() {
      switch item {
      case .pageBreak:
        if pageHasContent { newPage() }
        pendingSpace = 0
      case .sectionBreak(let minimumUse):
        if pageHasContent, cursor - top >= minimumUse * available {
          newPage()
          pendingSpace = 0
        }
      case .space(let height):
        pendingSpace += height
      case .flow(let flow):
        try place(flow, lookahead: leadHeight(after: flow, in: items[(index + 1)...]))
      }
    }
  }

  /// The space the items after a keep-with-next flow need to follow it on the same page: the gap
  /// and the first unsplittable piece of the next flow (through a chain of headings).
  private func leadHeight(after flow: Flow, in rest: ArraySlice<FlowItem>) -> Double {
    guard flow.keepWithNext else { return 0 }
    var height = 0.0
    var previous = flow
    var extra = 0.0
    for item in rest {
      switch item {
      case .pageBreak, .sectionBreak:
        return height
      case .space(let space):
        extra += space
      case .flow(let next):
        guard let atom = next.atoms.first else { continue }
        height +=
          Flow.gap(after: previous, before: next, extra: extra) + 2 * next.padding + Flow.stackHeight(atom)
        guard next.keepWithNext else { return height }
        previous = next
        extra = 0
      }
    }
    return height
  }

  private mutating func newPage() {
    pages.append([])
    cursor = top
    pageHasContent = false
    previous = nil
  }

  private mutating func place(_ flow: Flow, lookahead: Double) throws {
    let atoms = flow.atoms
    guard !atoms.isEmpty else { return }
    let padding = flow.padding
    let headerHeight = Flow.stackHeight(flow.continuationHeader)
    for (index, atom) in atoms.enumerated() {
      let need = 2 * padding + Flow.stackHeight(atom) + (index > 0 ? headerHeight : 0)
      if need > available + slack {
        throw LayoutError.blockTooTall(block: flow.label, height: need, available: available)
      }
    }

    // Start: move to a new page if the first piece (and, for a heading, what follows) does not fit.
    var gap = pageHasContent ? Flow.gap(after: previous, before: flow, extra: pendingSpace) : 0
    let first = 2 * padding + Flow.stackHeight(atoms[0])
    let wanted = first + lookahead <= available ? first + lookahead : first
    if pageHasContent, cursor + gap + wanted > bottom + slack {
      newPage()
      gap = 0
    }
    cursor += gap
    pendingSpace = 0

    var pieceTop = cursor
    var piece: [DrawOp] = []
    var firstInPiece = true
    cursor += padding
    for atom in atoms {
      let height = Flow.stackHeight(atom) + (firstInPiece ? 0 : atom[0].spaceBefore)
      if !firstInPiece, cursor + height + padding > bottom + slack {
        cursor += padding
        finish(piece, of: flow, top: pieceTop)
        newPage()
        pieceTop = cursor
        piece = []
        cursor += padding
        for chunk in flow.continuationHeader {
          emit(chunk, into: &piece, padding: padding)
        }
        firstInPiece = true
      }
      for (index, chunk) in atom.enumerated() {
        if !(firstInPiece && index == 0) { cursor += chunk.spaceBefore }
        emit(chunk, into: &piece, padding: padding)
      }
      firstInPiece = false
    }
    cursor += padding
    finish(piece, of: flow, top: pieceTop)
    previous = flow
  }

  private mutating func emit(_ chunk: Chunk, into piece: inout [DrawOp], padding: Double) {
    let placed = chunk.shifted(dx: page.contentRect.minX + padding, dy: cursor)
    piece += placed.ops
    for anchor in placed.anchors {
      outline.append(OutlineEntry(title: anchor.title, pageIndex: pages.count - 1, y: anchor.y))
    }
    cursor += chunk.height
  }

  /// Appends a piece to the current page, with its decoration box behind it.
  private mutating func finish(_ piece: [DrawOp], of flow: Flow, top: Double) {
    var ops = piece
    if let decoration = flow.decoration {
      ops.insert(
        decoration.box(width: flow.width, height: cursor - top, y: top).offset(
          dx: page.contentRect.minX, dy: 0),
        at: 0)
    }
    pages[pages.count - 1] += ops
    pageHasContent = true
  }
}
