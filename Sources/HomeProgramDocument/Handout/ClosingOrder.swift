import HomeProgramModel

/// The order of the short handout's closing sections, after the exercise cards: the traffic
/// light, the massage-gun routine, when to get help, then the log (always last: the page to fill
/// in and bring to the check-up).
///
/// Each section stays whole on a page, so how they pack depends on their heights. The engine lays
/// the handout out in `standard` order and, only when that runs over the page limit
/// (`pageLimit(largePrint:)`), tries the other orders in turn and keeps the first that needs the
/// fewest pages. The text preview and the PDF use the same choice.
public enum ClosingOrder: String, Sendable, Equatable, CaseIterable {
  /// The traffic light after the cards it is for, the massage gun, when to get help.
  case standard
  /// When to get help first, then the traffic light and the massage gun.
  case helpFirst
  /// When to get help, the massage gun, then the traffic light beside the log it is for.
  case lightBesideLog

  /// One closing section.
  public enum Section: Sendable, Equatable {
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

  /// The most pages of a short handout (issue 14): 6 Letter pages, 10 in large print, for up to
  /// 10 exercises.
  public static func pageLimit(largePrint: Bool) -> Int { largePrint ? 10 : 6 }
}
