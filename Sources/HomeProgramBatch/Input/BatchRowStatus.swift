/// What happened to one batch row.
public enum BatchRowStatus: String, Sendable, Codable, CaseIterable {
  /// The handout was rendered and written.
  case written
  /// The row gave no handout; `error` says why.
  case failed
  /// `--only-changed`: the handout already in the output folder is the same; nothing was done.
  case unchanged
}
