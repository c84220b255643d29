// The renderer-free handout. HandoutBuilder makes one from a plan; the layout engine places it on
// pages for the PDF, and TextPreview prints it as plain text. Both consume the same value, so the
// PDF and the preview cannot disagree.
import HomeProgramModel

/// A whole handout, before layout.
public struct Document: Sendable, Equatable {
  /// PDF document information. Never the patient's name (privacy).
  public var info: DocumentInfo
  /// The running footer printed on every page (the page number is added by layout).
  public var footer: RunningFooter
  /// The words layout and the text preview add: the page number, "continued" titles, figures.
  public var words: LayoutWords
  /// Accent colour for headings, bands and dose boxes.
  public var accent: RGBColor
  /// True for the large-print edition (body ≥ 14 pt).
  public var largePrint: Bool
  /// The content, in reading order.
  public var blocks: [Block]
  /// Set for the handouts (short and booklet) and the referral sheets (`HandoutComposer.document`)
  /// and for the leaflets: laid out within slightly narrower margins (`PageMargins.short`), so that
  /// the short ones fit their page limits and the booklets' cards share pages. Unset: the style
  /// guide's `PageMargins.handout`.
  public var narrowMargins = false
  /// The pages the document must fit when it can (a referral sheet: 1; the short handout: its
  /// page limit, `ClosingOrder.pageLimit`). When the standard spacing runs over, layout tries
  /// three quarters and then half the space between blocks and inside boxes (never smaller type,
  /// `LayoutStyle.tightened`, `LayoutStyle.fitFactors`) and keeps the first that fits. Nil: the
  /// standard spacing only.
  public var fitPages: Int?
  /// Set for the booklet: laid out with tighter spacing too (`LayoutStyle.fitFactors`), which is
  /// kept when it saves a page (two exercise cards that just missed sharing one).
  public var tightensToSavePages = false
  /// The short handout's closing sections: where each one's blocks are, in the order built (see
  /// `ClosingOrder`); empty for other documents.
  public var closingSections: [ClosingOrder.Section: Range<Int>] = [:]

  public init(
    info: DocumentInfo, footer: RunningFooter, words: LayoutWords, accent: RGBColor = .defaultAccent,
    largePrint: Bool = false, blocks: [Block]
  ) {
    self.info = info
    self.footer = footer
    self.words = words
    self.accent = accent
    self.largePrint = largePrint
    self.blocks = blocks
  }
}

extension Document {
  /// The document with its blocks in `order` (indices of `blocks`, each once); the closing
  /// sections are no longer recorded (their ranges no longer hold).
  public func reordered(_ order: [Int]) -> Document {
    var document = self
    document.blocks = order.map { blocks[$0] }
    document.closingSections = [:]
    return document
  }
}

/// PDF document information.
public struct DocumentInfo: Sendable, Equatable {
  /// The generic title (never the patient's name), shown by viewers instead of the file name.
  public var title: String
  public var author: String
  public var subject: String
  public var creator: String
  /// The natural language of the text, a BCP 47 tag (`en-US`, `en-GB`): the PDF's `/Lang`,
  /// which a screen reader picks its voice from.
  public var language: String

  public init(title: String, author: String, subject: String, creator: String, language: String = "en-US") {
    self.title = title
    self.author = author
    self.subject = subject
    self.creator = creator
    self.language = language
  }
}

/// Footer parts joined with " · ": e.g. clinic, patient name, the page number, catalogue version.
/// Printed on every page of every document (issue 14: every page carries the clinic).
public struct RunningFooter: Sendable, Equatable {
  /// Shown before the page number.
  public var leading: [String]
  /// Shown after the page number.
  public var trailing: [String]

  public init(leading: [String], trailing: [String]) {
    self.leading = leading
    self.trailing = trailing
  }
}
