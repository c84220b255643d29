import HomeProgramLayout

/// A standard structure type as the PDF writes it (`/S /H2`, `/H2<</MCID 0>>BDC`): a small
/// value, compared and written without building a string.
enum StructureType: UInt8, Sendable {
  case document, paragraph, heading1, heading2, heading3, heading4, heading5, heading6
  case list, listItem, label, listBody, table, tableRow, dataCell, headerCell, figure, link, division

  /// The type of an element of `role` (a heading at its layout level; the tree builder settles
  /// the level it is written at).
  init(_ role: StructureRole) {
    switch role {
    case .heading(let level): self = Self.heading(level)
    case .paragraph: self = .paragraph
    case .list: self = .list
    case .listItem: self = .listItem
    case .label: self = .label
    case .listBody: self = .listBody
    case .table: self = .table
    case .tableRow: self = .tableRow
    case .dataCell: self = .dataCell
    case .headerCell: self = .headerCell
    case .figure: self = .figure
    case .link: self = .link
    case .aside, .division: self = .division
    }
  }

  /// `H1`…`H6` (levels outside 1…6 clamped).
  static func heading(_ level: Int) -> StructureType {
    switch level {
    case ...1: .heading1
    case 2: .heading2
    case 3: .heading3
    case 4: .heading4
    case 5: .heading5
    default: .heading6
    }
  }

  /// The type's name, without the slash.
  var name: StaticString {
    switch self {
    case .document: "Document"
    case .paragraph: "P"
    case .heading1: "H1"
    case .heading2: "H2"
    case .heading3: "H3"
    case .heading4: "H4"
    case .heading5: "H5"
    case .heading6: "H6"
    case .list: "L"
    case .listItem: "LI"
    case .label: "Lbl"
    case .listBody: "LBody"
    case .table: "Table"
    case .tableRow: "TR"
    case .dataCell: "TD"
    case .headerCell: "TH"
    case .figure: "Figure"
    case .link: "Link"
    case .division: "Div"
    }
  }

  /// The start of an element's dictionary, up to its parent's number: `<</S/P/P `, `name`
  /// between `<</S/` and `/P ` (`PDFBytesTests` checks every case). One write instead of three
  /// for each of the tree's hundreds of elements (~15 K instructions a handout,
  /// `scripts/tag-cost.sh`).
  var opening: StaticString {
    switch self {
    case .document: "<</S/Document/P "
    case .paragraph: "<</S/P/P "
    case .heading1: "<</S/H1/P "
    case .heading2: "<</S/H2/P "
    case .heading3: "<</S/H3/P "
    case .heading4: "<</S/H4/P "
    case .heading5: "<</S/H5/P "
    case .heading6: "<</S/H6/P "
    case .list: "<</S/L/P "
    case .listItem: "<</S/LI/P "
    case .label: "<</S/Lbl/P "
    case .listBody: "<</S/LBody/P "
    case .table: "<</S/Table/P "
    case .tableRow: "<</S/TR/P "
    case .dataCell: "<</S/TD/P "
    case .headerCell: "<</S/TH/P "
    case .figure: "<</S/Figure/P "
    case .link: "<</S/Link/P "
    case .division: "<</S/Div/P "
    }
  }
}
