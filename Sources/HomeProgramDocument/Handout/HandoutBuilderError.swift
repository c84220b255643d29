/// Why a plan could not be turned into a handout.

public enum HandoutBuilderError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A plan item names an id the catalogue does not hold.
  case missingExercise(id: String)
  /// The plan names an id that has no handout wording (kind: "position", "massage-gun speed" …).
  case missingText(kind: String, id: String)

  public var description: String {
    switch self {
    case .missingExercise(let id):
      "The plan names exercise '\(id)', which is not in the catalogue."
    case .missingText(let kind, let id):
      "The plan names \(kind) '\(id)', which has no handout wording in Resources/text."
    }
  }
}
