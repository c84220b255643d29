import HomeProgramModel

extension LaidOutDocument {
  /// Describes every op that strays outside where it may be; empty when the layout is tidy.
  ///
  /// Content ops must lie inside the page's content region; footer text inside the bottom-margin
  /// strip; a full-width band (a box as wide as the page) inside the page and within the content
  /// region's top and bottom. Text is boxed from its baseline using the measurer's ascent and
  /// descent. The check never traps, so tests can report every problem at once.
  public func boundsViolations(page: PageSpec, measurer: some TextMeasurer, slack: Double = 0.01) -> [String]
  {
    let content = page.contentRect
    let footer = page.footerRect
    var problems: [String] = []
    for (pageIndex, laidOut) in pages.enumerated() {
      for (opIndex, op) in laidOut.ops.enumerated() {
        guard let rect = op.bounds(measurer: measurer) else { continue }
        guard rect.width >= -slack, rect.height >= -slack, rect.minX.isFinite, rect.minY.isFinite else {
          problems.append("page \(pageIndex + 1) op \(opIndex): bad geometry \(rect) in \(op)")
          continue
        }
        if content.contains(rect, slack: slack) { continue }
        if case .text = op, footer.contains(rect, slack: slack) { continue }
        if case .box = op, abs(rect.minX) <= slack, abs(rect.width - page.size.width) <= slack,
          rect.minY >= content.minY - slack, rect.maxY <= content.maxY + slack
        {
          continue
        }
        problems.append("page \(pageIndex + 1) op \(opIndex): \(rect) is outside its region: \(op)")
      }
    }
    return problems
  }
}

extension DrawOp {
  /// The rectangle the op covers (text from its ascent to its descent); nil for the structure
  /// and artifact brackets, which draw nothing.
  func bounds(measurer: some TextMeasurer) -> Rect? {
    switch self {
    case .text(let run):
      let ascent = measurer.ascent(face: run.face, size: run.size)
      let descent = measurer.descent(face: run.face, size: run.size)
      return Rect(x: run.origin.x, y: run.origin.y - ascent, width: run.width, height: ascent + descent)
    case .line(let segment):
      let minX = min(segment.from.x, segment.to.x)
      let minY = min(segment.from.y, segment.to.y)
      return Rect(
        x: minX, y: minY, width: max(segment.from.x, segment.to.x) - minX,
        height: max(segment.from.y, segment.to.y) - minY)
    case .box(let box): return box.rect
    case .link(let link): return link.rect
    case .figure(let figure): return figure.rect
    case .image(let image): return image.rect
    case .beginStructure, .endStructure, .beginArtifact, .endArtifact: return nil
    }
  }
}
