/// Why the public handout could not be built. Each message names the catalogue id or wording at fault.

public enum PublicHandoutError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A starter exercise or massage-gun zone has no entry in the catalogue.
  case missingExercise(id: String)
  /// A starter exercise has no dose at any irritability level.
  case noDose(id: String)
  /// A massage-gun zone, speed, attachment, avoid area or position has no wording in Resources/text.
  case missingText(kind: String, id: String)

  public var description: String {
    switch self {
    case .missingExercise(let id):
      "The public handout needs catalogue entry '\(id)', which is not in the catalogue."
    case .noDose(let id):
      "The public handout needs a dose for catalogue entry '\(id)', which has none."
    case .missingText(let kind, let id):
      "The public handout needs wording for \(kind) '\(id)', which is not in Resources/text."
    }
  }
}
