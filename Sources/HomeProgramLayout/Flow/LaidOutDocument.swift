import HomeProgramDocument
import HomeProgramModel

/// The result of layout: pages of draw operations, ready for a renderer.
public struct LaidOutDocument: Sendable, Equatable {
  public var pageSize: Size
  public var pages: [LaidOutPage]
  /// Bookmarks, one per level-1 heading.
  public var outline: [OutlineEntry]
  public var info: DocumentInfo

  public init(pageSize: Size, pages: [LaidOutPage], outline: [OutlineEntry], info: DocumentInfo) {
    self.pageSize = pageSize
    self.pages = pages
    self.outline = outline
    self.info = info
  }
}

/// One page's draw operations, in painting order.
public struct LaidOutPage: Sendable, Equatable {
  public var ops: [DrawOp]

  public init(ops: [DrawOp]) { self.ops = ops }
}

/// A bookmark: a title that jumps to a point on a page.
public struct OutlineEntry: Sendable, Equatable {
  public var title: String
  /// Zero-based page index.
  public var pageIndex: Int
  /// Layout y (top-left origin) of the heading's top.
  public var y: Double

  public init(title: String, pageIndex: Int, y: Double) {
    self.title = title
    self.pageIndex = pageIndex
    self.y = y
  }
}
