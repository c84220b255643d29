import HomeProgramDocument
import HomeProgramModel

extension FlowBuilder {
  /// `items` bracketed as one structure element of `role`: the begin marker before the first
  /// chunk's operations, the end marker after the last chunk's. Items with no chunk stay as they
  /// are.
  static func tagged(_ items: [FlowItem], _ role: StructureRole) -> [FlowItem] {
    func hasChunks(_ item: FlowItem) -> Bool {
      if case .flow(let flow) = item { return !flow.chunks.isEmpty }
      return false
    }
    guard let first = items.firstIndex(where: hasChunks), let last = items.lastIndex(where: hasChunks),
      case .flow(var opening) = items[first]
    else { return items }
    var items = items
    opening.chunks[0].ops.insert(.beginStructure(role), at: 0)
    items[first] = .flow(opening)
    if case .flow(var closing) = items[last] {
      closing.chunks[closing.chunks.count - 1].ops.append(.endStructure)
      items[last] = .flow(closing)
    }
    return items
  }

  /// `flow` as one structure element of `role`.
  static func tagged(_ flow: Flow, _ role: StructureRole) -> Flow {
    guard case .flow(let tagged)? = tagged([.flow(flow)], role).first else { return flow }
    return tagged
  }

  /// `chunks` as one structure element of `role` (nothing when there is no chunk).
  static func tagged(_ chunks: [Chunk], _ role: StructureRole) -> [Chunk] {
    guard !chunks.isEmpty else { return chunks }
    var chunks = chunks
    chunks[0].ops.insert(.beginStructure(role), at: 0)
    chunks[chunks.count - 1].ops.append(.endStructure)
    return chunks
  }

  /// `ops` as one structure element of `role`.
  static func tagged(_ ops: [DrawOp], _ role: StructureRole) -> [DrawOp] {
    [.beginStructure(role)] + ops + [.endStructure]
  }

  /// `chunks` (a title repeated on the page a box or table runs onto) as layout artifacts: read
  /// once, where they first appear.
  static func artifacts(_ chunks: [Chunk]) -> [Chunk] {
    guard !chunks.isEmpty else { return chunks }
    var chunks = chunks
    chunks[0].ops.insert(.beginArtifact(.layout), at: 0)
    chunks[chunks.count - 1].ops.append(.endArtifact)
    return chunks
  }

  /// The structure level of a document heading of `level` (1 = section): the cover's title is the
  /// one `H1`, so sections are `H2` and sub-sections `H3` (`headingOffset` 1).
  func headingRole(_ level: Int) -> StructureRole {
    .heading(level: level + headingOffset)
  }
}
