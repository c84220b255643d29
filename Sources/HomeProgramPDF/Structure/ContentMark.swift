import HomeProgramLayout

/// A marked-content sequence of a page: text a structure element owns (`/P <</MCID 3>> BDC`) or
/// an artifact (`/Artifact <</Type /Pagination>> BDC`).
enum ContentMark: Sendable, Equatable {
  case content(tag: String, mcid: Int)
  case artifact(ArtifactKind?)

  /// The marked-content tag.
  var tag: String {
    switch self {
    case .content(let tag, _): tag
    case .artifact: "Artifact"
    }
  }

  /// The inline property list, empty for `BMC`.
  var properties: String {
    switch self {
    case .content(_, let mcid): "<</MCID \(mcid)>>"
    case .artifact(.pagination?): "<</Type /Pagination>>"
    case .artifact(.layout?): "<</Type /Layout>>"
    case .artifact(nil): ""
    }
  }
}
