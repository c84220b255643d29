// The public handout, in order: cover (page 1), understanding sciatica, how massage therapy helps,
// who should get assessed first, using a massage gun, a gentle starter program, the traffic light, when to get help and the
// clinic's call to action. Nothing here knows about patients.
import HomeProgramModel
import HomeProgramPlanner

/// One public handout being composed: the inputs and the parts every section shares.
struct PublicHandoutComposer {
  let catalogue: Catalogue
  let text: HandoutText
  let clinic: Clinic
  let options: PublicHandoutOptions
  let starterIDs: [String]
  let configuration: PlannerConfiguration
  let doses: DoseFormatter

  init(
    catalogue: Catalogue, text: HandoutText, clinic: Clinic, options: PublicHandoutOptions,
    starterIDs: [String], configuration: PlannerConfiguration
  ) {
    self.catalogue = catalogue
    self.text = text
    self.clinic = clinic
    self.options = options
    self.starterIDs = starterIDs
    self.configuration = configuration
    self.doses = DoseFormatter(text: text.general.dose)
  }

  var locale: Clinic.Locale { clinic.locale }
  /// The sections this leaflet shares with the patient handout.
  var shared: SharedSections { SharedSections(text: text, clinic: clinic) }
  var wording: HandoutText.PublicHandout { text.publicHandout }
  var clinicName: String? { nonEmpty(clinic.name) }

  func document() throws(PublicHandoutError) -> Document {
    let blocks = options.form == .short ? try shortBlocks() : try bookletBlocks()
    let general = text.general
    let info = DocumentInfo(
      title: wording.document.title, author: clinicName ?? general.document.defaultAuthor,
      subject: wording.document.subject,
      creator: general.document.creator.filled(["version": options.programVersion]),
      language: options.language.tag(for: locale))
    var stamp = general.footer.catalogue.text(for: locale).filled(["version": catalogue.version])
    if let hash = nonEmpty(options.contentHash) { stamp += DoseFormatter.separator + hash }
    let footer = RunningFooter(leading: [clinicName].compactMap { $0 }, trailing: [stamp])
    var document = Document(
      info: info, footer: footer, words: general.layout, accent: clinic.accentColor,
      largePrint: options.largePrint, blocks: blocks)
    // The short handout's margins, as the patient booklet has them too; the booklet's spacing
    // tightens when that saves a page (`Document.tightensToSavePages`).
    document.narrowMargins = true
    document.tightensToSavePages = options.form == .booklet
    return document
  }

  /// The booklet's blocks: the cover with its contents list, each section in full.
  func bookletBlocks() throws(PublicHandoutError) -> [Block] {
    var blocks = cover()
    blocks += [.pageBreak] + understanding()
    blocks += try massageTherapy()
    blocks.append(getAssessedFirst())
    blocks += try massageGun()
    blocks += [.sectionBreak] + (try starterProgram())
    blocks += shared.trafficLight()
    blocks += shared.whenToGetHelp()
    blocks += callToAction()
    return blocks
  }

  /// Level-1 section headings, in order (the cover's "In this guide" list).
  var sectionTitles: [String] {
    let sections = text.general.sections
    return [
      sections.understanding, wording.sections.massageTherapy, wording.sections.massageGun,
      wording.sections.starter.text(for: locale), sections.trafficLight, sections.help,
      wording.sections.callToAction,
    ]
  }

  // MARK: - Cover

  /// The title band, the introduction, the contents list (unless `contents` is false) and the
  /// safety pointer.
  func cover(contents: Bool = true) -> [Block] {
    let cover = wording.cover
    var blocks: [Block] = [
      .titleBand(
        TitleBand(
          overline: clinicName ?? "", title: cover.title, lines: [cover.subtitle], logoPath: clinic.logoPath,
          logoAlt: clinicName.map { text.general.document.logoAlt.filled(["clinic": $0]) }))
    ]
    blocks += cover.intro.enumerated().map { index, paragraph in
      .paragraph(Paragraph(text: paragraph, role: index == 0 ? .lead : .body))
    }
    if contents {
      blocks.append(
        .keepTogether([
          .heading(Heading(level: 2, text: cover.contentsTitle)), Block.bullets(sectionTitles),
        ]))
    }
    blocks.append(
      .paragraph(
        Paragraph(
          text: text.general.cover.safetyPointer.filled(["number": clinic.emergencyNumber]), role: .small)))
    return blocks
  }

  // MARK: - Understanding sciatica

  /// What sciatica is, its causes, what to expect, hurt is not harm and keep moving; with
  /// `paragraphs`, only that many of each topic's paragraphs (the short leaflet: the first).
  func understanding(paragraphs: Int? = nil) -> [Block] {
    let education = text.education
    let causes = wording.causes
    var blocks: [Block] = [.heading(Heading(level: 1, text: text.general.sections.understanding))]
    blocks += topic(education.whatIsIt, paragraphs: paragraphs)
    blocks += [
      .keepTogether([
        .heading(Heading(level: 2, text: causes.heading)), .paragraph(Paragraph(text: causes.intro)),
      ]),
      Block.bullets(causes.items),
      .paragraph(Paragraph(text: causes.after)),
    ]
    for item in [education.whatToExpect.topic, education.hurtIsNotHarm, education.keepMoving] {
      blocks += topic(item, paragraphs: paragraphs)
    }
    // The section heading stays with its first sub-heading and paragraph.
    return [.keepTogether(Array(blocks.prefix(2)))] + blocks.dropFirst(2)
  }

  /// A level-2 heading kept with its first paragraph, then the other paragraphs (the first
  /// `paragraphs` of them, when given).
  func topic(_ topic: HandoutText.Education.Topic, paragraphs: Int? = nil) -> [Block] {
    let heading = Block.heading(Heading(level: 2, text: topic.heading))
    let blocks = topic.paragraphs.prefix(paragraphs ?? topic.paragraphs.count).map {
      Block.paragraph(Paragraph(text: $0.text(for: locale)))
    }
    guard let first = blocks.first else { return [heading] }
    return [.keepTogether([heading, first])] + blocks.dropFirst()
  }

}
