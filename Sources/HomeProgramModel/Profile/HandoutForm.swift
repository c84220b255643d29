/// Which form of the patient handout to print: the short core (the default) or the full booklet.
public enum HandoutForm: String, Sendable, Equatable, CaseIterable, Codable {
  /// The core a patient in pain will read: a cover with the day's schedule, compact exercise
  /// cards, the massage-gun routine on one page, one page about sciatica, the traffic light, a
  /// log for the days until the review, and when to get help.
  case short
  /// The full booklet: the long education, positions of comfort, full cards and the 6-week log.
  case booklet
}
