import HomeProgramModel

/// One drawing primitive on a laid-out page, in layout coordinates (top-left origin, points).
public enum DrawOp: Sendable, Equatable {
  case text(TextRun)
  case line(LineSegment)
  case box(Box)
  case link(LinkArea)
  case figure(FigurePlacement)
  case image(ImagePlacement)
  /// Starts a structure element for the tagged PDF; the operations up to the matching
  /// `endStructure` belong to it (see `StructureRole`).
  case beginStructure(StructureRole)
  /// Ends the innermost structure element.
  case endStructure
  /// Starts page content that is not document text (footers, repeated headers).
  case beginArtifact(ArtifactKind)
  /// Ends the innermost artifact.
  case endArtifact

  /// True for the structure and artifact brackets, which draw nothing.
  public var isMarker: Bool {
    switch self {
    case .beginStructure, .endStructure, .beginArtifact, .endArtifact: true
    default: false
    }
  }
}

/// A single line of text in one face, size and colour. `origin.y` is the baseline.
public struct TextRun: Sendable, Equatable {
  public var origin: Point
  public var text: String
  public var face: FontFace
  public var size: Double
  public var color: RGBColor
  /// The run's measured width (for bounding-box checks and underlines).
  public var width: Double

  public init(origin: Point, text: String, face: FontFace, size: Double, color: RGBColor, width: Double) {
    self.origin = origin
    self.text = text
    self.face = face
    self.size = size
    self.color = color
    self.width = width
  }
}

public struct LineSegment: Sendable, Equatable {
  public var from: Point
  public var to: Point
  public var width: Double
  public var color: RGBColor

  public init(from: Point, to: Point, width: Double, color: RGBColor) {
    self.from = from
    self.to = to
    self.width = width
    self.color = color
  }
}

/// A rectangle, filled and/or stroked, optionally with rounded corners.
public struct Box: Sendable, Equatable {
  public var rect: Rect
  public var fill: RGBColor?
  public var stroke: RGBColor?
  public var lineWidth: Double
  public var cornerRadius: Double

  public init(rect: Rect, fill: RGBColor?, stroke: RGBColor?, lineWidth: Double = 1, cornerRadius: Double = 0)
  {
    self.rect = rect
    self.fill = fill
    self.stroke = stroke
    self.lineWidth = lineWidth
    self.cornerRadius = cornerRadius
  }
}

/// A clickable area that opens a URL (https:, tel:, mailto:).
public struct LinkArea: Sendable, Equatable {
  public var rect: Rect
  public var url: String
  /// What the link shows (the words under `rect`): the annotation's `/Contents`, its description
  /// for assistive technology. Empty means the URL describes it.
  public var text: String

  public init(rect: Rect, url: String, text: String = "") {
    self.rect = rect
    self.url = url
    self.text = text
  }
}

/// Where to draw an illustration.
public struct FigurePlacement: Sendable, Equatable {
  public var rect: Rect
  /// A catalogue id, "position:<id>", or "bodymap".
  public var key: String
  public var side: Side?
  public var accent: RGBColor

  public init(rect: Rect, key: String, side: Side?, accent: RGBColor) {
    self.rect = rect
    self.key = key
    self.side = side
    self.accent = accent
  }
}

/// Where to draw a raster image (the clinic logo).
public struct ImagePlacement: Sendable, Equatable {
  public var rect: Rect
  public var path: String

  public init(rect: Rect, path: String) {
    self.rect = rect
    self.path = path
  }
}
