// Figures in the compact form of the compiled resources (see `CompactWriter`). Each type reads its
// fields in the order it writes them.

extension FigureSpec: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    start = try reader.read()
    end = try reader.optional()
    layout = try reader.read()
    working = try reader.array()
    props = try reader.array()
    arrows = try reader.array()
    anchor = try reader.read()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(start)
    writer.optional(end)
    writer.write(layout)
    writer.array(working)
    writer.array(props)
    writer.array(arrows)
    writer.write(anchor)
  }
}

extension Pose: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    base = try reader.read()
    angles = try reader.dictionary()
    raise = try reader.double()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(base)
    writer.dictionary(angles)
    writer.double(raise)
  }
}

extension FigureProp: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    kind = try reader.read()
    at = try reader.read()
    to = try reader.optional()
    flip = try reader.bool()
    angle = try reader.double()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(kind)
    writer.write(at)
    writer.optional(to)
    writer.bool(flip)
    writer.double(angle)
  }
}

extension MotionArrow: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    point = try reader.read()
    direction = try reader.optional()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(point)
    writer.optional(direction)
  }
}

extension FigureSpec.Layout: CompactStorable {}
extension PoseBase: CompactStorable {}
extension JointAngle: CompactKey {}
extension Limb: CompactStorable {}
extension BodyPoint: CompactStorable {}
extension FigureProp.Kind: CompactStorable {}
extension MotionArrow.Direction: CompactStorable {}
