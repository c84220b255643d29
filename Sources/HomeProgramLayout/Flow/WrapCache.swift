import HomeProgramDocument
import HomeProgramModel

/// Remembers wrapped text, so the same paragraph set at the same width is measured once per
/// process rather than once per handout.
///
/// Most of a handout's words are the catalogue's and the wording's, so a batch wraps the same
/// paragraphs again and again; one wrap is a few microseconds of work, a lookup a fraction of one.
/// The cache belongs to one measurer (a `HandoutEngine` owns one of each): its entries are only
/// right for the fonts that measured them. Bounded (`BoundedCache`), so memory stays flat however
/// long the batch. Thread-safe.
public final class WrapCache: Sendable {
  /// Everything a wrap depends on besides the measurer. Texts and links are compared by their
  /// exact bytes (`ExactText`), not by canonical equivalence; the hash is worked out once (and
  /// leaves out the emphases, whose hash is their raw-value strings'; equality compares them).
  struct Key: Hashable, Sendable {
    let runs: [InlineRun]
    let width: Double
    let size: Double
    let baseBold: Bool
    let color: RGBColor
    let linkColor: RGBColor
    private let precomputedHash: Int

    init(runs: [InlineRun], width: Double, size: Double, baseBold: Bool, color: RGBColor, linkColor: RGBColor)
    {
      self.runs = runs
      self.width = width
      self.size = size
      self.baseBold = baseBold
      self.color = color
      self.linkColor = linkColor
      var hasher = Hasher()
      hasher.combine(runs.count)
      for run in runs {
        ExactText.combine(run.text, into: &hasher)
        if let link = run.link { ExactText.combine(link, into: &hasher) } else { hasher.combine(-1) }
      }
      hasher.combine(width)
      hasher.combine(size)
      hasher.combine(baseBold)
      hasher.combine(color)
      hasher.combine(linkColor)
      precomputedHash = hasher.finalize()
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(precomputedHash)
    }

    static func == (left: Key, right: Key) -> Bool {
      guard left.precomputedHash == right.precomputedHash, left.width == right.width, left.size == right.size,
        left.baseBold == right.baseBold, left.color == right.color, left.linkColor == right.linkColor,
        left.runs.count == right.runs.count
      else { return false }
      for (one, other) in zip(left.runs, right.runs) {
        guard one.emphasis == other.emphasis, ExactText.equal(one.text, other.text) else { return false }
        switch (one.link, other.link) {
        case (nil, nil): continue
        case (let first?, let second?) where ExactText.equal(first, second): continue
        default: return false
        }
      }
      return true
    }
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
