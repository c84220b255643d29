import HomeProgramModel

/// The parts the patient handout and the public leaflet share: the traffic-light card, "When to
/// get help" and the "when it feels easy / if it flares" next-step line. Built in one place, so the
/// two documents can never drift apart on safety advice.
struct SharedSections {
  let text: HandoutText
  let clinic: Clinic

  /// True when a clinic file names a clinic (a name, phone, website or address): only then may a
  /// document say "us".
  var hasClinic: Bool {
    [clinic.name, clinic.phone, clinic.website, clinic.address].contains { nonEmpty($0) != nil }
  }

  /// `template` with `{us}` and `{doctor_or_us}` filled: "us" / "your doctor or us" with a clinic
  /// file, "your doctor or physical therapist" without one.
  func addressed(_ template: String) -> String {
    let help = text.safety.help
    let without = help.usWithoutClinic.text(for: clinic.locale)
    return template.filled([
      "us": hasClinic ? help.us : without,
      "doctor_or_us": hasClinic ? help.doctorOrUs.text(for: clinic.locale) : without,
    ])
  }

  /// The green / amber / red card with its heading and intro, then the "stop and call us" line.
  /// `short`: the short documents' traffic light (`short.yaml`): a one-line lead, the rows in the
  /// compact card's type, and amber and red saying the easier change in words, since their cards
  /// print no easier version. `splits` lets the card break between its rows (the heading, the intro
  /// and the first row stay together).
  func trafficLight(short: Bool = false, splits: Bool = false) -> [Block] {
    let wording = text.general.trafficLight
    var amber = wording.amber
    var red = wording.red
    if short {
      amber.action = text.short.trafficLightAmber
      red.action = text.short.trafficLightRed
    }
    let rows = [
      (wording.green, RGBColor.trafficGreen), (amber, RGBColor.trafficAmber), (red, RGBColor.trafficRed),
    ].map { row, color in
      TrafficLight.Row(label: row.label, color: color, signs: row.signs, action: addressed(row.action))
    }
    let head: [Block] = [
      .heading(Heading(level: 1, text: text.general.sections.trafficLight)),
      .paragraph(Paragraph(text: short ? text.short.trafficLightIntro : wording.intro)),
    ]
    let light = Block.trafficLight(TrafficLight(rows: rows, compact: short, splitsBetweenRows: splits))
    // The warning after the rows stays with them when they stay together.
    let after = Block.paragraph(Paragraph([InlineRun(addressed(wording.after), .bold)]))
    return splits ? [.keepTogether(head), light, after] : [.keepTogether(head + [light, after])]
  }

  /// "Call 911 / 999 … now if you have": the cauda equina signs, in the clinic's locale.
  /// `explained: false` leaves out the paragraph on what cauda equina syndrome is, for a page that
  /// has just said it (the emergency sheet for cauda equina signs).
  func emergencyCallout(explained: Bool = true) -> Block {
    let help = text.safety.help
    var body: [Block] = [.bullets(help.emergencySigns)]
    if explained { body.append(.paragraph(Paragraph(text: help.emergencyWhy))) }
    return .callout(
      Callout(
        kind: .emergency,
        title: help.emergencyTitle.text(for: clinic.locale).filled(["number": clinic.emergencyNumber]),
        body: body))
  }

  /// "When to get help": the heading with the emergency box, the call-today box, for a pregnant
  /// patient the signs to stop exercising and call the doctor or midwife, and when to see a doctor
  /// anyway.
  func whenToGetHelp(pregnant: Bool = false) -> [Block] {
    let help = text.safety.help
    let locale = clinic.locale
    var blocks: [Block] = [
      .keepTogether([.heading(Heading(level: 1, text: text.general.sections.help)), emergencyCallout()]),
      .callout(
        Callout(
          kind: .caution, title: addressed(help.urgentTitle.text(for: locale)),
          body: [.bullets(help.urgentSigns)])
      ),
    ]
    if pregnant {
      blocks.append(
        .callout(
          Callout(
            kind: .caution, title: help.pregnancyTitle.text(for: locale),
            body: [.bullets(help.pregnancySigns)])))
    }
    blocks.append(.paragraph(Paragraph(text: help.seeSoon.text(for: locale))))
    return blocks
  }

  /// "Name A or Name B · note", or nil when there is neither.
  func nextSteps(_ names: [String], note: String?) -> String? {
    let parts = [
      names.isEmpty ? nil : names.joined(separator: text.general.exercises.nameSeparator), nonEmpty(note),
    ].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: DoseFormatter.separator)
  }
}
