import Foundation

/// A value computed on first use, once, by whichever thread asks first. Thread-safe.
final class LoadOnce<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var loaded: Value?
  private var isLoaded = false

  /// The value, made with `load` the first time.
  func value(_ load: () -> Value) -> Value {
    lock.withLock {
      if isLoaded, let loaded { return loaded }
      let value = load()
      loaded = value
      isLoaded = true
      return value
    }
  }
}
