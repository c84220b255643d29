import Foundation
import HomeProgramBundle
import HomeProgramTestSupport
import Testing

@testable import HomeProgramDocument
@testable import HomeProgramLayout
@testable import HomeProgramModel
@testable import HomeProgramPlanner

@Suite("Figures")
struct FigureTests {
  static let catalogue: Catalogue? = try? CatalogueLoader.bundled()

  /// Frames the handouts and the sheet use: a card's figure zone, a position row, a sheet cell,
  /// the body map, and extreme shapes.
  static let frames = [
    Size(width: 180, height: 100), Size(width: 190, height: 100), Size(width: 170, height: 90),
    Size(width: 160, height: 110), Size(width: 330, height: 220), Size(width: 60, height: 200),
    Size(width: 400, height: 40), Size(width: 153, height: 190),
  ]

  @Test func everyBundledEntryHasAFigure() throws {
    let catalogue = try CatalogueLoader.bundled()
    #expect(catalogue.entries.count >= 39)
    for entry in catalogue.entries {
      #expect(entry.figure != nil, "\(entry.id) has no figure")
    }
  }

  /// Start and end, always (issue 16): every exercise's figure has a second panel: its end pose;
  /// for a massage gun, the glide in two panels with the body still; for a position held still
  /// (lying face down, the resting positions), each way to lie.
  @Test func everyExerciseFigureShowsStartAndEnd() throws {
    let catalogue = try CatalogueLoader.bundled()
    for entry in catalogue.entries {
      let figure = try #require(entry.figure)
      let glide = figure.props.contains { $0.kind == .gun }
      #expect(
        figure.end != nil || !figure.alternatives.isEmpty || glide,
        "\(entry.id) shows one panel: give it an end pose or its other way to lie")
    }
  }

  @Test func everyPositionHasAFigure() throws {
    let positions = try PositionFiguresReader.bundled()
    for id in PositionID.allCases {
      #expect(positions[id.rawValue] != nil, "\(id.rawValue) has no figure")
    }
  }

  @Test func bundledAnglesAreWithinRange() throws {
    let catalogue = try CatalogueLoader.bundled()
    let specs = catalogue.entries.compactMap(\.figure) + Array(try PositionFiguresReader.bundled().values)
    for spec in specs {
      for pose in spec.poses {
        for joint in JointAngle.allCases {
          let angle = pose.angle(joint)
          #expect(Double(joint.range.lowerBound) <= angle && angle <= Double(joint.range.upperBound))
        }
      }
    }
  }

  /// The pure geometry: every shape of every figure, for every pose, stays inside its box.
  @Test func everyFigureStaysInsideItsBox() throws {
    let catalogue = try CatalogueLoader.bundled()
    let library = FigureLibrary(
      catalogue: catalogue, positions: try PositionFiguresReader.bundled(),
      bodyMapLabels: BodyMapLabels(
        front: "Front", back: "Back", left: "L", right: "R", use: "Use the gun", avoid: "Never here",
        yourSide: "Your side"))
    var keys = catalogue.ids + PositionID.allCases.map { "position:\($0.rawValue)" }
    keys += ["bodymap", "bodymap:quads,calves", "bodymap:glutes"]
    for key in keys {
      for frame in Self.frames {
        for side in [nil, Side.left, .right, .both] {
          let rect = Rect(x: 30, y: 50, width: frame.width, height: frame.height)
          guard let scene = library.scene(for: key, side: side, frame: frame) else {
            Issue.record("no scene for \(key)")
            continue
          }
          let shapes = scene.fitted(in: rect, margin: 4)
          #expect(!shapes.isEmpty, "\(key) draws nothing")
          let inner = Rect(x: rect.x + 4, y: rect.y + 4, width: rect.width - 8, height: rect.height - 8)
          for shape in shapes {
            let box = shape.bounds(yUp: false)
            #expect(inner.contains(box, slack: 0.05), "\(key) in \(frame): \(shape) leaves \(inner)")
          }
        }
      }
    }
  }

  /// The panel numbers 1 and 2 read at one size in every figure: `numberPoints` of the frame
  /// (a compact card's, large print's, a full card's), whatever the figure's shape. At a fixed
  /// size in figure units they came out 4 to 6 pt in a compact card, by how far each figure
  /// was scaled down.
  @Test func panelNumbersAreOneSizeInEveryFigure() throws {
    let catalogue = try CatalogueLoader.bundled()
    let library = FigureLibrary(catalogue: catalogue, positions: try PositionFiguresReader.bundled())
    let numbered = catalogue.entries.filter { $0.figure.map(FigureComposer.isNumbered) ?? false }
    #expect(numbered.count >= 30)
    for frame in [
      Size(width: 122, height: 66), Size(width: 122, height: 79.2), Size(width: 185, height: 100),
    ] {
      let target = FigureComposer.numberPoints(frame: frame)
      for entry in numbered {
        for side in [nil, Side.left] {
          let scene = try #require(library.scene(for: entry.id, side: side, frame: frame))
          let shapes = scene.fitted(in: Rect(x: 0, y: 0, width: frame.width, height: frame.height), margin: 4)
          // The digit 1: a short flag up to the top of a vertical stroke (`FigureComposer.digits`).
          let ones = shapes.compactMap { shape -> Double? in
            guard case .stroke(let points, _, .body) = shape, points.count == 3,
              abs(points[1].x - points[2].x) < 0.01
            else { return nil }
            let height = abs(points[2].y - points[1].y)
            let flag = (x: points[1].x - points[0].x, y: points[0].y - points[1].y)
            return abs(flag.x - 0.28 * height) < 0.01 && abs(flag.y - 0.22 * height) < 0.01 ? height : nil
          }
          let one = try #require(ones.first, "\(entry.id) in \(frame): no panel number 1")
          #expect(
            one >= 0.85 * target && one <= 1.05 * target,
            "\(entry.id) in \(frame), side \(String(describing: side)): number \(one) pt, not \(target)")
        }
      }
    }
  }

  @Test func unknownKeysHaveNoScene() throws {
    let library = FigureLibrary(exercises: [:], positions: [:])
    #expect(library.scene(for: "ZZ99", side: nil, frame: Size(width: 100, height: 100)) == nil)
    #expect(library.scene(for: "position:nope", side: nil, frame: Size(width: 100, height: 100)) == nil)
  }

  @Test func standingFigureHasHumanProportions() {
    let skeleton = Skeleton(pose: Pose(base: .standing))
    let head = skeleton.point(.head)
    #expect(head.y > 85 && head.y < 95)
    #expect(abs(skeleton.point(.ankleNear).x) < 3)
    // Feet on the floor.
    #expect(skeleton.point(.ankleNear).y < 6)
  }

  @Test func bridgeLiftsTheHipsWithShouldersAndFeetDown() throws {
    let figure = try #require(Self.catalogue?["ST01"]?.figure)
    let start = Skeleton(pose: figure.start)
    let end = Skeleton(pose: try #require(figure.end))
    #expect(end.point(.hip).y > start.point(.hip).y + 8)
    #expect(end.point(.shoulder).y < 8)
    #expect(end.point(.ankleNear).y < 8)
  }

  @Test func singleLegBridgeLiftsTheHipsWithOneLegLong() throws {
    let figure = try #require(Self.catalogue?["ST02"]?.figure)
    let end = Skeleton(pose: figure.end ?? figure.start)
    // Hips well off the floor, shoulders and the standing foot down, the other leg straight.
    #expect(end.point(.hip).y > 14)
    #expect(end.point(.shoulder).y < 9)
    #expect(end.point(.ankleFar).y < 8)
    #expect(end.pose.angle(.kneeNear) < 15)
  }

  @Test func curlUpLiftsHeadAndShoulders() throws {
    let figure = try #require(Self.catalogue?["ST12"]?.figure)
    let start = Skeleton(pose: figure.start)
    let end = Skeleton(pose: try #require(figure.end))
    #expect(end.point(.head).y > start.point(.head).y + 3)
    #expect(end.point(.shoulder).y > start.point(.shoulder).y + 2)
  }

  @Test func sitToStandStartsLeaningForward() throws {
    let figure = try #require(Self.catalogue?["ST10"]?.figure)
    #expect(figure.start.angle(.trunk) >= 30, "nose over toes")
  }

  @Test func sideLyingRestsOnTheFloor() throws {
    let positions = try PositionFiguresReader.bundled()
    let spec = try #require(positions[PositionID.sideLyingPillowBetweenKnees.rawValue])
    let skeleton = Skeleton(pose: spec.start)
    // The bottom of the trunk touches the floor.
    #expect(abs(skeleton.point(.hip).y - skeleton.trunkDrawWidth / 2) < 0.5)
  }

  @Test func kneeRollsDropTheKnees() throws {
    let figure = try #require(Self.catalogue?["MB05"]?.figure)
    let start = Skeleton(pose: figure.start)
    let end = Skeleton(pose: try #require(figure.end))
    #expect(end.point(.kneeNear).y < start.point(.kneeNear).y - 6)
    #expect(!figure.arrows.isEmpty)
    // Seen from the feet, both knees fall to the near side (to the right on the page).
    #expect(end.point(.kneeNear).x > start.point(.kneeNear).x + 8)
    #expect(end.point(.kneeFar).x > start.point(.kneeFar).x + 8)
  }

  /// Rotation and "across" cannot be seen from the side: knee rolls and knee to the opposite
  /// shoulder are drawn from the feet, in both panels, and say so in their facts.
  @Test(arguments: ["MB02", "MB05"])
  func rollAndAcrossAreSeenFromTheFeet(id: String) throws {
    let figure = try #require(Self.catalogue?[id]?.figure)
    for pose in figure.poses { #expect(pose.view == .feet, "\(id)") }
    #expect(figure.expectStart?.view == .feet, "\(id) states its view")
    #expect(figure.expectEnd?.view == .feet, "\(id) states its view")
    #expect(figure.expectEnd.map { $0.over.near != nil } == true, "\(id) states where the knee goes")
  }

  /// A position of comfort with two ways to lie shows each, in its own panel on its own floor.
  @Test func restingPositionsShowEachPositionInItsOwnPanel() throws {
    let figure = try #require(Self.catalogue?["DP08"]?.figure)
    #expect(figure.end == nil)
    #expect(([figure.start] + figure.alternatives.map(\.start)).map(\.base) == [.sideLying, .supine])
    let scene = FigureComposer.scene(for: figure, frame: Size(width: 185, height: 100))
    let floors = scene.shapes.filter { if case .stroke(_, _, .floor) = $0 { true } else { false } }
    #expect(floors.count == 2)
    let pillows = scene.shapes.filter { if case .polygon(_, _, .prop) = $0 { true } else { false } }
    #expect(pillows.count == 4, "a pillow between the knees and under the head; under the knees and the head")
  }

  /// MB01 is seen from the feet, so the ankle of the crossed leg lies across the other knee: first
  /// with the other foot on the floor, then with that thigh drawn up towards the chest.
  @Test func buttockStretchShowsTheAnkleOnTheOtherKnee() throws {
    let figure = try #require(Self.catalogue?["MB01"]?.figure)
    let end = try #require(figure.end, "two panels: the ankle crossed, then the thigh drawn up")
    for pose in [figure.start, end] {
      #expect(pose.view == .feet)
      let skeleton = Skeleton(pose: pose)
      let ankle = skeleton.point(.ankleNear)
      let knee = skeleton.point(.kneeFar)
      let hip = skeleton.hipFar
      // The near ankle is across the body, over the far leg, between its hip and its knee.
      #expect(ankle.x < skeleton.point(.hip).x)
      #expect(abs(ankle.x - knee.x) < Skeleton.limbWidth * 1.5)
      #expect(ankle.y > hip.y && ankle.y < knee.y + Skeleton.limbWidth)
    }
    // The far thigh is drawn towards the chest: its hip bends more at the end, and its foot, on
    // the floor at the start, is off it.
    #expect(end.angle(.hipFar) >= figure.start.angle(.hipFar) + 30)
    let floor = Skeleton(pose: figure.start).point(.footFar).y
    #expect(Skeleton(pose: end).point(.footFar).y > floor + Skeleton.limbWidth)
  }

  /// A massage-gun figure shows the glide in two numbered panels: the gun at the start of its
  /// glide, then at its end with one arrow along the zone; the body does not move.
  @Test func massageGunFiguresShowTheGlide() throws {
    for id in ["MG01", "MG02", "MG03", "MG04"] {
      let figure = try #require(Self.catalogue?[id]?.figure)
      #expect(figure.end == nil, "\(id): the body stays still")
      let scene = FigureComposer.scene(for: figure, frame: Size(width: 185, height: 100))
      let shafts = scene.shapes.filter { if case .stroke(_, _, .arrow) = $0 { true } else { false } }
      #expect(shafts.count == 1 + 2 * figure.arrows.count, "\(id): one glide arrow")
      let heads = scene.shapes.compactMap { shape -> Point? in
        if case .dot(let centre, _, .accent) = shape { return centre }
        return nil
      }
      #expect(heads.count == 2, "\(id): the gun's head in each panel")
      // In each panel's own place, the head has moved along the zone between the panels.
      let gun = try #require(figure.props.first { $0.kind == .gun })
      let skeleton = Skeleton(pose: figure.start)
      let start = FigurePropGeometry.shapes(gun, skeleton: skeleton, glide: .start)
      let end = FigurePropGeometry.shapes(gun, skeleton: skeleton, glide: .end)
      func head(_ shapes: [FigureShape]) -> Point? {
        shapes.lazy.compactMap { if case .dot(let c, _, .accent) = $0 { c } else { nil } }.first
      }
      let a = try #require(head(start))
      let b = try #require(head(end))
      #expect(
        abs(hypot(b.x - a.x, b.y - a.y) - 2 * FigurePropGeometry.glideHalf) < 0.01, "\(id): the glide")
    }
  }

  /// DP09 shows the tilt: the lower back arched off the floor, then flat on it under the arrow,
  /// with the head and the buttocks down in both panels.
  @Test func pelvicTiltFlattensTheLowerBack() throws {
    let figure = try #require(Self.catalogue?["DP09"]?.figure)
    let start = Skeleton(pose: figure.start)
    let end = Skeleton(pose: try #require(figure.end))
    #expect(start.point(.back).y > end.point(.back).y + 2, "the arch under the lower back")
    for skeleton in [start, end] {
      #expect(abs(skeleton.point(.shoulder).y - end.point(.shoulder).y) < 2.5, "the shoulders stay down")
      #expect(abs(skeleton.point(.hip).y - end.point(.hip).y) < 0.5, "the buttocks stay down")
    }
    #expect(figure.arrows.contains { $0.point == .back && $0.direction == .down })
  }

  @Test func kneeToOppositeShoulderCrossesTheBody() throws {
    let figure = try #require(Self.catalogue?["MB02"]?.figure)
    let start = Skeleton(pose: figure.start)
    let end = Skeleton(pose: try #require(figure.end))
    // The knee starts over its own hip and ends past the far hip, toward the other shoulder.
    #expect(end.point(.kneeNear).x < start.point(.kneeNear).x - 10)
    #expect(end.point(.kneeNear).x < end.point(.hip).x - Skeleton.hipHalfWidth)
  }

  @Test func clamshellOpensTheTopKneeWithHeelsTogether() throws {
    let figure = try #require(Self.catalogue?["ST06"]?.figure)
    let start = Skeleton(pose: figure.start)
    let end = Skeleton(pose: try #require(figure.end))
    #expect(figure.start.base == .sideLying)
    #expect(figure.start.angle(.kneeNear) >= 60)
    #expect(end.point(.kneeNear).y > start.point(.kneeNear).y + 5)
    let heel = end.point(.ankleNear)
    let heelBefore = start.point(.ankleNear)
    #expect(hypot(heel.x - heelBefore.x, heel.y - heelBefore.y) < 4)
  }

  @Test func motionArrowsKeepOffTheBody() throws {
    // A short movement of a point still gets a readable arrow, set off the limb.
    let shapes = FigureComposer.motionArc(
      from: Point(x: 0, y: 0), to: Point(x: 3, y: 0), around: Point(x: 0, y: -20), clear: 6)
    let box = FigureScene(shapes: shapes).bounds
    #expect(box.minY > 2)
    #expect(box.width >= 7)
  }

  // MARK: - Body map

  static func zoneShapes(_ scene: FigureScene) -> [FigureShape] {
    scene.shapes.filter { shape in
      switch shape {
      case .stroke(_, _, let ink), .dot(_, _, let ink), .polygon(_, _, let ink):
        ink == .zone || ink == .zoneLight
      case .label: false
      }
    }
  }

  @Test func bodyMapShadesExactlyThePrescribedZones() throws {
    let labels = BodyMapLabels.none
    let all = BodyMapComposer.scene(zones: GunZone.allCases, side: nil, labels: labels)
    // Every zone on both legs: quads at the front, buttock, back of thigh and calf at the back.
    #expect(Self.zoneShapes(all).count == 8)
    let routine = BodyMapComposer.scene(zones: [.quads, .calves], side: .right, labels: labels)
    let shaded = Self.zoneShapes(routine).filter { shape in
      if case .stroke(_, _, .zone) = shape { return true }
      return false
    }
    // Front of thigh and calf, each on both legs (the table gives a time for each side); no rings
    // without wording; nothing in a lighter shade.
    #expect(shaded.count == 4)
    #expect(!routine.shapes.contains { if case .dot(_, _, .zoneLight) = $0 { true } else { false } })
    #expect(!routine.shapes.contains { if case .stroke(_, _, .zoneLight) = $0 { true } else { false } })
    // Nothing shaded on the buttock (the back view's ellipses are polygons).
    #expect(!routine.shapes.contains { if case .polygon(_, _, .zone) = $0 { true } else { false } })
  }

  /// The compact routine's body map stands in a narrow column: its legend goes under the two
  /// views, in labels 1.7 times as large, so that it prints large enough to read (it printed at
  /// 5 pt, 7 pt in large print, beside the views). A wide frame (the booklet's) keeps it beside.
  @Test func aNarrowBodyMapPutsItsLegendUnderTheViewsInLargerLabels() throws {
    let labels = BodyMapLabels(
      front: "Front", back: "Back", left: "L", right: "R", use: "Use the gun", avoid: "Never here",
      yourSide: "Your side")
    let library = FigureLibrary(
      catalogue: try CatalogueLoader.bundled(), positions: try PositionFiguresReader.bundled(),
      bodyMapLabels: labels)
    func legend(_ scene: FigureScene) -> [(text: String, at: Point, size: Double)] {
      scene.shapes.compactMap { shape in
        guard case .label(let text, let at, let size, _) = shape,
          [labels.use, labels.avoid, labels.yourSide].contains(text)
        else { return nil }
        return (text, at, size)
      }
    }
    // The compact routine's frame (a third of the page beside its words) and the booklet's.
    let narrow = try #require(
      library.scene(for: "bodymap:quads,calves", side: .left, frame: Size(width: 153, height: 190)))
    let wide = try #require(
      library.scene(for: "bodymap:quads,calves", side: .left, frame: Size(width: 330, height: 220)))
    let views = BodyMapComposer.scene(zones: [.quads, .calves], side: nil, labels: .none).bounds
    let under = legend(narrow)
    #expect(under.count == 3)
    for entry in under {
      #expect(entry.at.y < views.minY, "\(entry.text) is not under the views")
      #expect(entry.size >= BodyMapComposer.labelSize * 1.7 - 1e-9)
    }
    // In the column the map is scaled to fit, its legend prints at 8 pt or more (normal print).
    let scale = narrow.scale(toFit: Size(width: 153, height: 190), margin: 4)
    #expect((under.map(\.size).min() ?? 0) * scale >= 8)
    let beside = legend(wide)
    #expect(beside.count == 3)
    for entry in beside {
      #expect(entry.at.x > views.maxX, "\(entry.text) is not beside the views")
      #expect(entry.size == BodyMapComposer.labelSize)
    }
  }

  @Test func bodyMapKeysCarryTheZones() {
    #expect(FigureKey.bodyMapKey(zones: [.quads, .calves]) == "bodymap:quads,calves")
    #expect(FigureKey.bodyMapZones("bodymap:quads,calves") == [.quads, .calves])
    #expect(FigureKey.bodyMapZones("bodymap") == GunZone.allCases)
    #expect(FigureKey.bodyMapZones("bodymap:nope") == nil)
    #expect(FigureKey.bodyMapZones("NG01") == nil)
  }

  @Test func calfRaiseLiftsTheHeels() throws {
    let figure = try #require(Self.catalogue?["ST11"]?.figure)
    let end = Skeleton(pose: try #require(figure.end))
    #expect(end.point(.ankleNear).y > Skeleton(pose: figure.start).point(.ankleNear).y + 3)
  }

  // MARK: - Validation

  func load(_ figure: String) throws -> Catalogue {
    let yaml = """
      version: "t"
      exercises:
        - id: XX01
          name: "Test"
          alt: "Lying on the back"
          category: strengthening
          tags: [neutral_spine, supine]
          purpose: "p"
          start: "s"
          steps: ["a"]
          dose:
            low: {sets: 1, reps: 5}
          causes: [disc]
          direction_bias: neutral
          figure:
      \(figure)
      """
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fig-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try yaml.write(to: folder.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
    return try CatalogueLoader.load(path: folder.path)
  }

  @Test func aValidFigureLoads() throws {
    let catalogue = try load(
      """
            start: {base: supine, knees: 90}
            end: {base: supine, knee_near: 10}
            working: [leg_near]
            props: [{kind: pillow, at: head}]
            arrows: [{at: foot_near}]
      """)
    let figure = try #require(catalogue["XX01"]?.figure)
    #expect(figure.start.angle(.kneeFar) == 90)
    #expect(figure.end?.angle(.kneeNear) == 10)
    #expect(figure.props == [FigureProp(kind: .pillow, at: .head)])
  }

  @Test(arguments: [
    ("      start: {base: supine, knee_near: 200}", "XX01.figure.start.knee_near"),
    ("      start: {base: floating}", "floating"),
    ("      start: {base: supine}\n      props: [{kind: trampoline}]", "trampoline"),
    ("      start: {base: supine}\n      arrows: [{at: elbow}]", "elbow"),
    ("      start: {base: supine}\n      arrows: [{at: knee_near}]", "needs a dir"),
    ("      start: {base: supine}\n      wobble: 3", "wobble"),
    ("      start: {base: supine}\n      layout: overlay", "XX01.figure.layout"),
    ("      end: {base: supine}", "start"),
    (
      "      start: {base: supine}\n      expect:\n        start: {knees: wobbly}",
      "XX01.figure.expect.start.knees"
    ),
    ("      start: {base: supine}\n      expect:\n        start: {elbows: bent}", "elbows"),
    ("      start: {base: supine}\n      expect:\n        end: {knees: bent}", "end pose"),
    ("      start: {base: supine}\n      end: {base: side_lying}", "same view"),
    ("      start: {base: supine}\n      expect:\n        start: {view: above}", "view"),
    ("      start: {base: standing, view: feet}", "not the feet"),
    (
      "      start: {base: supine}\n      end: {base: supine}\n      alternatives: [{start: {base: prone}}]",
      "without an end"
    ),
    (
      "      start: {base: supine}\n      alternatives: [{start: {base: prone}, end: {base: prone}}]",
      "alternatives[0]"
    ),
    ("      start: {base: supine, view: feet}\n      end: {base: supine}", "same view"),
    ("      start: {base: supine}\n      expect:\n        start: {knees_over: near}", "seen from the feet"),
  ])
  func badFiguresAreRejectedWithFileEntryAndField(figure: String, expected: String) throws {
    do {
      _ = try load(figure)
      Issue.record("accepted: \(figure)")
    } catch let error as InputError {
      #expect(error.description.contains("c.yaml"), "\(error.description)")
      #expect(error.description.contains(expected), "\(error.description)")
      #expect(error.description.contains("XX01"), "\(error.description)")
    }
  }
}
