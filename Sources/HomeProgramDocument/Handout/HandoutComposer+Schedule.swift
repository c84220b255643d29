// The cover's "Your day": worked out from the same doses the exercise cards print, so the cover
// and the cards can never disagree. Session exercises are grouped by how often their own dose says
// to do them: every day once (the main session), on some days only (added to it), a second and a
// third time later in the day, and more often than that (short extras spread through the day).
// Walking and cycling, resting positions and the massage gun are done on their own.
import HomeProgramModel
import HomeProgramPlanner

extension HandoutComposer {
  /// The most times a day an exercise is done in a sitting (§3.4: at most 3 sessions a day,
  /// R-SESS-1); an exercise done more often is a short extra spread through the day.
  var maximumSessionsPerDay: Int { options.planner.sessionsPerDay.values.max() ?? 3 }

  /// The session exercises, in plan order (without what is done on its own, as `SessionEstimate`
  /// counts them).
  var sessionItems: [PlanItem] {
    cardItems.filter { !SessionEstimate.separateCategories.contains($0.category) }
  }

  /// The session exercises done in sittings (at most `maximumSessionsPerDay` times a day).
  var sittingItems: [PlanItem] { sessionItems.filter { $0.dose.timesPerDay <= maximumSessionsPerDay } }

  /// How many sittings a day the schedule has: the most any sitting exercise's dose asks for.
  var sittingsPerDay: Int { max(sittingItems.map { max($0.dose.timesPerDay, 1) }.max() ?? 1, 1) }

  /// One part of the day: when (with the minutes it takes), and the exercises done then. `items`
  /// print their names (and, in the short handout's table, their whole dose line); `text` is
  /// printed instead when there are no items (the massage gun).
  struct ScheduleGroup {
    let when: String
    let items: [PlanItem]
    /// True when each item's frequency goes with its name ("Face-down press-up (4 times a day)").
    var withFrequency = false
    /// True when each item's whole dose line goes with its name (walks, resting positions).
    var withDose = false
    var text: String?
  }

  /// The parts of the day, in order.
  func scheduleGroups() -> [ScheduleGroup] {
    let wording = text.short.schedule
    let configuration = options.planner
    // "1 minute", "4 minutes": the dose line's words for a time.
    func minutes(_ items: [PlanItem]) -> String {
      doses.duration(minutes: max(SessionEstimate.minutes(of: items, configuration: configuration), 1))
    }
    var groups: [ScheduleGroup] = []
    let sittings = sittingItems
    // Every day, once: what is done daily; then, by days a week, what is added on some days.
    let daily = sittings.filter { !Self.someDaysOnly($0.dose) }
    if !daily.isEmpty {
      groups.append(ScheduleGroup(when: wording.everyDay.filled(["duration": minutes(daily)]), items: daily))
    }
    let partWeek = sittings.filter { Self.someDaysOnly($0.dose) }
    for days in Set(partWeek.map(\.dose.daysPerWeek)).sorted(by: >) {
      let items = partWeek.filter { $0.dose.daysPerWeek == days }
      let template = days == 1 ? wording.someDaysOne : wording.someDays
      groups.append(
        ScheduleGroup(when: template.filled(["days": "\(days)", "duration": minutes(items)]), items: items))
    }
    // Again later in the day: what the dose asks for 2 or 3 times a day.
    for (round, template) in [(2, wording.secondTime), (3, wording.thirdTime)] {
      let items = sittings.filter { $0.dose.timesPerDay >= round }
      guard !items.isEmpty else { continue }
      groups.append(ScheduleGroup(when: template.filled(["duration": minutes(items)]), items: items))
    }
    // More often than a sitting: short extras, with their own frequency from the card's dose.
    let extras = sessionItems.filter { $0.dose.timesPerDay > maximumSessionsPerDay }
    if !extras.isEmpty {
      groups.append(ScheduleGroup(when: wording.throughTheDay, items: extras, withFrequency: true))
    }
    // On their own: resting positions, walking and cycling, each with the card's whole dose line.
    let resting = cardItems.filter { $0.category == .position }
    if !resting.isEmpty {
      groups.append(ScheduleGroup(when: wording.resting, items: resting, withDose: true))
    }
    let aerobic = cardItems.filter { $0.category == .aerobic }
    if !aerobic.isEmpty {
      let cycling = aerobic.filter { exercises[$0.id]?.equipment.contains(.stationaryBike) ?? false }
      let label =
        cycling.isEmpty
        ? wording.walking : cycling.count == aerobic.count ? wording.cycling : wording.walkingAndCycling
      groups.append(ScheduleGroup(when: label, items: aerobic, withDose: true))
    }
    if plan.massageGun.included {
      groups.append(ScheduleGroup(when: wording.massageGun, items: [], text: text.general.cover.gunRowWhen))
    }
    return groups
  }

  /// An item's name as the schedule prints it.
  func scheduleName(_ item: PlanItem) -> String { exercises[item.id]?.name ?? item.name }

  /// "Your day" for the booklet's cover, under the plan at a glance: a heading and a two-column
  /// table, one row per part of the day.
  func schedule() -> [Block] {
    let wording = text.short.schedule
    let rows = scheduleGroups().map { group -> [String] in
      if let text = group.text { return [group.when, text] }
      let names = group.items.map { item in
        if group.withFrequency {
          return wording.itemWithFrequency.filled([
            "name": scheduleName(item), "frequency": doses.frequency(item.dose) ?? "",
          ])
        }
        if group.withDose {
          return wording.itemWithDose.filled([
            "name": scheduleName(item), "dose": doses.line(item.dose, side: item.side),
          ])
        }
        return scheduleName(item)
      }
      return [group.when, names.joined(separator: wording.separator)]
    }
    guard !rows.isEmpty else { return [] }
    return [
      .keepTogether([
        .heading(Heading(level: 2, text: wording.title)),
        .table(Table(header: wording.header, rows: rows, columnWeights: [2, 3])),
      ])
    ]
  }

  /// "Your day" for the short handout's cover, the plan at a glance and the schedule in one
  /// table: when (with its minutes), then each exercise done then with the very dose line its
  /// card prints. An exercise done again later in the day is named again, its dose cell saying
  /// it is the same dose again (the dose is printed once, in the row that first names it).
  func dayTable() -> [Block] {
    let wording = text.short.schedule
    var rows: [[String]] = []
    var dosed: Set<String> = []
    for group in scheduleGroups() {
      if let text = group.text {
        rows.append([group.when, wording.massageGun, text])
        continue
      }
      let repeated = group.items.filter { dosed.contains($0.id) }
      let fresh = group.items.filter { !dosed.contains($0.id) }
      for (index, item) in fresh.enumerated() {
        rows.append([
          index == 0 ? group.when : "", scheduleName(item), doses.line(item.dose, side: item.side),
        ])
        dosed.insert(item.id)
      }
      if !repeated.isEmpty {
        rows.append([
          fresh.isEmpty ? group.when : "", repeated.map(scheduleName).joined(separator: wording.separator),
          repeated.count == 1 ? wording.againOne : wording.againMany,
        ])
      }
    }
    guard !rows.isEmpty else { return [] }
    let blocks: [Block] = [
      .heading(Heading(level: 2, text: wording.title)),
      .table(Table(header: wording.dayHeader, rows: rows, columnWeights: [2.6, 2.6, 4.8], role: .small)),
    ]
    // In large print the table may run on under the title band, its header repeated.
    return options.largePrint ? blocks : [.keepTogether(blocks)]
  }

  /// True when the dose is for some days of the week only (1 to 6).
  static func someDaysOnly(_ dose: Dose) -> Bool { dose.daysPerWeek > 0 && dose.daysPerWeek < 7 }
}
