// "How massage therapy helps" (the massage-therapist note and two positions) and "Using a massage
// gun" (who should not, the routine table, the body map, technique, no-go areas and stop signs).
import HomeProgramModel

extension PublicHandoutComposer {
  // MARK: - Massage therapy

  func massageTherapy() throws(PublicHandoutError) -> [Block] {
    let words = wording.massageTherapy
    let note = text.positions.massageTherapist
    var blocks: [Block] = [
      .keepTogether(
        [.heading(Heading(level: 1, text: wording.sections.massageTherapy))]
          + words.paragraphs.prefix(1).map { .paragraph(Paragraph(text: $0.text(for: locale))) })
    ]
    blocks += words.paragraphs.dropFirst().map { .paragraph(Paragraph(text: $0.text(for: locale))) }
    blocks.append(
      .keepTogether([.heading(Heading(level: 2, text: note.title)), .paragraph(Paragraph(text: note.text))]))
    for (id, sentence) in [
      (PositionID.proneOnPillow, words.faceDown), (PositionID.sideLyingPillowBetweenKnees, words.side),
    ] {
      guard let entry = text.positions.entry(for: id.rawValue) else {
        throw .missingText(kind: "position", id: id.rawValue)
      }
      blocks.append(
        .keepTogether([
          .figure(
            Figure(
              key: FigureKey.position(entry.id), caption: entry.title,
              height: HandoutComposer.positionFigureHeight)
          ),
          .paragraph(Paragraph(text: sentence)),
        ]))
    }
    blocks.append(.paragraph(Paragraph(text: words.unsure)))
    return blocks
  }

  // MARK: - Massage gun

  func massageGun() throws(PublicHandoutError) -> [Block] {
    let gun = text.massageGun
    let words = wording.massageGun
    let speed = configuration.gunSpeed
    let attachment = configuration.gunAttachment
    guard let speedText = gun.speedText(speed) else {
      throw .missingText(kind: "massage-gun speed", id: speed)
    }
    guard let attachmentText = gun.attachmentText(attachment) else {
      throw .missingText(kind: "massage-gun attachment", id: attachment)
    }
    var rows: [[String]] = []
    var whereLines: [String] = []
    for zone in PublicHandoutBuilder.gunZoneOrder {
      guard let entry = catalogue.entries.first(where: { $0.gunZone == zone }) else {
        throw .missingExercise(id: "massage-gun zone \(zone.rawValue)")
      }
      guard let dose = PublicHandoutBuilder.gentlestDose(entry)?.dose else { throw .noDose(id: entry.id) }
      guard let zoneText = gun.zone(zone) else {
        throw .missingText(kind: "massage-gun zone", id: zone.rawValue)
      }
      let time = doses.tableDose(Dose(seconds: dose.seconds, perSide: true), side: .both)
      rows.append([zoneText.name, time, speedText, attachmentText])
      whereLines.append(zoneText.where)
    }
    var avoid: [String] = []
    for area in configuration.gunAvoid {
      guard let line = gun.avoidText(area) else {
        throw .missingText(kind: "massage-gun avoid area", id: area.rawValue)
      }
      avoid.append(line)
    }
    return [
      .keepTogether([
        .heading(Heading(level: 1, text: wording.sections.massageGun)),
        .paragraph(Paragraph(text: gun.intro)),
      ]),
      .keepTogether([
        .heading(Heading(level: 2, text: gun.whoShouldNotTitle)), Block.bullets(gun.whoShouldNot),
        .paragraph(Paragraph(text: gun.askFirst)),
      ]),
      .paragraph(Paragraph([InlineRun(words.notYet.text(for: locale), .bold)])),
      .paragraph(Paragraph([InlineRun(words.discFirst, .bold)])),
      .keepTogether([
        .paragraph(Paragraph(text: gun.order)),
        .table(Table(header: gun.tableHeader, rows: rows, columnWeights: [3, 3, 2, 3])),
        .paragraph(Paragraph(text: words.startGently)),
      ]),
      Block.bullets(whereLines, ordered: true),
      // Shade only the zones of this routine (front of thigh and calf), as in a patient's handout.
      .figure(
        Figure(
          key: FigureKey.bodyMapKey(zones: PublicHandoutBuilder.gunZoneOrder),
          caption: gun.bodyMapCaption,
          height: HandoutComposer.bodyMapHeight)),
      .keepTogether([
        .heading(Heading(level: 2, text: gun.techniqueTitle)), Block.bullets(gun.technique, ordered: true),
      ]),
      .keepTogether([.heading(Heading(level: 2, text: gun.avoidTitle)), Block.bullets(avoid)]),
      .callout(
        Callout(
          kind: .caution, title: gun.stopTitle,
          body: [Block.bullets(gun.stopSigns), .paragraph(Paragraph(text: gun.nextDayWarning))])),
    ]
  }
}
