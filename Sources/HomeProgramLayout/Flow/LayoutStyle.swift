/// Every size, padding, spacing and colour the layout engine uses, for one edition.
///
/// Layout code reads its numbers from here rather than from scattered literals. Use
/// `LayoutStyle.standard(largePrint:)` for the handout look from the style guide.

public struct LayoutStyle: Sendable, Equatable {
  /// Font sizes and leadings.
  public var type: TypeScale

  // MARK: Vertical rhythm

  /// Space before a paragraph, list, table or figure that follows another block.
  public var blockSpacing: Double
  /// Space before a section (level 1) heading.
  public var sectionSpaceBefore: Double
  /// Space after a section heading (smaller than before it).
  public var sectionSpaceAfter: Double
  /// Space before a sub (level 2) heading.
  public var subSpaceBefore: Double
  /// Space after a sub heading.
  public var subSpaceAfter: Double
  /// Space between exercise cards (and around a card).
  public var cardSpacing: Double
  /// Space between list items.
  public var listItemSpacing: Double
  /// Multiplier for `Block.spacer` heights and figure heights.
  public var spacerScale: Double
  /// Multiplier for figure heights.
  public var figureScale: Double

  // MARK: Lists

  /// Gap between a list marker and the item text.
  public var listMarkerGap: Double
  /// The bullet for unordered lists.
  public var bullet: String

  // MARK: Tables

  /// Horizontal padding inside table cells.
  public var cellPaddingX: Double
  /// Vertical padding inside table cells.
  public var cellPaddingY: Double
  /// Width of table rules.
  public var ruleWidth: Double
  /// Tint of the accent colour behind a table's header row.
  public var headerTint: Double

  // MARK: Callouts and boxes

  /// Padding inside callouts and the traffic light rows.
  public var calloutPadding: Double
  /// Corner radius of callouts and dose boxes.
  public var cornerRadius: Double
  /// Gap between a callout's title and its body.
  public var calloutTitleGap: Double
  /// Accent tint behind note callouts and dose boxes.
  public var noteTint: Double
  /// Amber tint behind caution callouts.
  public var cautionTint: Double
  /// Red tint behind emergency callouts.
  public var emergencyTint: Double
  /// Width of the emergency callout's red border.
  public var emergencyBorderWidth: Double

  // MARK: Exercise cards

  /// Fraction of a card's width given to the figure zone.
  public var cardFigureFraction: Double
  /// Fraction of a compact card's width given to the figure zone (the short handout).
  public var compactCardFigureFraction: Double
  /// How much taller a card's figure may grow into the room its words leave beside it.
  public var cardFigureGrowth: Double
  /// Space between compact cards.
  public var compactCardSpacing: Double
  /// Gap between the parts of a compact card.
  public var compactCardPartGap: Double
  /// Gap between the figure zone and the words zone.
  public var cardZoneGap: Double
  /// Padding inside the dose box.
  /// Inner padding of a compact card's dose box (the short handout).
  public var compactDoseBoxPadding: Double
  public var doseBoxPadding: Double
  /// Gap between the parts of a card (heading, purpose, dose box, zones, footer line).
  public var cardPartGap: Double
  /// Width of the accent rule over a card's heading.
  public var cardRuleWidth: Double
  /// Gap between the card name and its category label.
  public var cardLabelGap: Double

  // MARK: Figures

  /// Width of a standalone figure's frame as a multiple of its height (capped at the content width).
  public var figureAspect: Double
  /// Gap between a figure and its caption.
  public var captionGap: Double

  // MARK: Title band

  /// Padding inside the title band.
  public var bandPadding: Double
  /// Gap between the lines of the title band.
  public var bandLineGap: Double
  /// The logo's square size in the title band.
  public var logoSize: Double

  // MARK: Traffic light and log

  /// Width of the coloured label cell of a traffic-light row.
  public var trafficLabelWidth: Double
  /// Gap between traffic-light rows.
  public var trafficRowGap: Double
  /// Minimum height of a log row, so a pen can write in it.
  public var logRowHeight: Double
  /// Row height of a log longer than 2 weeks (the short handout's log on one page): still one a
  /// pen can write in (≥ 18 pt).
  public var compactLogRowHeight: Double
  /// Side of a log tick box.
  public var tickBoxSize: Double
  /// A section break starts a new page only when at least this fraction of the current page is
  /// used; below it the section follows on the same page.
  public var sectionBreakMinimumUse: Double

  public init(largePrint: Bool) {
    let scale = largePrint ? 14.0 / 10.5 : 1
    type = TypeScale.forLargePrint(largePrint)
    blockSpacing = 7 * scale
    sectionSpaceBefore = largePrint ? 22 : 18
    sectionSpaceAfter = 6 * scale
    subSpaceBefore = 12 * scale
    subSpaceAfter = 4 * scale
    cardSpacing = 14 * scale
    listItemSpacing = 3 * scale
    spacerScale = scale
    figureScale = largePrint ? 1.2 : 1
    listMarkerGap = 6 * scale
    bullet = "•"
    cellPaddingX = 5 * scale
    cellPaddingY = 3 * scale
    ruleWidth = 0.5
    headerTint = 0.12
    calloutPadding = 10 * scale
    cornerRadius = 6
    calloutTitleGap = 4 * scale
    noteTint = 0.1
    cautionTint = 0.14
    emergencyTint = 0.08
    emergencyBorderWidth = 2
    cardFigureFraction = 0.36
    compactCardFigureFraction = 0.24
    cardFigureGrowth = 1.5
    compactCardSpacing = 7 * scale
    compactCardPartGap = 4 * scale
    cardZoneGap = 14 * scale
    doseBoxPadding = 6 * scale
    compactDoseBoxPadding = 4 * scale
    cardPartGap = 6 * scale
    cardRuleWidth = 1
    cardLabelGap = 8 * scale
    figureAspect = 1.5
    captionGap = 4 * scale
    bandPadding = 16 * scale
    bandLineGap = 4 * scale
    logoSize = 48 * scale
    trafficLabelWidth = largePrint ? 92 : 70
    trafficRowGap = 4 * scale
    logRowHeight = largePrint ? 26 : 20
    tickBoxSize = largePrint ? 14 : 10
    compactLogRowHeight = largePrint ? 22 : 18
    sectionBreakMinimumUse = 1.0 / 3.0
  }

  /// This style with the space between blocks, list items, table rows and exercise cards and inside
  /// boxes and cards scaled by `factor`: for a document that must fit its pages
  /// (`Document.fitPages`, a referral sheet) or saves a page with it (`Document.tightensToSavePages`,
  /// the booklets).
  /// Type sizes, leading, margins and rule widths stay as they are.
  public func tightened(by factor: Double = 0.5) -> LayoutStyle {
    var style = self
    style.blockSpacing *= factor
    style.sectionSpaceBefore *= factor
    style.sectionSpaceAfter *= factor
    style.subSpaceBefore *= factor
    style.subSpaceAfter *= factor
    style.listItemSpacing *= factor
    style.cellPaddingY *= factor
    style.calloutPadding *= factor
    style.calloutTitleGap *= factor
    style.trafficRowGap *= factor
    style.cardSpacing *= factor
    style.cardPartGap *= factor
    return style
  }

  /// The spacing factors `LayoutEngine` tries, in turn, for a document that must fit its pages
  /// (`Document.fitPages`): three quarters of the space, then half.
  public static let fitFactors = [0.75, 0.5]

  /// The handout style for the normal or the large-print edition.
  public static func standard(largePrint: Bool) -> LayoutStyle { LayoutStyle(largePrint: largePrint) }
}
