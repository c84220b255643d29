// Referral sheets: short and unmistakable. What to do comes first, in the largest type; then why,
// what the patient told us, who the sheet is for, the emergency box and how to reach the clinic.
// Never an exercise list. No footer on the first page: safety text comes first.

extension HandoutComposer {
  func referralDocument() -> Document {
    let referrals = text.safety.referrals
    let subject = text.general.document.referralSubject
    var blocks: [Block]
    let title: String
    switch plan.outcome {
    case .emergencyReferral:
      let sheet = referrals.emergency
      title = sheet.documentTitle
      blocks = [
        .paragraph(
          Paragraph(
            [InlineRun(sheet.whatToDo.text(for: locale).filled(["number": clinic.emergencyNumber]), .bold)],
            role: .urgent)),
        .paragraph(Paragraph(text: sheet.why, role: .lead)),
        .paragraph(Paragraph(text: sheet.bring, role: .lead)),
        .paragraph(Paragraph(text: sheet.noExercises)),
      ]
      blocks += flagList(levels: [.emergency])
    case .urgentReferral:
      let sheet = referrals.urgent
      title = sheet.documentTitle
      blocks = [
        .paragraph(Paragraph([InlineRun(sheet.whatToDo.text(for: locale), .bold)], role: .urgent)),
        .paragraph(Paragraph(text: sheet.why, role: .lead)),
        .paragraph(Paragraph(text: sheet.noExercises)),
        .paragraph(Paragraph(text: sheet.meanwhile)),
        .paragraph(Paragraph(text: sheet.bring)),
      ]
      blocks += flagList(levels: [.urgent, .emergency])
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
      blocks = [.paragraph(Paragraph([InlineRun(advice.text(for: locale), .bold)], role: .lead))]
    }
    blocks.append(
      .paragraph(
        Paragraph(
          text: patientLines(includeReference: true).joined(separator: DoseFormatter.separator), role: .small,
          secondary: true)))
    blocks.append(emergencyCallout())
    blocks += contactBlocks()
    return document(title: title, subject: subject, onFirstPage: false, blocks: blocks)
  }

  /// "What you told us": the plan's flags at `levels`, in plain words (unknown ids are skipped).
  func flagList(levels: Set<RedFlagLevel>) -> [Block] {
    let lines = plan.redFlags.filter { levels.contains($0.level) }.compactMap {
      text.safety.redFlagText($0.id)
    }
    guard !lines.isEmpty else { return [] }
    return [
      .keepTogether([
        .heading(Heading(level: 2, text: text.safety.referrals.flagsTitle)), bullets(lines),
      ])
    ]
  }
}
