import HomeProgramModel
import HomeProgramPlanner

/// One handout being composed: the inputs plus the parts shared by program handouts and referral
/// sheets (document info, footer, the emergency box, contact details).
struct HandoutComposer {
  let plan: Plan
  let profile: PatientProfile
  let clinic: Clinic
  let exercises: [String: Exercise]
  let text: HandoutText
  let options: HandoutOptions
  let doses: DoseFormatter
  /// Items shown as exercise cards: everything except massage-gun zones, in plan order.
  let cardItems: [PlanItem]
  /// The ids of `cardItems`: the only next steps a card names.
  let cardIDs: Set<String>

  init(
    plan: Plan, profile: PatientProfile, clinic: Clinic, exercises: [String: Exercise], text: HandoutText,
    options: HandoutOptions
  ) {
    self.plan = plan
    self.profile = profile
    self.clinic = clinic
    self.exercises = exercises
    self.text = text
    self.options = options
    self.doses = DoseFormatter(text: text.general.dose)
    self.cardItems = plan.items.filter { $0.category != .massageGun }
    self.cardIDs = Set(cardItems.map(\.id))
  }

  var locale: Clinic.Locale { clinic.locale }

  /// The therapist printed on the handout: the profile's, else the clinic's default.
  var therapist: String? { nonEmpty(profile.therapist) ?? nonEmpty(clinic.therapist) }

  /// The finished document around `blocks`; every page's footer carries the clinic. Every
  /// patient document (short handout, booklet, referral sheet) is laid out within the short
  /// margins (`Document.narrowMargins`).
  func document(title: String, subject: String, blocks: [Block]) -> Document {
    let general = text.general
    // Privacy: nothing about the patient goes into the document information.
    let info = DocumentInfo(
      title: title, author: nonEmpty(clinic.name) ?? general.document.defaultAuthor, subject: subject,
      creator: general.document.creator.filled(["version": options.programVersion]),
      language: profile.language.tag(for: locale))
    var catalogue = general.footer.catalogue.text(for: locale).filled(["version": options.catalogueVersion])
    if let hash = nonEmpty(options.contentHash) { catalogue += DoseFormatter.separator + hash }
    let footer = RunningFooter(
      leading: [nonEmpty(clinic.name), profile.patient.name].compactMap { $0 }, trailing: [catalogue])
    var document = Document(
      info: info, footer: footer, words: general.layout, accent: clinic.accentColor,
      largePrint: options.largePrint, blocks: blocks)
    document.narrowMargins = true
    return document
  }

  /// The sections this handout shares with the public leaflet.
  var shared: SharedSections { SharedSections(text: text, clinic: clinic) }

  /// Contact details a document has printed already, so "How to reach us" leaves them out.
  struct ContactParts: OptionSet {
    let rawValue: Int
    /// The clinic's phone.
    static let phone = ContactParts(rawValue: 1 << 0)
    /// "Your therapist: …".
    static let therapist = ContactParts(rawValue: 1 << 1)
  }

  /// "How to reach us": phone and website as links, address, therapist, without the parts in
  /// `omitting` (the caller printed them already). Empty when none is left. `inline` puts them in
  /// one small paragraph after a bold title (a referral sheet, so it stays on one page).
  func contactBlocks(omitting: ContactParts = [], inline: Bool = false) -> [Block] {
    let help = text.safety.help
    var lines: [Block] = []
    if !omitting.contains(.phone), let phone = nonEmpty(clinic.phone) {
      lines.append(
        .paragraph(
          Paragraph([InlineRun(help.phoneLabel), InlineRun(phone, .bold, link: Self.telLink(phone))])))
    }
    if let website = nonEmpty(clinic.website) {
      lines.append(
        .paragraph(
          Paragraph([InlineRun(help.websiteLabel), InlineRun(website, link: Self.webLink(website))])))
    }
    if let address = nonEmpty(clinic.address) {
      lines.append(.paragraph(Paragraph([InlineRun(help.addressLabel), InlineRun(address)])))
    }
    if !omitting.contains(.therapist), let therapist {
      lines.append(.paragraph(Paragraph(text: help.therapist.filled(["therapist": therapist]))))
    }
    guard !lines.isEmpty else { return [] }
    let title = shared.hasClinic ? help.contactTitle : help.contactTitleWithoutClinic
    if inline {
      let runs = lines.enumerated().flatMap { index, block -> [InlineRun] in
        guard case .paragraph(let paragraph) = block else { return [] }
        return (index == 0 ? [] : [InlineRun(DoseFormatter.separator)]) + paragraph.runs
      }
      return [.paragraph(Paragraph([InlineRun(title + ": ", .bold)] + runs, role: .small))]
    }
    // A few short lines: together with their heading, never one left alone on a last page.
    return [.keepTogether([.heading(Heading(level: 2, text: title))] + lines)]
  }

  /// "For José · Date: … · Your therapist: … · Reference: …" lines for the cover and referral sheets.
  func patientLines(includeReference: Bool) -> [String] {
    let cover = text.general.cover
    var lines = [
      cover.patient.filled(["name": profile.patient.name]),
      cover.date.filled(["date": text.general.dates.spelled(options.date, locale: locale)]),
    ]
    if let therapist { lines.append(cover.therapist.filled(["therapist": therapist])) }
    if includeReference, let reference = nonEmpty(profile.patient.reference) {
      lines.append(cover.reference.filled(["reference": reference]))
    }
    return lines
  }

  /// `tel:` link: the digits and a leading plus of a phone number.
  static func telLink(_ phone: String) -> String {
    let kept = phone.enumerated().filter { index, character in
      character.isASCII && (character.isNumber || (character == "+" && index == 0))
    }
    return "tel:" + String(kept.map(\.element))
  }

  /// An https link for a website given with or without its scheme.
  static func webLink(_ website: String) -> String {
    let lowered = website.lowercased()
    return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? website : "https://" + website
  }
}

/// The string, or nil when it is nil or only whitespace.
func nonEmpty(_ string: String?) -> String? {
  guard let string, !string.allSatisfy(\.isWhitespace) else { return nil }
  return string
}
