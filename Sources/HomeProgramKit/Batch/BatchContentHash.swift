import Foundation

/// The content hash of one batch row: a SHA-256 over everything that decides the handout's bytes.
/// Two runs with the same hash for the same output file produce the same PDF, so
/// `--only-changed` can skip the row.
public struct BatchContentHash: Sendable, Equatable {
  /// 64 lower-case hex characters.
  public var hex: String

  /// The first 8 hex characters, printed in the handout's footer.
  public var short: String { String(hex.prefix(8)) }

  /// Hashes the row's canonical input bytes, the clinic file's bytes, the catalogue and program
  /// versions, the paper, large print and the handout date. Every field is length-prefixed, so
  /// moving bytes from one field to the next changes the hash.
  public init(
    profileInput: [UInt8], clinicFile: [UInt8], catalogueVersion: String, programVersion: String,
    paper: String, largePrint: Bool, date: String
  ) {
    var hash = SHA256()
    func field(_ bytes: [UInt8]) {
      hash.update(Array("\(bytes.count):".utf8))
      hash.update(bytes)
    }
    field(Array("homeprogram-batch-1".utf8))
    field(profileInput)
    field(clinicFile)
    field(Array(catalogueVersion.utf8))
    field(Array(programVersion.utf8))
    field(Array(paper.utf8))
    field(Array((largePrint ? "large" : "regular").utf8))
    field(Array(date.utf8))
    hex = hash.hexDigest()
  }
}
