import Foundation

/// A thread-safe memo with a fixed bound, for what a batch computes again and again (wrapped
/// paragraphs, shaped lines, prepared fonts and figures).
///
/// It keeps two generations of at most `limit` entries each. When the current one fills, it becomes
/// the previous one and the older is dropped; an entry found in the previous generation moves back
/// to the current one. So what every document uses stays, one-off entries (a patient's name in a
/// footer) fall out, and memory never exceeds two generations, however long the batch.
///
/// Inlinable, so each client module gets code specialised for its key and value types: a lookup
/// through the generic entry points costs several times as much.
public final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  /// Entries per generation.
  public let limit: Int
  @usableFromInline let lock = NSLock()
  @usableFromInline var current: [Key: Value] = [:]
  @usableFromInline var previous: [Key: Value] = [:]

  /// A cache of at most `limit` entries per generation (at least 1).
  public init(limit: Int) {
    self.limit = max(limit, 1)
  }

  /// The value for `key`, or nil.
  @inlinable
  public func value(for key: Key) -> Value? {
    lock.withLock {
      if let value = current[key] { return value }
      guard let value = previous.removeValue(forKey: key) else { return nil }
      insert(value, for: key)
      return value
    }
  }

  /// Keeps `value` for `key`.
  @inlinable
  public func store(_ value: Value, for key: Key) {
    lock.withLock { insert(value, for: key) }
  }

  /// The value for `key`, made with `make` on first use (outside the lock; a failure is not kept).
  @inlinable
  public func value(for key: Key, make: () throws -> Value) rethrows -> Value {
    if let value = value(for: key) { return value }
    let value = try make()
    store(value, for: key)
    return value
  }

  /// How many entries are kept now (both generations).
  public var count: Int { lock.withLock { current.count + previous.count } }

  /// Call with the lock held.
  @inlinable
  func insert(_ value: Value, for key: Key) {
    if current.count >= limit, current[key] == nil {
      previous = current
      current = [:]
      current.reserveCapacity(limit)
    }
    current[key] = value
  }
}
