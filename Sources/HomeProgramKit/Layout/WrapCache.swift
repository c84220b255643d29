/// Remembers wrapped text, so the same paragraph set at the same width is measured once per
/// process rather than once per handout.
///
/// Most of a handout's words are the catalogue's and the wording's, so a batch wraps the same
/// paragraphs again and again; one wrap is a few microseconds of work, a lookup a fraction of one.
/// The cache belongs to one measurer (a `HandoutEngine` owns one of each): its entries are only
/// right for the fonts that measured them. Bounded (`BoundedCache`), so memory stays flat however
/// long the batch. Thread-safe.
public final class WrapCache: Sendable {
  /// Everything a wrap depends on besides the measurer.
  struct Key: Hashable, Sendable {
    var runs: [InlineRun]
    var width: Double
    var size: Double
    var baseBold: Bool
    var color: RGBColor
    var linkColor: RGBColor
  }

  private let paragraphs: BoundedCache<Key, [TextLine]>

  /// A cache of about `limit` paragraphs (twice that at most).
  public init(limit: Int = 1024) {
    paragraphs = BoundedCache(limit: limit)
  }

  /// The cached lines for `key`, or nil.
  func lines(for key: Key) -> [TextLine]? {
    paragraphs.value(for: key)
  }

  /// Keeps `value` for `key`.
  func store(_ value: [TextLine], for key: Key) {
    paragraphs.store(value, for: key)
  }

  /// How many paragraphs are kept now.
  public var count: Int { paragraphs.count }
}
