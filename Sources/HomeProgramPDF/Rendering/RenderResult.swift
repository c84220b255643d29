/// A rendered PDF and what the renderer had to work around.

public struct RenderResult: Sendable, Equatable {
  /// The complete PDF file.
  public var bytes: [UInt8]
  /// One sentence per character that no installed font can draw, sorted by code point.
  public var warnings: [String]
  /// Number of pages written.
  public var pageCount: Int

  /// A result with the given bytes, warnings and page count.
  public init(bytes: [UInt8], warnings: [String], pageCount: Int) {
    self.bytes = bytes
    self.warnings = warnings
    self.pageCount = pageCount
  }
}
