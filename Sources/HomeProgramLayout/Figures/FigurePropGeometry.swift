import Foundation
import HomeProgramModel

/// Where each prop is drawn, worked out from the body point it belongs to.
enum FigurePropGeometry {
  static let outline = 0.9

  /// Where a massage gun is along its glide: at the start (no arrow) or at the end, with the
  /// arrow of the glide from where it started.
  enum Glide: Sendable {
    case start, end
  }

  /// Half the length of a massage gun's glide along its zone, in figure units.
  static let glideHalf = 7.0

  static func shapes(_ prop: FigureProp, skeleton: Skeleton, glide: Glide = .start) -> [FigureShape] {
    let at = skeleton.point(prop.at)
    let sign = prop.flip ? -1.0 : 1.0
    func x(_ offset: Double) -> Double { at.x + sign * offset }
    func rect(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, ink: FigureInk = .prop) -> FigureShape {
      .polygon(
        [Point(x: x0, y: y0), Point(x: x1, y: y0), Point(x: x1, y: y1), Point(x: x0, y: y1)],
        outline: outline,
        ink: ink)
    }
    func line(_ points: [Point], _ width: Double, ink: FigureInk = .prop) -> FigureShape {
      .stroke(points, width: width, ink: ink)
    }
    let limbHalf = Skeleton.limbWidth / 2
    switch prop.kind {
    case .mat:
      let box = FigureScene(shapes: FigureComposer.figure(skeleton, working: [])).bounds
      guard skeleton.seenFromTheFeet else { return [rect(box.minX - 3, 0, box.maxX + 3, 2.2)] }
      // Seen from the feet and a little above, the floor recedes: the mat under the body narrows
      // toward the head, so the figure reads as lying on it.
      let top = skeleton.point(.head).y - Skeleton.headRadius * 0.2
      let centre = skeleton.point(.hip).x
      let half = max(box.maxX - centre, centre - box.minX) + 4
      return [
        .polygon(
          [
            Point(x: centre - half, y: 0), Point(x: centre + half, y: 0),
            Point(x: centre + half * 0.8, y: top),
            Point(x: centre - half * 0.8, y: top),
          ], outline: outline, ink: .prop)
      ]
    case .chair:
      // Seat under the point, the back behind it (or in front when flipped), legs to the floor.
      let top = max(at.y - (prop.at == .hip ? Skeleton.trunkWidth / 2 : limbHalf), 6)
      let back = x(-12)
      let front = x(6)
      return [
        line([Point(x: back, y: top + 24), Point(x: back, y: 0)], 2.4),
        line([Point(x: front, y: top), Point(x: front, y: 0)], 2.4),
        rect(min(back, front) - 1, top - 2.6, max(back, front) + 1, top),
      ]
    case .pillow:
      if let other = prop.to.map({ skeleton.point($0) }) {
        let middle = Point(x: (at.x + other.x) / 2, y: (at.y + other.y) / 2)
        let half = max(hypot(other.x - at.x, other.y - at.y) / 2 - limbHalf, 2)
        return [ellipse(middle, 5.5, half)]
      }
      let clearance = prop.at == .head ? Skeleton.headRadius - 1.5 : limbHalf
      let top = max(at.y - clearance, 3)
      let halfWidth = prop.at == .head ? 8.0 : 9.0
      return [.polygon(roundedBox(at.x - halfWidth, 0, at.x + halfWidth, top), outline: outline, ink: .prop)]
    case .wall:
      let wallX = x(-10)
      return [rect(wallX - 2, 0, wallX + 2, max(at.y + 20, 60))]
    case .step:
      let top = max(at.y - limbHalf, 3)
      return [rect(x(-9), 0, x(11), top)]
    case .band:
      let other = skeleton.point(prop.to ?? .footNear)
      return [line([at, other], 1.4, ink: .propDark)]
    case .towel:
      let other = skeleton.point(prop.to ?? .thighNear)
      return [line([at, other], 2.6)]
    case .counter:
      let top = at.y - 1.5
      return [rect(x(3), 0, x(22), top), rect(x(1), top, x(24), top + 3)]
    case .walker:
      let post = x(3)
      return [
        line([Point(x: post, y: at.y), Point(x: post, y: 3)], 2.2),
        line([Point(x: at.x, y: at.y), Point(x: post + sign * 4, y: at.y)], 2.2),
        .dot(Point(x: post, y: 3), radius: 3, ink: .propDark),
      ]
    case .dowel:
      let lower = Skeleton.direction(skeleton.lowerTrunkAngle)
      let upper = Skeleton.direction(skeleton.upperTrunkAngle)
      let behind = Skeleton.direction(skeleton.upperTrunkAngle + 90)
      let hip = skeleton.point(.hip)
      let shoulder = skeleton.point(.shoulder)
      let offset = Skeleton.trunkWidth / 2 + 1.5
      return [
        line(
          [
            Point(x: hip.x - lower.x * 8 + behind.x * offset, y: hip.y - lower.y * 8 + behind.y * offset),
            Point(
              x: shoulder.x + upper.x * 16 + behind.x * offset,
              y: shoulder.y + upper.y * 16 + behind.y * offset),
          ], 1.8, ink: .propDark)
      ]
    case .bike:
      let hip = skeleton.point(.hip)
      let near = skeleton.point(.ankleNear)
      let far = skeleton.point(.ankleFar)
      let crank = Point(x: (near.x + far.x) / 2, y: (near.y + far.y) / 2)
      let radius = max(hypot(near.x - far.x, near.y - far.y) / 2, 4)
      let hand = skeleton.point(.handNear)
      let saddle = Point(x: hip.x - 1, y: hip.y - Skeleton.trunkWidth / 2 - 1)
      let baseY = 1.5
      return [
        line(
          [Point(x: saddle.x - 5, y: saddle.y), Point(x: saddle.x + 5, y: saddle.y)], 2.6, ink: .propDark),
        line([saddle, crank, Point(x: hand.x + 2, y: hand.y - 2)], 2.2),
        line([Point(x: crank.x, y: crank.y), Point(x: crank.x - 4, y: baseY)], 2.2),
        line([Point(x: hand.x + 2, y: hand.y - 2), Point(x: hand.x + 6, y: baseY)], 2.2),
        line([Point(x: min(saddle.x, crank.x) - 12, y: baseY), Point(x: hand.x + 12, y: baseY)], 3),
        ellipse(crank, radius, radius, ink: .prop),
      ]
    case .gun:
      // The zone the gun glides along, from where the glide starts to where it ends: up the thigh
      // from above the knee, down the calf from below the knee, across the buttock.
      let (from, to): (Point, Point) =
        switch prop.at {
        case .thighNear: (skeleton.point(.kneeNear), skeleton.hipNear)
        case .thighFar: (skeleton.point(.kneeFar), skeleton.hipFar)
        case .shinNear: (skeleton.point(.kneeNear), skeleton.point(.ankleNear))
        case .shinFar: (skeleton.point(.kneeFar), skeleton.point(.ankleFar))
        default: (skeleton.point(.back), skeleton.point(.hip))  // the buttock, and any other spot
        }
      let along = FigureBody.unit(from, to)
      let offset = glide == .start ? -glideHalf : glideHalf
      let spot = FigureBody.at(at, along, offset, along, 0)
      // The head touches the body; the barrel points away along `angle`; the handle hangs off it.
      let away = Skeleton.direction(180 - prop.angle)
      let reach = prop.at == .buttock ? 1.5 : limbHalf + 0.8
      let head = Point(x: spot.x + away.x * (reach + 4), y: spot.y + away.y * (reach + 4))
      let barrelEnd = Point(x: head.x + away.x * 20, y: head.y + away.y * 20)
      let side = Point(x: -away.y, y: away.x)
      // The handle hangs toward the floor side of the barrel.
      let handleSign = side.y <= 0 ? 1.0 : -1.0
      let handleEnd = Point(
        x: barrelEnd.x - away.x * 5 - side.x * 15 * handleSign,
        y: barrelEnd.y - away.y * 5 - side.y * 15 * handleSign)
      var shapes: [FigureShape] = [
        line([Point(x: head.x + away.x * 3, y: head.y + away.y * 3), barrelEnd], 9, ink: .propDark),
        line(
          [Point(x: barrelEnd.x - away.x * 5, y: barrelEnd.y - away.y * 5), handleEnd], 6, ink: .propDark),
        .dot(head, radius: 4.4, ink: .accent),
      ]
      if glide == .end {
        // The glide's arrow, beside the zone on the side away from the barrel: from where the
        // gun started to where it is.
        let beside = FigureBody.at(at, away, -(limbHalf + 4.5), along, 0)
        shapes += FigureComposer.arrow(
          from: FigureBody.at(beside, along, -glideHalf, along, 0),
          to: FigureBody.at(beside, along, glideHalf, along, 0), bulge: 0, ink: .arrow)
      }
      return shapes
    }
  }

  static func ellipse(_ center: Point, _ rx: Double, _ ry: Double, ink: FigureInk = .prop) -> FigureShape {
    var points: [Point] = []
    for index in 0..<14 {
      let t = Double(index) / 14 * 2 * .pi
      points.append(Point(x: center.x + rx * cos(t), y: center.y + ry * sin(t)))
    }
    return .polygon(points, outline: outline, ink: ink)
  }

  /// A box with rounded top corners (a pillow seen from the side).
  static func roundedBox(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [Point] {
    let radius = min((x1 - x0) / 2, (y1 - y0) / 2, 4)
    var points = [Point(x: x0, y: y0), Point(x: x1, y: y0)]
    for index in 0...2 {
      let t = Double(index) / 2 * .pi / 2
      points.append(Point(x: x1 - radius + radius * cos(t), y: y1 - radius + radius * sin(t)))
    }
    for index in 0...2 {
      let t = .pi / 2 + Double(index) / 2 * .pi / 2
      points.append(Point(x: x0 + radius + radius * cos(t), y: y1 - radius + radius * sin(t)))
    }
    return points
  }
}
