import HomeProgramModel

/// The words the layout and the text preview add around a document's content, from the handout
/// wording (`handout.yaml`, `layout`), so neither holds patient words of its own.
public struct LayoutWords: Sendable, Equatable {
  /// Template with `{page}` and `{pages}`: the page number in every footer.
  public var pageNumber: String
  /// Template with `{title}`: a box's title repeated on the page it runs onto.
  public var continued: String
  /// Template with `{caption}`: a figure in the text preview.
  public var figure: String

  public init(pageNumber: String, continued: String, figure: String) {
    self.pageNumber = pageNumber
    self.continued = continued
    self.figure = figure
  }

  /// The words of `wording`.
  public init(_ wording: HandoutText.LayoutText) {
    self.init(pageNumber: wording.pageNumber, continued: wording.continued, figure: wording.figure)
  }

  /// The footer's page number: page `index + 1` of `count`.
  public func pageNumber(index: Int, count: Int) -> String {
    pageNumber.filled(["page": String(index + 1), "pages": String(count)])
  }

  /// `title`, repeated on the page a box runs onto.
  public func continued(_ title: String) -> String { continued.filled(["title": title]) }

  /// A figure in the text preview, by its caption.
  public func figure(caption: String) -> String { figure.filled(["caption": caption]) }
}
