/// The exercise catalogue: validated entries in a stable order, with its version.
public struct Catalogue: Sendable, Equatable, Codable {
  /// Printed in every footer and part of the batch content hash.
  public var version: String
  public var title: String
  /// Entries in file order (files sorted by name).
  public var entries: [Exercise]
  private var index: [String: Int]

  public init(version: String, title: String, entries: [Exercise]) {
    self.version = version
    self.title = title
    self.entries = entries
    var index: [String: Int] = [:]
    for (position, entry) in entries.enumerated() where index[entry.id] == nil { index[entry.id] = position }
    self.index = index
  }

  private enum CodingKeys: String, CodingKey {
    case version, title, entries
  }

  /// Reads what `encode(to:)` writes; the index is rebuilt.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      version: try container.decode(String.self, forKey: .version),
      title: try container.decode(String.self, forKey: .title),
      entries: try container.decode([Exercise].self, forKey: .entries))
  }

  /// Writes the version, the title and the entries.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(version, forKey: .version)
    try container.encode(title, forKey: .title)
    try container.encode(entries, forKey: .entries)
  }

  /// The entry with `id`, if any.
  public subscript(id: String) -> Exercise? {
    index[id].map { entries[$0] }
  }

  /// Every id, in catalogue order.
  public var ids: [String] { entries.map(\.id) }

  /// Entries by id, for builders that look names up.
  public var byID: [String: Exercise] {
    Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}
