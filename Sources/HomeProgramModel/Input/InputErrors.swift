/// Every problem found in one input, in the order of its keys (`ProfileReader.readReportingAll`):
/// the web page shows each next to its field instead of one at a time.
public struct InputErrors: Error, Sendable, Equatable, CustomStringConvertible {
  /// The problems; never empty.
  public let errors: [InputError]

  /// The problems `errors`, which must not be empty.
  public init(_ errors: [InputError]) {
    precondition(!errors.isEmpty, "InputErrors needs at least one problem")
    self.errors = errors
  }

  /// One line per problem.
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
