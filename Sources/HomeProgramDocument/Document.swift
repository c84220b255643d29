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

/// PDF document information.
public struct DocumentInfo: Sendable, Equatable {
  public var title: String
  public var author: String
  public var subject: String
  public var creator: String

  public init(title: String, author: String, subject: String, creator: String) {
    self.title = title
    self.author = author
    self.subject = subject
    self.creator = creator
  }
}

/// Footer parts joined with " · ": e.g. clinic, patient name, the page number, catalogue version.
public struct RunningFooter: Sendable, Equatable {
  /// Shown before the page number.
  public var leading: [String]
  /// Shown after the page number.
  public var trailing: [String]
  /// When false, the first page has no footer (a referral sheet: safety text comes first).
  public var onFirstPage: Bool

  public init(leading: [String], trailing: [String], onFirstPage: Bool = true) {
    self.leading = leading
    self.trailing = trailing
    self.onFirstPage = onFirstPage
  }
}
