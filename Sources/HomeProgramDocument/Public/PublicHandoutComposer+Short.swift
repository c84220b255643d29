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
    // The PDF's bookmarks list the sections: no contents list on the cover.
    var blocks = cover(contents: false)
    blocks += understanding(paragraphs: 1)
    blocks += try massageTherapy(figures: false)
    blocks.append(getAssessedFirst())
    blocks += try shortMassageGun()
    blocks += try starterProgram(short: true)
    blocks += shared.trafficLight(short: true, splits: options.largePrint)
    blocks += shared.whenToGetHelp()
    blocks += callToAction()
    return blocks
  }

  /// The routine on one page: who should not and the "not yet" warnings, then the compact
  /// routine (`MassageGunSection.compact`).
  func shortMassageGun() throws(PublicHandoutError) -> [Block] {
    let section = try routine()
    let (head, rest) = section.compact(
      lead: [.paragraph(Paragraph(text: text.massageGun.order))], bodyMap: section.bodyMap(),
      separator: text.short.runInSeparator, techniqueBelow: options.largePrint)
    let startGently = Block.paragraph(Paragraph(text: wording.massageGun.startGently))
    return gunWarnings(section, splittable: true) + [.keepTogether(head + [startGently])] + rest
  }
}
