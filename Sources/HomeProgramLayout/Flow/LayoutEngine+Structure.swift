import HomeProgramDocument

extension LayoutEngine {
  /// The levels of every heading in `blocks`, those inside boxes, groups and rows too.
  static func headingLevels(in blocks: [Block]) -> [Int] {
    blocks.flatMap { block -> [Int] in
      switch block {
      case .heading(let heading): [heading.level]
      case .callout(let callout): headingLevels(in: callout.body)
      case .keepTogether(let inner): headingLevels(in: inner)
      case .figureRow(let row): headingLevels(in: row.body)
      default: []
      }
    }
  }
}
