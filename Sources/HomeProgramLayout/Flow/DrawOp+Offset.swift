import HomeProgramModel

extension DrawOp {
  /// The same operation moved by `dx`, `dy` points.
  func offset(dx: Double, dy: Double) -> DrawOp {
    switch self {
    case .text(var run):
      run.origin = run.origin.offset(dx: dx, dy: dy)
      return .text(run)
    case .line(var segment):
      segment.from = segment.from.offset(dx: dx, dy: dy)
      segment.to = segment.to.offset(dx: dx, dy: dy)
      return .line(segment)
    case .box(var box):
      box.rect = box.rect.offset(dx: dx, dy: dy)
      return .box(box)
    case .link(var link):
      link.rect = link.rect.offset(dx: dx, dy: dy)
      return .link(link)
    case .figure(var figure):
      figure.rect = figure.rect.offset(dx: dx, dy: dy)
      return .figure(figure)
    case .image(var image):
      image.rect = image.rect.offset(dx: dx, dy: dy)
      return .image(image)
    case .beginStructure, .endStructure, .beginArtifact, .endArtifact:
      return self
    }
  }
}

extension Point {
  func offset(dx: Double, dy: Double) -> Point { Point(x: x + dx, y: y + dy) }
}

extension Rect {
  func offset(dx: Double, dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}
