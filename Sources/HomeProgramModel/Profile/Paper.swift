/// The paper sizes a handout can be printed on.
public enum Paper: String, Sendable, Equatable, CaseIterable {
  /// US Letter, 612 × 792 pt (the default).
  case letter
  /// ISO A4, 595 × 842 pt.
  case a4

  /// The page size in points.
  public var size: Size {
    switch self {
    case .letter: .letter
    case .a4: .a4
    }
  }
}
