// The massage-gun section: the routine when the plan includes it, otherwise one kind sentence
// for the reason and a short safety note.
import HomeProgramModel
import HomeProgramPlanner

extension HandoutComposer {
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

    let section = try routine()
    var blocks: [Block] = [
      .keepTogether([
        .heading(Heading(level: 1, text: text.general.sections.massageGun)),
        .paragraph(Paragraph(text: wording.intro)), .paragraph(Paragraph(text: wording.order)), section.table,
      ]),
      section.whereToWork, .figure(section.bodyMap(side: plan.side)), section.technique, section.noGoAreas,
      section.stopSigns, section.whoShouldNot,
    ]
    blocks += try precautionCallout()
    return blocks
  }

  /// The note box naming the conditions the therapist has cleared for the gun; none without any.
  func precautionCallout() throws -> [Block] {
    let precautions = plan.massageGun.precautions
    guard !precautions.isEmpty else { return [] }
    return [
      .callout(
        Callout(
          kind: .note, title: text.massageGun.precautionTitle,
          body: [.paragraph(Paragraph(text: try precautionLine(precautions)))]))
    ]
  }

  /// The plan's routine: its zones in order and its no-go areas (every area when the plan lists
  /// none, the safe default).
  func routine() throws(HandoutBuilderError) -> MassageGunSection {
    let gun = plan.massageGun
    let ids = gun.avoid.isEmpty ? GunAvoidArea.allCases.map(\.rawValue) : gun.avoid
    var avoid: [GunAvoidArea] = []
    for id in ids {
      guard let area = GunAvoidArea(rawValue: id) else {
        throw .missingText(kind: "massage-gun avoid area", id: id)
      }
      avoid.append(area)
    }
    let zones = gun.zones.map { zone in
      MassageGunSection.Zone(
        zone: zone.zone, secondsPerSide: zone.secondsPerSide, speed: zone.speed, attachment: zone.attachment)
    }
    do {
      return try MassageGunSection(zones: zones, avoid: avoid, text: text, doses: doses)
    } catch {
      throw .missingText(kind: error.kind, id: error.id)
    }
  }

  /// "Your therapist has checked … with a disc problem and diabetes. …"
  func precautionLine(_ precautions: [GunPrecaution]) throws -> String {
    let wording = text.massageGun
    let names = try precautions.map { precaution in
      let name: String? =
        switch precaution {
        case .cleared(let condition): wording.precautionName(condition)
        case .herniatedDisc: wording.precautionDisc
        }
      guard let name else {
        throw HandoutBuilderError.missingText(kind: "cleared precaution", id: precaution.id)
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
