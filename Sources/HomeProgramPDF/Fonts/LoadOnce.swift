import Synchronization

/// A value computed on first use, once, by whichever thread asks first. Thread-safe.
final class LoadOnce<Value: Sendable>: Sendable {
  /// The value once loaded (`.some(value)`, which for an optional `Value` may hold nil).
  private let loaded = Mutex<Value?>(nil)

  /// The value, made with `load` the first time. Other threads asking meanwhile wait for it.
  func value(_ load: () -> Value) -> Value {
    loaded.withLock { loaded in
      if let value = loaded { return value }
      let value = load()
      loaded = value
      return value
    }
  }
}
