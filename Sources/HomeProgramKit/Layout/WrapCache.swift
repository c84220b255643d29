import Foundation

/// Remembers wrapped text, so the same paragraph set at the same width is measured once per
/// process rather than once per handout.
///
/// Most of a handout's words are the catalogue's and the wording's, so a batch wraps the same
/// paragraphs again and again; one wrap is a few microseconds of work, a lookup a fraction of one.
/// The cache belongs to one measurer (a `HandoutEngine` owns one of each): its entries are only
/// right for the fonts that measured them. It holds at most `limit` paragraphs and starts again when
/// full, so memory stays flat however long the batch. Thread-safe.
public final class WrapCache: @unchecked Sendable {
  /// Everything a wrap depends on besides the measurer.
  struct Key: Hashable {
    var runs: [InlineRun]
    var width: Double
    var size: Double
    var baseBold: Bool
    var color: RGBColor
    var linkColor: RGBColor
  }

  /// How many paragraphs are kept.
  public let limit: Int
  private let lock = NSLock()
  private var lines: [Key: [TextLine]] = [:]
  private var characters = 0
  /// How many characters of text the kept paragraphs may hold in all (a few hundred KB).
  private let characterLimit: Int

  /// A cache of at most `limit` paragraphs (and about `limit × 200` characters).
  public init(limit: Int = 2048) {
    self.limit = limit
    self.characterLimit = limit * 200
  }

  /// The cached lines for `key`, or nil.
  func lines(for key: Key) -> [TextLine]? {
    lock.withLock { lines[key] }
  }

  /// Keeps `value` for `key`, emptying the cache first when it is full.
  func store(_ value: [TextLine], for key: Key) {
    let size = key.runs.reduce(0) { $0 + $1.text.utf8.count }
    lock.withLock {
      if lines.count >= limit || characters + size > characterLimit {
        lines.removeAll(keepingCapacity: true)
        characters = 0
      }
      if lines.updateValue(value, forKey: key) == nil { characters += size }
    }
  }

  /// How many paragraphs are kept now.
  public var count: Int { lock.withLock { lines.count } }
}
