// Referral sheets: short and unmistakable. A full-width banner in the danger colour comes first
// (red "Emergency — go now", amber "Urgent — see a doctor within days") with what to do in the
// largest type, the patient reference under it, then why, what the patient told us, the signs to
// act on while waiting, the emergency box (R-RF-4) and how to reach the clinic. Never an exercise
// list. Every page's footer carries the clinic, as every document's does (it sits in the bottom
// margin, under the safety text).
import HomeProgramModel

extension HandoutComposer {
  /// Cauda equina symptoms (R-RESP-5: RF-E1 to RF-E5): the emergency sheet names the syndrome.
  static let caudaEquinaFlags: Set<String> = ["RF-E1", "RF-E2", "RF-E3", "RF-E4", "RF-E5"]
  /// A history of cancer with new pain (RF-U1): the urgent sheet adds the cancer team and the
  /// emergency signs of RF-E7.
  static let cancerHistoryFlag = "RF-U1"

  func referralDocument() -> Document {
    let referrals = text.safety.referrals
    let subject = text.general.document.referralSubject
    let number = clinic.emergencyNumber
    let reference = Block.paragraph(
      Paragraph(
        text: patientLines(includeReference: true).joined(separator: DoseFormatter.separator), role: .small,
        secondary: true))
    // Page 1 says whose sheet it is: the clinic's name and phone, for the staff who see the patient.
    let help = text.safety.help
    let fromClinic: [Block] =
      nonEmpty(clinic.name).map { name in
        let line =
          nonEmpty(clinic.phone).map { help.fromClinicPhone.filled(["clinic": name, "phone": $0]) }
          ?? help.fromClinic.filled(["clinic": name])
        return [.paragraph(Paragraph(text: line, role: .small))]
      } ?? []
    var blocks: [Block]
    let title: String
    // The emergency box (R-RF-4), on every sheet. The urgent sheet after cancer gives its signs in
    // its own box; the emergency sheet for cauda equina signs says what the syndrome is in its
    // first box, so the emergency box lists the signs without saying it again.
    var safetyNet: Block? = shared.emergencyCallout()
    switch plan.outcome {
    case .emergencyReferral:
      let sheet = referrals.emergency
      title = sheet.documentTitle
      let caudaEquina = plan.redFlags.contains { Self.caudaEquinaFlags.contains($0.referenceId) }
      blocks =
        [
          banner(
            .emergency, title: sheet.banner,
            whatToDo: sheet.whatToDo.text(for: locale).filled(["number": number]),
            then: sheet.doNotDrive.filled(["number": number])),
          reference,
        ] + fromClinic
      let signs = flagLines(levels: [.emergency])
      if !signs.isEmpty {
        if caudaEquina { safetyNet = shared.emergencyCallout(explained: false) }
        blocks.append(
          .callout(
            Callout(
              kind: .emergency, title: caudaEquina ? sheet.signsTitleCaudaEquina : sheet.signsTitle,
              body: [
                Block.bullets(signs),
                .paragraph(Paragraph(text: caudaEquina ? sheet.whyCaudaEquina : sheet.why)),
              ])))
      }
      blocks.append(.paragraph(Paragraph(text: sheet.noExercises)))
    case .urgentReferral:
      let sheet = referrals.urgent
      title = sheet.documentTitle
      let cancer = plan.redFlags.contains { $0.referenceId == Self.cancerHistoryFlag }
      if cancer { safetyNet = nil }
      blocks =
        [
          banner(
            .caution, title: sheet.banner,
            whatToDo: (cancer ? sheet.whatToDoCancer : sheet.whatToDo).text(for: locale)),
          reference,
        ] + fromClinic + [
          .paragraph(Paragraph(text: sheet.why.text(for: locale), role: .lead))
        ]
      // The reported signs right under "Some of the signs you reported…", without a heading.
      let reported = flagLines(levels: [.urgent, .emergency])
      if !reported.isEmpty { blocks.append(Block.bullets(reported)) }
      // One paragraph, so the sheet fits one page at normal print.
      blocks.append(
        .paragraph(Paragraph(text: [sheet.noExercises, sheet.meanwhile, sheet.bring].joined(separator: " "))))
      if cancer {
        // RF-E7 and the emergency safety net (R-RF-4) in one box: the signs after cancer, then
        // the cauda equina signs.
        blocks.append(
          .callout(
            Callout(
              kind: .emergency,
              title: sheet.cancerEmergencyTitle.text(for: locale).filled(["number": number]),
              body: [
                Block.bullets(sheet.cancerEmergencySigns + help.emergencySigns),
                .paragraph(Paragraph(text: sheet.cancerEmergencyWhy)),
              ])))
      }
      blocks.append(
        .callout(
          Callout(
            kind: .caution, title: shared.addressed(sheet.callTodayTitle.text(for: locale)),
            body: [Block.bullets(sheet.callTodaySigns + (cancer ? [] : sheet.callTodayNerveSigns))])))
    case .notEligible, .program:
      let sheet = referrals.notEligible
      title = sheet.documentTitle
      let advice: LocalizedText
      if let age = profile.patient.age, age < 16 {
        advice = sheet.under16
      } else if profile.conditions.contains(.recentSpinalSurgery) {
        advice = sheet.recentSpinalSurgery
      } else {
        advice = sheet.other
      }
      blocks =
        [.paragraph(Paragraph([InlineRun(advice.text(for: locale), .bold)], role: .lead)), reference]
        + fromClinic
    }
    if let safetyNet { blocks.append(safetyNet) }
    // Page 1 names the therapist in the patient line and, with a clinic name, the phone in the
    // "From …" line.
    blocks += contactBlocks(omitting: fromClinic.isEmpty ? [.therapist] : [.phone, .therapist], inline: true)
    var document = document(title: title, subject: subject, blocks: blocks)
    // One page whenever tighter spacing can make it (the emergency and urgent sheets; the short
    // margins, over half an inch all round, are what lets the urgent sheet fit at normal print
    // with a long name, date and reference on the patient's line).
    document.fitPages = 1
    return document
  }

  /// The full-width banner at the top of a referral sheet: a callout in the danger colour whose
  /// body starts with what to do, in the largest type.
  func banner(_ kind: CalloutKind, title: String, whatToDo: String, then: String? = nil) -> Block {
    var body: [Block] = [.paragraph(Paragraph([InlineRun(whatToDo, .bold)], role: .urgent))]
    if let then { body.append(.paragraph(Paragraph([InlineRun(then, .bold)], role: .lead))) }
    return .callout(Callout(kind: kind, title: title, body: body))
  }

  /// The plan's flags at `levels`, in plain words (unknown ids are skipped).
  func flagLines(levels: Set<RedFlagLevel>) -> [String] {
    plan.redFlags.filter { levels.contains($0.level) }.compactMap { text.safety.redFlagText($0.id) }
  }
}
