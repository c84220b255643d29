// "How massage therapy helps" (the massage-therapist note and two positions) and "Using a massage
// gun" (who should not, the routine table, the body map, technique, no-go areas and stop signs).
import HomeProgramModel

extension PublicHandoutComposer {
  // MARK: - Massage therapy

  /// How massage therapy helps and what to tell a massage therapist; with `figures`, each
  /// position's figure above its sentence, else (the short leaflet) the positions in words only.
  func massageTherapy(figures: Bool = true) throws(PublicHandoutError) -> [Block] {
    let words = wording.massageTherapy
    let note = text.positions.massageTherapist
    var blocks: [Block] = [
      .keepTogether(
        [.heading(Heading(level: 1, text: wording.sections.massageTherapy))]
          + words.paragraphs.prefix(1).map { .paragraph(Paragraph(text: $0.text(for: locale))) })
    ]
    blocks += words.paragraphs.dropFirst().map { .paragraph(Paragraph(text: $0.text(for: locale))) }
    guard figures else {
      return blocks + [
        .keepTogether([
          .heading(Heading(level: 2, text: note.title)), .paragraph(Paragraph(text: note.text)),
          .paragraph(Paragraph(text: words.faceDown + " " + words.side)),
        ]),
        .paragraph(Paragraph(text: words.unsure)),
      ]
    }
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
              height: HandoutComposer.positionFigureHeight, alt: entry.alt.text(for: locale))
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
    let section = try routine()
    return gunWarnings(section, splittable: false) + [
      .keepTogether([
        .paragraph(Paragraph(text: gun.order)), section.table, .paragraph(Paragraph(text: words.startGently)),
      ]),
      section.whereToWork,
      // Shade only the zones of this routine (front of thigh and calf), as in a patient's handout.
      .figure(section.bodyMap()), section.technique, section.noGoAreas, section.stopSigns,
    ]
  }

  /// The section's heading and introduction, who should not use a gun and "ask first", then the
  /// "not yet" and disc warnings. With `splittable`, the who-should-not list may break between
  /// its items (its heading stays with the first); else it stays whole.
  func gunWarnings(_ section: MassageGunSection, splittable: Bool) -> [Block] {
    let gun = text.massageGun
    let words = wording.massageGun
    let whoShouldNot: [Block] =
      splittable
      ? [
        .heading(Heading(level: 2, text: gun.whoShouldNotTitle)), Block.bullets(gun.whoShouldNot),
        .paragraph(Paragraph(text: gun.askFirst)),
      ] : [section.whoShouldNot]
    return [
      .keepTogether([
        .heading(Heading(level: 1, text: wording.sections.massageGun)),
        .paragraph(Paragraph(text: gun.intro)),
      ])
    ] + whoShouldNot + [
      .paragraph(Paragraph([InlineRun(words.notYet.text(for: locale), .bold)])),
      .paragraph(Paragraph([InlineRun(words.discFirst, .bold)])),
    ]
  }

  /// The leaflet's routine: `PublicHandoutBuilder.gunZoneOrder` at each zone's gentlest catalogue
  /// dose, at the configured speed and attachment, with the configured no-go areas.
  func routine() throws(PublicHandoutError) -> MassageGunSection {
    var zones: [MassageGunSection.Zone] = []
    for zone in PublicHandoutBuilder.gunZoneOrder {
      guard let entry = catalogue.entries.first(where: { $0.gunZone == zone }) else {
        throw .missingExercise(id: "massage-gun zone \(zone.rawValue)")
      }
      guard let dose = PublicHandoutBuilder.gentlestDose(entry)?.dose else { throw .noDose(id: entry.id) }
      zones.append(
        MassageGunSection.Zone(
          zone: zone, secondsPerSide: dose.seconds, speed: configuration.gunSpeed,
          attachment: configuration.gunAttachment))
    }
    do {
      return try MassageGunSection(zones: zones, avoid: configuration.gunAvoid, text: text, doses: doses)
    } catch {
      throw .missingText(kind: error.kind, id: error.id)
    }
  }
}
