// The short public leaflet (the default): the booklet's sections in the short handout's forms. The
// cover without its contents list; the first paragraph of each education topic and the causes;
// massage therapy without the position figures; who should get assessed first; the massage-gun
// routine on one page (who should not, the "not yet" warnings, the table, the body map beside
// where to work and how, the stop signs and no-go areas run in); compact starter cards; the
// traffic light in the cards' type; when to get help and the call to action.
import HomeProgramModel

extension PublicHandoutComposer {
  /// The short leaflet's blocks, in reading order.
  func shortBlocks() throws(PublicHandoutError) -> [Block] {
    var blocks = shortCover()
    blocks += understanding(paragraphs: 1)
    blocks += shortMassageTherapy()
    blocks.append(getAssessedFirst())
    blocks += try shortMassageGun()
    blocks += try shortStarterProgram()
    blocks += shared.trafficLight(
      intro: text.short.trafficLightIntro, compact: true, splits: options.largePrint)
    blocks += shared.whenToGetHelp()
    blocks += callToAction()
    return blocks
  }

  /// The title band, the introduction and the safety pointer (the PDF's bookmarks list the
  /// sections).
  func shortCover() -> [Block] {
    cover().filter { block in
      if case .keepTogether = block { return false }
      return true
    }
  }

  /// How massage therapy helps and what to tell a massage therapist, without the position
  /// figures: the positions are named in words.
  func shortMassageTherapy() -> [Block] {
    let words = wording.massageTherapy
    let note = text.positions.massageTherapist
    let paragraphs = words.paragraphs.map { Block.paragraph(Paragraph(text: $0.text(for: locale))) }
    return [
      .keepTogether(
        [.heading(Heading(level: 1, text: wording.sections.massageTherapy))] + paragraphs.prefix(1))
    ] + paragraphs.dropFirst() + [
      .keepTogether([
        .heading(Heading(level: 2, text: note.title)), .paragraph(Paragraph(text: note.text)),
        .paragraph(Paragraph(text: words.faceDown + " " + words.side)),
      ]),
      .paragraph(Paragraph(text: words.unsure)),
    ]
  }

  /// The routine on one page: who should not and the "not yet" warnings, then the compact
  /// routine (`MassageGunSection.compact`).
  func shortMassageGun() throws(PublicHandoutError) -> [Block] {
    let gun = text.massageGun
    let words = wording.massageGun
    let section = try routine()
    let (head, rest) = section.compact(
      lead: [.paragraph(Paragraph(text: gun.order))], bodyMap: section.bodyMap(),
      separator: text.short.schedule.separator)
    let warnings: [Block] = [
      .keepTogether([
        .heading(Heading(level: 1, text: wording.sections.massageGun)),
        .paragraph(Paragraph(text: gun.intro)),
      ]),
      // The list may break between its items here: the heading stays with the first.
      .heading(Heading(level: 2, text: gun.whoShouldNotTitle)), Block.bullets(gun.whoShouldNot),
      .paragraph(Paragraph(text: gun.askFirst)),
      .paragraph(Paragraph([InlineRun(words.notYet.text(for: locale), .bold)])),
      .paragraph(Paragraph([InlineRun(words.discFirst, .bold)])),
    ]
    return warnings + [.keepTogether(head + [.paragraph(Paragraph(text: words.startGently))])] + rest
  }

  /// The starter program's compact cards (`HandoutComposer.compact`), with the catalogue's short
  /// start and steps.
  func shortStarterProgram() throws(PublicHandoutError) -> [Block] {
    let words = wording.starter
    let head: [Block] = [
      .keepTogether(
        [.heading(Heading(level: 1, text: wording.sections.starter.text(for: locale)))]
          + words.intro.map { .paragraph(Paragraph(text: $0)) } + [
            .paragraph(Paragraph(text: text.general.exercises.intro))
          ])
    ]
    return head + (try starterCards(short: true))
  }
}
