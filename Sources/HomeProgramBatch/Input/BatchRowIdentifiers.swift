import Yams

/// Finds the patient's name and reference in a row as written, even when the row is invalid, so
/// that the report can keep them out.
enum BatchRowIdentifiers {
  /// `patient.name` and `patient.reference` when they are text.
  static func find(in node: Node) -> [String] {
    guard case .mapping(let root) = node, let patient = root["patient"], case .mapping(let fields) = patient
    else { return [] }
    return ["name", "reference"].compactMap { fields[$0]?.scalar?.string }.filter { !$0.isEmpty }
  }
}
