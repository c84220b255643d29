import HomeProgramLayout
import HomeProgramModel

/// Figures as form XObject contents, drawn and compressed once and shared by every page and
/// document a renderer makes.
///
/// An exercise figure is the same vector drawing in every handout that shows it, and its paths are
/// most of a page's bytes: drawing and compressing them once per process instead of once per page
/// is a large part of a batch's time. A figure that draws text or images needs the page's resources
/// and is drawn inline instead (`Entry.inline`), as are all figures the first time they fail.
/// Belongs to one renderer (its figures come from the renderer's drawer). Bounded
/// (`BoundedCache`). Thread-safe.
final class FigureFormCache: Sendable {
  /// What identifies one drawing: the figure and the size of its box.
  struct Key: Hashable, Sendable {
    var key: String
    var side: Side?
    var accent: RGBColor
    var width: Double
    var height: Double

    init(_ figure: FigurePlacement) {
      key = figure.key
      side = figure.side
      accent = figure.accent
      width = figure.rect.width
      height = figure.rect.height
    }
  }

  /// How a figure is drawn.
  enum Entry: Sendable {
    /// As a form XObject with these zlib-compressed operators (origin at the box's lower left).
    case form([UInt8])
    /// Inline on the page, because it draws text or images.
    case inline
  }

  /// Drawings per generation (each is a kilobyte or two).
  static let limit = 128

  private let entries = BoundedCache<Key, Entry>(limit: FigureFormCache.limit)

  /// The entry for `key`, made with `make` on first use (a failure is not kept).
  func entry(for key: Key, make: () throws -> Entry) rethrows -> Entry {
    try entries.value(for: key, make: make)
  }
}
