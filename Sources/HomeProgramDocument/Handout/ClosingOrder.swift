import HomeProgramModel

/// The order of the short handout's closing sections, after the exercise cards: the traffic
/// light, the massage-gun routine, when to get help, then the log (always last: the page to fill
/// in and bring to the check-up).
///
/// Each section stays whole on a page, so how they pack depends on their heights. The composer
/// builds them in `standard` order and records where each is (`Document.closingSections`); the
/// engine lays the handout out and, only when it runs over the page limit
/// (`pageLimit(largePrint:)`, which the composer sets as `Document.fitPages`), paginates the blocks again in the other orders
/// (`permutation(of:)`, `LayoutEngine.layoutFewestPages`), keeping the first that needs the
/// fewest pages. The text preview and the PDF use the same choice.
public enum ClosingOrder: String, Sendable, Equatable, CaseIterable {
  /// The traffic light after the cards it is for, the massage gun, when to get help.
  case standard
  /// When to get help first, then the traffic light and the massage gun.
  case helpFirst
  /// When to get help, the massage gun, then the traffic light beside the log it is for.
  case lightBesideLog

  /// One closing section.
  public enum Section: Sendable, Equatable, Hashable, CaseIterable {
    case trafficLight, massageGun, whenToGetHelp
  }

  /// The sections in this order (the log follows them).
  public var sections: [Section] {
    switch self {
    case .standard: [.trafficLight, .massageGun, .whenToGetHelp]
    case .helpFirst: [.whenToGetHelp, .trafficLight, .massageGun]
    case .lightBesideLog: [.whenToGetHelp, .massageGun, .trafficLight]
    }
  }

  /// The order of `document`'s blocks that puts its closing sections in this order, the blocks
  /// before and after them staying where they are; nil when the document does not record every
  /// section or they are not side by side.
  public func permutation(of document: Document) -> [Int]? {
    let ranges = document.closingSections
    guard ranges.count == Section.allCases.count,
      let lower = ranges.values.map(\.lowerBound).min(), let upper = ranges.values.map(\.upperBound).max(),
      ranges.values.reduce(0, { $0 + $1.count }) == upper - lower, upper <= document.blocks.count
    else { return nil }
    return Array(0..<lower) + sections.flatMap { ranges[$0].map(Array.init) ?? [] }
      + Array(upper..<document.blocks.count)
  }

  /// The most pages of a short handout (issue 14): 6 Letter pages, 10 in large print, for up to
  /// 10 exercises.
  public static func pageLimit(largePrint: Bool) -> Int { largePrint ? 10 : 6 }
}
