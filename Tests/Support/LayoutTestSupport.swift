import HomeProgramBundle
import HomeProgramDocument
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner

extension LaidOutPage {
  /// The text runs on the page.
  package var texts: [TextRun] {
    ops.compactMap { op in
      if case .text(let run) = op { return run }
      return nil
    }
  }

  /// The page's text joined with spaces.
  package var plainText: String { texts.map(\.text).joined(separator: " ") }
}

extension LaidOutDocument {
  /// The index of the first page whose text contains `text`.
  package func pageIndex(containing text: String) -> Int? {
    pages.firstIndex { $0.plainText.contains(text) }
  }
}
