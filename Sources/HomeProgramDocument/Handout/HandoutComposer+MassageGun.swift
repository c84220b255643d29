// The massage-gun section: the routine when the plan includes it, otherwise one kind sentence
// for the reason and a short safety note.
import HomeProgramModel

extension HandoutComposer {
  /// Height reserved for the massage-gun body map.
  static let bodyMapHeight = 220.0

  func massageGun() throws -> [Block] {
    let gun = plan.massageGun
    let wording = text.massageGun
    guard gun.included else {
      var body: [Block] = [.heading(Heading(level: 1, text: wording.notIncludedTitle))]
      if let reason = gun.notIncludedReason {
        guard let sentence = wording.notIncludedText(reason) else {
          throw HandoutBuilderError.missingText(kind: "massage-gun exclusion reason", id: reason.rawValue)
        }
        body.append(.paragraph(Paragraph(text: sentence)))
      }
      body.append(.paragraph(Paragraph(text: wording.notIncludedSafety)))
      return [.keepTogether(body)]
    }

    var rows: [[String]] = []
    var whereLines: [String] = []
    for zone in gun.zones {
      guard let zoneText = wording.zone(zone.zone) else {
        throw HandoutBuilderError.missingText(kind: "massage-gun zone", id: zone.zone.rawValue)
      }
      guard let speed = wording.speedText(zone.speed) else {
        throw HandoutBuilderError.missingText(kind: "massage-gun speed", id: zone.speed)
      }
      guard let attachment = wording.attachmentText(zone.attachment) else {
        throw HandoutBuilderError.missingText(kind: "massage-gun attachment", id: zone.attachment)
      }
      let time = doses.tableDose(Dose(seconds: zone.secondsPerSide, perSide: true), side: .both)
      rows.append([zoneText.name, time, speed, attachment])
      whereLines.append(zoneText.where)
    }

    var blocks: [Block] = [
      .keepTogether([
        .heading(Heading(level: 1, text: text.general.sections.massageGun)),
        .paragraph(Paragraph(text: wording.intro)), .paragraph(Paragraph(text: wording.order)),
        .table(Table(header: wording.tableHeader, rows: rows, columnWeights: [3, 3, 2, 3])),
      ]),
      Block.bullets(whereLines, ordered: true),
      .figure(
        Figure(
          key: FigureKey.bodyMapKey(zones: gun.zones.map(\.zone)), caption: wording.bodyMapCaption,
          height: Self.bodyMapHeight, side: plan.side)),
      .keepTogether([
        .heading(Heading(level: 2, text: wording.techniqueTitle)),
        Block.bullets(wording.technique, ordered: true),
      ]),
      .keepTogether([.heading(Heading(level: 2, text: wording.avoidTitle)), Block.bullets(try avoidLines())]),
      .callout(
        Callout(
          kind: .caution, title: wording.stopTitle,
          body: [Block.bullets(wording.stopSigns), .paragraph(Paragraph(text: wording.nextDayWarning))])),
      .keepTogether([
        .heading(Heading(level: 2, text: wording.whoShouldNotTitle)), Block.bullets(wording.whoShouldNot),
        .paragraph(Paragraph(text: wording.askFirst)),
      ]),
    ]
    if !gun.precautions.isEmpty {
      blocks.append(
        .callout(
          Callout(
            kind: .note, title: wording.precautionTitle,
            body: [.paragraph(Paragraph(text: try precautionLine(gun.precautions)))])))
    }
    return blocks
  }

  /// The plan's avoid areas in words; every area when the plan lists none (the safe default).
  func avoidLines() throws -> [String] {
    let ids = plan.massageGun.avoid.isEmpty ? GunAvoidArea.allCases.map(\.rawValue) : plan.massageGun.avoid
    return try ids.map { id in
      guard let area = GunAvoidArea(rawValue: id), let line = text.massageGun.avoidText(area) else {
        throw HandoutBuilderError.missingText(kind: "massage-gun avoid area", id: id)
      }
      return line
    }
  }

  /// "Your therapist has checked … with pregnancy and diabetes. …"
  func precautionLine(_ conditions: [Condition]) throws -> String {
    let wording = text.massageGun
    let names = try conditions.map { condition in
      guard let name = wording.precautionName(condition) else {
        throw HandoutBuilderError.missingText(kind: "cleared precaution", id: condition.rawValue)
      }
      return name
    }
    let list: String
    if names.count <= 2 {
      list = names.joined(separator: wording.listAnd)
    } else {
      list = names.dropLast().joined(separator: ", ") + wording.listAnd + (names.last ?? "")
    }
    return wording.precaution.filled(["conditions": list])
  }
}
