import HomeProgramModel

/// Turns a `Dose` and the leg it is for into the words of a dose line, e.g.
/// "2 sets × 10 · 2 times a day · left leg", "5 × 10-second holds", "45 seconds each side".
///
/// Numbers are printed as digits; zero parts ("0 sets") are never printed. All words come from
/// `HandoutText.DoseText`; this type only picks and joins them.
public struct DoseFormatter: Sendable {
  /// Joins the parts of a dose line.
  public static let separator = " · "

  public let text: HandoutText.DoseText

  public init(text: HandoutText.DoseText) {
    self.text = text
  }

  /// The whole dose line: amount · how often · which leg.
  public func line(_ dose: Dose, side: Side) -> String {
    let parts = amountAndSide(dose, side: side)
    return [parts.amount, frequency(dose), parts.side].compactMap { $0 }.joined(separator: Self.separator)
  }

  /// The amount and leg without the frequency, for the "Dose" column of the plan-at-a-glance table.
  public func tableDose(_ dose: Dose, side: Side) -> String {
    let parts = amountAndSide(dose, side: side)
    return [parts.amount, parts.side].compactMap { $0 }.joined(separator: Self.separator)
  }

  /// A time in minutes as the dose line writes it: "1 minute", "15 minutes".
  public func duration(minutes: Int) -> String {
    minutes == 1 ? text.oneMinute : text.minutes.filled(["minutes": "\(minutes)"])
  }

  /// How much: sets and repetitions, holds, seconds or minutes; nil when nothing is counted.
  public func amount(_ dose: Dose) -> String? {
    var parts: [String] = []
    let sets = max(dose.sets, 0)
    let reps = max(dose.reps, 0)
    let hold = max(dose.holdSeconds, 0)
    if hold > 0 {
      if sets > 1 && reps > 1 {
        parts.append(
          text.setsOfHolds.filled(["sets": "\(sets)", "count": "\(reps)", "seconds": "\(hold)"]))
      } else {
        let count = max(reps, sets, 1)
        parts.append(
          count == 1
            ? text.oneHold.filled(["seconds": "\(hold)"])
            : text.holds.filled(["count": "\(count)", "seconds": "\(hold)"]))
      }
    } else if reps > 0 {
      switch sets {
      case 0: parts.append(reps == 1 ? text.oneRep : text.reps.filled(["reps": "\(reps)"]))
      case 1: parts.append(text.oneSetAndReps.filled(["reps": "\(reps)"]))
      default: parts.append(text.setsAndReps.filled(["sets": "\(sets)", "reps": "\(reps)"]))
      }
    }
    if dose.seconds > 0 {
      parts.append(dose.seconds == 1 ? text.oneSecond : text.seconds.filled(["seconds": "\(dose.seconds)"]))
    }
    if dose.minutes > 0 {
      parts.append(duration(minutes: dose.minutes))
    }
    return parts.isEmpty ? nil : parts.joined(separator: Self.separator)
  }

  /// How often: "2 times a day", "once a day", "3 days a week", "2 times a day · 3 days a week".
  public func frequency(_ dose: Dose) -> String? {
    let perDay = timesPerDay(dose.timesPerDay)
    guard dose.daysPerWeek > 0, dose.daysPerWeek < 7 else { return perDay }
    let perWeek =
      dose.daysPerWeek == 1 ? text.oneDayAWeek : text.daysAWeek.filled(["count": "\(dose.daysPerWeek)"])
    if dose.timesPerDay > 1, let perDay { return perDay + Self.separator + perWeek }
    return perWeek
  }

  /// "once a day", "3 times a day"; nil for zero or fewer.
  public func timesPerDay(_ count: Int) -> String? {
    switch count {
    case ..<1: nil
    case 1: text.onceADay
    default: text.timesADay.filled(["count": "\(count)"])
    }
  }

  /// Which leg: "left leg", "right leg", "each side"; nil when the dose is not done per side.
  public func sidePhrase(_ dose: Dose, side: Side) -> String? {
    guard dose.perSide else { return nil }
    switch side {
    case .left: return text.leftLeg
    case .right: return text.rightLeg
    case .both: return text.eachSide
    }
  }

  /// The amount and the side phrase, glued as "45 seconds each side" for timed work on both sides.
  private func amountAndSide(_ dose: Dose, side: Side) -> (amount: String?, side: String?) {
    let amount = amount(dose)
    let sidePhrase = sidePhrase(dose, side: side)
    let timedOnly = dose.reps <= 0 && dose.holdSeconds <= 0 && (dose.seconds > 0 || dose.minutes > 0)
    if let amount, let sidePhrase, side == .both, timedOnly {
      return (amount + " " + sidePhrase, nil)
    }
    return (amount, sidePhrase)
  }
}
