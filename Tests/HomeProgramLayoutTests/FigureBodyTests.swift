import Foundation
import HomeProgramBundle
import Testing

@testable import HomeProgramLayout
@testable import HomeProgramModel

/// The body's parts: a profile head facing the way the body faces, hands past the wrists, feet
/// with a heel behind the ankle and toes ahead of it.
@Suite("Figure body")
struct FigureBodyTests {
  static func xs(_ shape: FigureShape) -> [Double] {
    switch shape {
    case .polygon(let points, _, _), .stroke(let points, _, _): points.map(\.x)
    case .dot(let centre, let radius, _): [centre.x - radius, centre.x + radius]
    case .label: []
    }
  }

  @Test(arguments: [(PoseBase.standing, 1.0), (.supine, 0.0), (.prone, 0.0)])
  func theFaceLooksTheWayTheBodyFaces(base: PoseBase, forward: Double) {
    let skeleton = Skeleton(pose: Pose(base: base))
    let head = FigureBody.head(skeleton, ink: .body)
    let centre = skeleton.point(.head)
    let face = head.fill.flatMap { shape -> [Point] in
      if case .polygon(let points, _, _) = shape { return points }
      return []
    }
    // The nose is the face's farthest point, ahead of the skull in the direction of the nose.
    let direction = FigureBody.unit(centre, skeleton.nose)
    let reach = face.map { ($0.x - centre.x) * direction.x + ($0.y - centre.y) * direction.y }.max() ?? 0
    #expect(reach > Skeleton.headRadius * 1.2)
    if forward > 0 { #expect(direction.x > 0.9) }  // standing: facing +x, the way the feet point
    #expect(head.eyes.isEmpty)
  }

  @Test func sideLyingShowsAFaceWithTwoEyesAndNoProfile() {
    let skeleton = Skeleton(pose: Pose(base: .sideLying))
    let head = FigureBody.head(skeleton, ink: .body)
    #expect(head.fill.count == 1)
    #expect(head.eyes.count == 2)
  }

  @Test func feetHaveAHeelBehindTheAnkleAndToesAhead() {
    let skeleton = Skeleton(pose: Pose(base: .standing))
    let ankle = skeleton.point(.ankleNear)
    let foot = FigureBody.foot(
      knee: skeleton.point(.kneeNear), ankle: ankle, toe: skeleton.point(.footNear), heel: skeleton.heelNear,
      ink: .body)
    let xs = Self.xs(foot)
    #expect((xs.min() ?? 0) < ankle.x - 1.5)
    #expect((xs.max() ?? 0) > ankle.x + Skeleton.foot)
  }

  @Test func handsReachPastTheWristToTheFingertips() {
    let skeleton = Skeleton(pose: Pose(base: .standing, angles: [.shoulderNear: 90, .elbowNear: 0]))
    let hand = FigureBody.hand(
      elbow: skeleton.point(.elbowNear), hand: skeleton.point(.handNear), width: Skeleton.limbWidth,
      ink: .body)
    guard case .stroke(let points, let width, _) = hand, let last = points.last else {
      Issue.record("a hand is a round-ended stroke")
      return
    }
    let tips = skeleton.fingertips(near: true)
    #expect(abs(last.x + width / 2 - tips.x) < 0.5)
  }

  @Test func everyFigureDrawsAFaceAndFeet() throws {
    let catalogue = try CatalogueLoader.bundled()
    for entry in catalogue.entries {
      guard let spec = entry.figure else { continue }
      let scene = FigureComposer.scene(for: spec, frame: Size(width: 185, height: 100))
      let parts = scene.shapes.filter { shape in
        if case .polygon(_, _, let ink) = shape { [.body, .bodyFar, .accent].contains(ink) } else { false }
      }
      // Per pose: a face (or, side-lying, none), a trunk and two feet.
      #expect(parts.count >= 3 * spec.poses.count, "\(entry.id): \(parts.count) body parts")
    }
  }

  @Test func twoPosesAreTwoNumberedPanels() throws {
    let catalogue = try CatalogueLoader.bundled()
    for entry in catalogue.entries {
      guard let spec = entry.figure, spec.end != nil else { continue }
      let scene = FigureComposer.scene(for: spec, frame: Size(width: 185, height: 100))
      let numbers = scene.shapes.filter { shape in
        if case .stroke(_, let width, .body) = shape {
          width == FigureComposer.numberSize * 0.16
        } else {
          false
        }
      }
      #expect(numbers.count == 2, "\(entry.id): panels numbered 1 and 2")
    }
  }

  @Test func everyArrowHasAShaft() throws {
    for entry in try CatalogueLoader.bundled().entries {
      guard let spec = entry.figure, !spec.arrows.isEmpty else { continue }
      let scene = FigureComposer.scene(for: spec, frame: Size(width: 185, height: 100))
      let shafts = scene.shapes.filter { if case .stroke(_, _, .arrow) = $0 { true } else { false } }
      #expect(shafts.count == spec.arrows.count, "\(entry.id): an arrow head without its shaft")
    }
  }
}
