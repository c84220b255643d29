/// The exercise catalogue: validated entries in a stable order, with its version.
public struct Catalogue: Sendable, Equatable {
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
