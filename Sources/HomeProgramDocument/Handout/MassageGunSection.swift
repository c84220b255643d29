import HomeProgramModel

/// The massage-gun routine's parts, built once for the patient handout and the public leaflet:
/// the routine table and where to work each zone, the body map, technique, no-go areas, stop
/// signs and who should not use a gun. Each document arranges them in its own order (the patient
/// handout around its plan, the leaflet around its "not yet" warnings), so the two can never
/// drift apart on how a gun is used.
struct MassageGunSection {
  /// One zone of a routine, in the order it is done.
  struct Zone {
    let zone: GunZone
    let secondsPerSide: Int
    /// A speed id with wording in `massage-gun.yaml` (`low`, …).
    let speed: String
    /// An attachment id with wording in `massage-gun.yaml` (`flat`, …).
    let attachment: String
  }

  /// A zone, speed, attachment or no-go area with no wording in Resources/text.
  struct MissingText: Error {
    let kind: String
    let id: String
  }

  /// Height reserved for the body map.
  static let bodyMapHeight = 220.0

  let wording: HandoutText.MassageGun
  /// The routine's zones, in order (shaded on the body map).
  let zones: [GunZone]
  /// Zone, time per side, speed and attachment, one row per zone.
  let table: Block
  /// Where to work each zone, numbered in the routine's order.
  let whereToWork: Block
  /// The no-go areas, in words.
  let noGoLines: [String]
  /// The body map's alternative text: the zones to treat and the no-go areas.
  let bodyMapAlt: String

  /// The parts of a routine over `zones`, with `avoid` as its no-go areas; wording from `text`,
  /// times by `doses`. Checks each zone's wording, speed and attachment in turn, then the areas.
  init(zones: [Zone], avoid: [GunAvoidArea], text: HandoutText, doses: DoseFormatter) throws(MissingText) {
    let wording = text.massageGun
    var rows: [[String]] = []
    var whereLines: [String] = []
    for zone in zones {
      guard let zoneText = wording.zone(zone.zone) else {
        throw MissingText(kind: "massage-gun zone", id: zone.zone.rawValue)
      }
      guard let speed = wording.speedText(zone.speed) else {
        throw MissingText(kind: "massage-gun speed", id: zone.speed)
      }
      guard let attachment = wording.attachmentText(zone.attachment) else {
        throw MissingText(kind: "massage-gun attachment", id: zone.attachment)
      }
      let time = doses.tableDose(Dose(seconds: zone.secondsPerSide, perSide: true), side: .both)
      rows.append([zoneText.name, time, speed, attachment])
      whereLines.append(zoneText.where)
    }
    var noGoLines: [String] = []
    for area in avoid {
      guard let line = wording.avoidText(area) else {
        throw MissingText(kind: "massage-gun avoid area", id: area.rawValue)
      }
      noGoLines.append(line)
    }
    self.wording = wording
    self.zones = zones.map(\.zone)
    self.table = .table(Table(header: wording.tableHeader, rows: rows, columnWeights: [3, 3, 2, 3]))
    self.whereToWork = Block.bullets(whereLines, ordered: true)
    self.noGoLines = noGoLines
    self.bodyMapAlt = wording.bodyMapAlt.filled([
      "zones": rows.map { $0[0] }.joined(separator: ", "), "avoid": noGoLines.joined(separator: "; "),
    ])
  }

  /// The body map with the routine's zones shaded, marking `side` when given; its alternative
  /// text names the zones and the no-go areas. A document may change its height and caption.
  func bodyMap(side: Side? = nil) -> Figure {
    Figure(
      key: FigureKey.bodyMapKey(zones: zones), caption: wording.bodyMapCaption, height: Self.bodyMapHeight,
      side: side, alt: bodyMapAlt)
  }

  /// The technique heading and its numbered steps.
  var technique: Block {
    .keepTogether([
      .heading(Heading(level: 2, text: wording.techniqueTitle)),
      Block.bullets(wording.technique, ordered: true),
    ])
  }

  /// The no-go heading ("Never use it on") and the areas.
  var noGoAreas: Block {
    .keepTogether([.heading(Heading(level: 2, text: wording.avoidTitle)), Block.bullets(noGoLines)])
  }

  /// The caution box: when to stop, and the next-day warning.
  var stopSigns: Block {
    .callout(
      Callout(
        kind: .caution, title: wording.stopTitle,
        body: [Block.bullets(wording.stopSigns), .paragraph(Paragraph(text: wording.nextDayWarning))]))
  }

  /// The compact routine of the short handout and the short leaflet: `lead` under the table, then
  /// the body map (smaller, no caption) beside where to work each area and how to use the gun; then
  /// the stop signs and the no-go areas as run-in lists joined by `separator`. With
  /// `techniqueBelow` (large print), how to use the gun starts `rest` at full width instead: beside
  /// the map, in large print, the row of a four-area routine was taller than the space left under
  /// its table and left that page half empty.
  func compact(lead: [Block], bodyMap figure: Figure, separator: String, techniqueBelow: Bool)
    -> (head: [Block], rest: [Block])
  {
    var figure = figure
    figure.height = Self.compactBodyMapHeight
    figure.caption = ""
    let techniqueBlocks: [Block] = [
      .heading(Heading(level: 2, text: wording.techniqueTitle)),
      Block.bullets(wording.technique, ordered: true, role: .small),
    ]
    let head =
      lead + [
        table,
        .figureRow(
          FigureRow(
            figure: figure, body: [Self.small(whereToWork)] + (techniqueBelow ? [] : techniqueBlocks),
            figureFraction: 0.3)),
      ]
    let rest: [Block] =
      (techniqueBelow ? [.keepTogether(techniqueBlocks)] : []) + [
        .callout(
          Callout(
            kind: .caution, title: wording.stopTitle,
            body: [
              .paragraph(Paragraph(text: wording.stopSigns.joined(separator: separator))),
              .paragraph(Paragraph(text: wording.nextDayWarning)),
            ])),
        .keepTogether([
          .heading(Heading(level: 2, text: wording.avoidTitle)),
          .paragraph(Paragraph(text: noGoLines.joined(separator: separator))),
        ]),
      ]
    return (head, rest)
  }

  /// Height of the body map beside the compact routine's words.
  static let compactBodyMapHeight = 190.0

  /// A list in small type (where to work, beside the body map).
  static func small(_ block: Block) -> Block {
    guard case .list(var list) = block else { return block }
    list.role = .small
    return .list(list)
  }

  /// Who should not use a massage gun, and "ask first".
  var whoShouldNot: Block {
    .keepTogether([
      .heading(Heading(level: 2, text: wording.whoShouldNotTitle)), Block.bullets(wording.whoShouldNot),
      .paragraph(Paragraph(text: wording.askFirst)),
    ])
  }
}
