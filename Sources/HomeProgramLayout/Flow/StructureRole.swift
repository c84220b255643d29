/// What a group of draw operations is, for the PDF's structure tree (tagged PDF, PDF/UA-1).
///
/// Layout brackets the operations of each block with `DrawOp.beginStructure(_:)` and
/// `DrawOp.endStructure`, nested the way the blocks nest; the renderer turns each bracket into a
/// structure element and the text inside it into marked content the element owns. Reading order is
/// the order of the operations.
public enum StructureRole: Sendable, Equatable {
  /// `H1`…`H6`.
  case heading(level: Int)
  /// `P`.
  case paragraph
  /// `L`, `LI`, `Lbl`, `LBody`.
  case list, listItem, label, listBody
  /// `Table`, `TR`, `TD`.
  case table, tableRow, dataCell
  /// `TH` heading its column (`/Scope /Column`): the tables have header rows only.
  case headerCell
  /// `Figure` with its alternative text.
  case figure(alt: String)
  /// `Link`; the link annotations inside it are its `OBJR` children.
  case link
  /// A box set apart from the main text (callouts): `Div`, since PDF 1.7 (which PDF/UA-1 is
  /// based on) has no `Aside`; its title is its first paragraph (or the document's `H1`).
  case aside
  /// `Div`: a group with no meaning of its own (cards, the cover band, rows).
  case division

  /// True for elements that group others and hold no text of their own: text drawn directly
  /// inside one gets a `P` of its own.
  public var isGrouping: Bool {
    switch self {
    case .list, .listItem, .table, .tableRow, .aside, .division: true
    default: false
    }
  }
}

/// Page content that is not part of the document's text: running footers and decoration.
public enum ArtifactKind: Sendable, Equatable {
  /// The running footer (`/Artifact << /Type /Pagination >>`).
  case pagination
  /// Repeated headers and other layout furniture (`/Artifact << /Type /Layout >>`).
  case layout
}
