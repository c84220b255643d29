import HomeProgramDocument
import HomeProgramModel

extension FlowBuilder {
  /// `flow` as one structure element of `role`: the begin marker before its first chunk's
  /// operations, the end marker after its last chunk's (nothing when it has no chunk).
  static func tagged(_ flow: Flow, _ role: StructureRole) -> Flow {
    var flow = flow
    flow.chunks = tagged(flow.chunks, role)
    return flow
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
