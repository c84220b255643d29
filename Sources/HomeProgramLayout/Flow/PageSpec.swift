import HomeProgramModel

/// The page a document is laid out on: its size and margins, and the regions derived from them.
public struct PageSpec: Sendable, Equatable, Hashable {
  /// The page size in points.
  public var size: Size
  /// The margins around the content region.
  public var margins: PageMargins

  /// A page of `size` with `margins` (the handout margins by default).
  public init(size: Size, margins: PageMargins = .handout) {
    self.size = size
    self.margins = margins
  }

  /// A page on `paper` with the handout margins.
  public init(paper: Paper) {
    self.init(size: paper.size)
  }

  /// US Letter with the handout margins.
  public static let letter = PageSpec(paper: .letter)
  /// A4 with the handout margins.
  public static let a4 = PageSpec(paper: .a4)

  /// The whole page.
  public var pageRect: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

  /// The region inside the margins, where all content goes.
  public var contentRect: Rect {
    Rect(
      x: margins.left, y: margins.top, width: size.width - margins.left - margins.right,
      height: size.height - margins.top - margins.bottom)
  }

  /// The strip of the bottom margin between the left and right margins, where the footer goes.
  public var footerRect: Rect {
    Rect(
      x: margins.left, y: size.height - margins.bottom, width: size.width - margins.left - margins.right,
      height: margins.bottom)
  }
}
