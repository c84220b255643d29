import HomeProgramModel
import HomeProgramPlanner

/// The closed value sets of the profile, grouped and labelled for the form. Every option comes
/// from an `allCases` list, the planner configuration or the catalogue; nothing is typed twice.
public struct FormChoices: Sendable {
  /// One checkbox or option: the contract id, a short label and, where useful, plain wording.
  public struct Choice: Sendable, Equatable {
    public var id: String
    public var label: String
    public var hint: String?
  }

  /// A titled group of choices (one fieldset).
  public struct Group: Sendable, Equatable {
    public var key: String
    public var title: String
    public var hint: String
    public var choices: [Choice]
  }

  /// Red flags by level: emergency, urgent, review.
  public var redFlagGroups: [Group]
  /// Conditions: massage gun never, only if cleared, program, exercise.
  public var conditionGroups: [Group]
  /// Catalogue entries, in catalogue order, for exclude and include.
  public var exercises: [Choice]

  /// The groups for `catalogue` with the red-flag wording of `text`.
  public init(catalogue: Catalogue, text: HandoutText, configuration: PlannerConfiguration = .standard) {
    redFlagGroups = RedFlagLevel.allCases.map { level in
      Group(
        key: level.rawValue, title: Self.redFlagTitle(level), hint: Self.redFlagHint(level),
        choices: RedFlag.allCases.filter { $0.level == level }.map { flag in
          Choice(
            id: flag.rawValue, label: "\(Self.humanize(flag.rawValue)) (\(flag.referenceID))",
            hint: text.safety.redFlagText(flag.rawValue))
        })
    }
    // A condition's exercise rules, joined: "pregnancy: no lying face down; pregnancy: no exercise …".
    let exerciseRules = Dictionary(
      configuration.tagRules.map { ($0.condition, $0.reason) }, uniquingKeysWith: { "\($0); \($1)" })
    func choice(_ condition: Condition) -> Choice {
      var label = Self.humanize(condition.rawValue)
      if let id = condition.gunReferenceID { label += " (\(id))" }
      return Choice(id: condition.rawValue, label: label, hint: exerciseRules[condition])
    }
    let never = Condition.allCases.filter { $0.gunEffect == .never }
    let cleared = Condition.allCases.filter { $0.gunEffect == .onlyIfCleared }
    let other = Condition.allCases.filter { $0.gunEffect == .none }
    let exercise = other.filter { exerciseRules[$0] != nil }
    let program = other.filter { exerciseRules[$0] == nil }
    conditionGroups = [
      Group(
        key: "gun_never", title: "Massage gun: never",
        hint: "Any of these leaves the massage gun out, whatever else is set.",
        choices: never.map(choice)),
      Group(
        key: "gun_if_cleared", title: "Massage gun: only if cleared",
        hint: "The gun is used only when a clinician ticks “cleared for massage gun” below.",
        choices: cleared.map(choice)),
      Group(
        key: "program", title: "Program",
        hint: "No home program: the handout becomes an advice sheet.", choices: program.map(choice)),
      Group(
        key: "exercise", title: "Exercise limits",
        hint: "Exercises that would load these are swapped for safe ones.", choices: exercise.map(choice)),
    ]
    exercises = catalogue.entries.map { entry in
      Choice(id: entry.id, label: entry.name, hint: Self.humanize(entry.category.rawValue))
    }
  }

  /// `dvt_or_clot_history` → "DVT or clot history".
  public static func humanize(_ id: String) -> String {
    let acronyms = ["dvt": "DVT"]
    let words = id.split(separator: "_").map { word in acronyms[String(word)] ?? String(word) }
    guard let first = words.first else { return id }
    let head = first.prefix(1).uppercased() + first.dropFirst()
    return ([head] + words.dropFirst()).joined(separator: " ")
  }

  static func redFlagTitle(_ level: RedFlagLevel) -> String {
    switch level {
    case .emergency: "Emergency — same-day emergency referral"
    case .urgent: "Urgent — see a doctor within days"
    case .review: "Review — program with a review reminder"
    }
  }

  static func redFlagHint(_ level: RedFlagLevel) -> String {
    switch level {
    case .emergency: "Any one of these replaces the program with an emergency referral sheet."
    case .urgent: "Any one of these replaces the program with an urgent referral sheet."
    case .review: "The program is printed with a reminder to review it soon."
    }
  }
}
