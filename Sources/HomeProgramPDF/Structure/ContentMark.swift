import HomeProgramLayout

/// A marked-content sequence of a page: text a structure element owns (`/P<</MCID 3>>BDC`) or
/// an artifact (`/Artifact<</Type/Pagination>>BDC`).
enum ContentMark: Sendable, Equatable {
  case content(tag: StructureType, mcid: Int)
  case artifact(ArtifactKind?)
}
