import HomeProgramModel

/// The words the layout and the text preview add around a document's content: the handout
/// wording's `layout` section (`handout.yaml`), so neither holds patient words of its own.
public typealias LayoutWords = HandoutText.LayoutText

extension HandoutText.LayoutText {
  /// The footer's page number: page `index + 1` of `count`.
  public func pageNumber(index: Int, count: Int) -> String {
    pageNumber.filled(["page": String(index + 1), "pages": String(count)])
  }

  /// `title`, repeated on the page a box runs onto.
  public func continued(_ title: String) -> String { continued.filled(["title": title]) }

  /// A figure in the text preview, by its caption.
  public func figure(caption: String) -> String { figure.filled(["caption": caption]) }
}
