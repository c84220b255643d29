/// Where a value was read (file and line), kept beside it for error messages found later, such as
/// the planner's. Not part of the value: any two origins are equal, so a profile read from YAML
/// equals the same profile read from JSON.
public struct SourceOrigin: Sendable, Equatable, Hashable {
  /// Where, when known.
  public var location: SourceLocation?

  public init(_ location: SourceLocation? = nil) { self.location = location }

  /// The location, or the file alone when the value was not read from a file.
  public func location(orFile file: String) -> SourceLocation { location ?? SourceLocation(file: file) }

  public static func == (lhs: SourceOrigin, rhs: SourceOrigin) -> Bool { true }
  public func hash(into hasher: inout Hasher) {}
}
