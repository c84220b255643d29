/// What was wrong with a drawing call on a `PDFCanvas` (see `PDFError.drawing`).
///
/// A page's operators are written by this renderer (`ContentStream`), not by libharu, so these
/// are the renderer's own checks: the graphics-mode rules of PDF (8.2, figure 9), the nesting
/// limit of its graphics state, and the values an operator accepts.
public enum DrawingProblem: Sendable, Equatable {
  /// The call extends or paints a path and none is being built (a path starts with `move(to:)`,
  /// `addRectangle` or the other shape helpers).
  case noPath
  /// The call changes the graphics state, or draws text, an image or a figure, while a path is
  /// being built; the path must be painted (`stroke()`, `fill()`, `fillAndStroke()`) first.
  case insidePath
  /// `saveState()` nested deeper than `limit` levels.
  case tooManySavedStates(limit: Int)
  /// `restoreState()` without a matching `saveState()`.
  case nothingToRestore
  /// A number the call does not accept: what it is (`name`), the value given, and what is allowed.
  case invalidValue(name: String, value: Double, allowed: String)
  /// The page's operators could not be compressed (libdeflate could not allocate a compressor).
  case compressionFailed
}

extension DrawingProblem: CustomStringConvertible {
  /// The problem as the end of a sentence: what is wrong and, where it helps, what is allowed.
  public var description: String {
    switch self {
    case .noPath:
      "there is no path to extend or paint (start one with move(to:) or a shape)"
    case .insidePath:
      "a path is being built; paint it with stroke(), fill() or fillAndStroke() first"
    case .tooManySavedStates(let limit):
      "saveState() is nested more than \(limit) levels deep"
    case .nothingToRestore:
      "restoreState() has no matching saveState()"
    case .invalidValue(let name, let value, let allowed):
      "the \(name) \(value) is not allowed; allowed: \(allowed)"
    case .compressionFailed:
      "the page's contents could not be compressed (libdeflate could not allocate memory)"
    }
  }
}
