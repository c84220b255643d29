import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The temporary files the atomic writers have open, so a signal that ends the process (SIGINT,
/// SIGTERM, SIGHUP outside a batch's own handling) removes them before it does: a temporary file
/// never outlives the program.
///
/// The signal handler may only call async-signal-safe functions, so the paths live in a fixed
/// buffer allocated once, and the handler does nothing but `unlink` them and re-raise the signal.
package enum TemporaryFiles {
  /// How many temporary files may be registered at once: a batch keeps its rows in flight
  /// (`BatchSettings.rowsInFlight`, each with at most one open temporary file) below this.
  static let slots = 320
  /// Longest path stored, including the terminating zero (longer ones are simply not tracked).
  static let pathCapacity = Int(PATH_MAX)

  /// `slots` zero-terminated paths; a slot whose first byte is zero is free.
  /// Allocated zeroed by `calloc`, which maps fresh pages instead of writing 1.3 MB of zeros: a
  /// page costs nothing until a path is written to it, so a process that writes one file touches one.
  private nonisolated(unsafe) static let storage: UnsafeMutablePointer<CChar> = {
    guard let memory = calloc(slots * pathCapacity, 1) else {
      fatalError("cannot allocate \(slots * pathCapacity) bytes for the temporary-file table")
    }
    return memory.bindMemory(to: CChar.self, capacity: slots * pathCapacity)
  }()
  private static let lock = NSLock()
  private nonisolated(unsafe) static var installed = false

  /// Remembers `path`; returns its slot (nil when it cannot be tracked).
  static func register(_ path: String) -> Int? {
    let bytes = Array(path.utf8)
    guard !bytes.isEmpty, bytes.count < pathCapacity else { return nil }
    return lock.withLock {
      for slot in 0..<slots where storage[slot * pathCapacity] == 0 {
        let base = storage + slot * pathCapacity
        // Write the tail first and the first byte last, so the handler never sees half a path.
        for (offset, byte) in bytes.enumerated().dropFirst() { base[offset] = CChar(bitPattern: byte) }
        base[bytes.count] = 0
        base[0] = CChar(bitPattern: bytes[0])
        return slot
      }
      return nil
    }
  }

  /// Forgets the path in `slot` (after it was renamed or removed).
  static func unregister(_ slot: Int?) {
    guard let slot else { return }
    lock.withLock { storage[slot * pathCapacity] = 0 }
  }

  /// The paths registered now (for tests).
  static var registered: [String] {
    lock.withLock {
      (0..<slots).compactMap { slot in
        let base = storage + slot * pathCapacity
        return base[0] == 0 ? nil : String(cString: base)
      }
    }
  }

  /// Removes every registered file. Async-signal-safe: reads the buffer and calls `unlink`.
  static func removeAll() {
    for slot in 0..<slots {
      let base = storage + slot * pathCapacity
      if base[0] != 0 { unlink(base) }
    }
  }

  /// Removes the registered files whose paths start with `prefix`, as the signal handler would:
  /// a test of the cleanup must not delete the temporary files of other tests running at the
  /// same time in the same process.
  static func removeAll(startingWith prefix: String) {
    let bytes = Array(prefix.utf8)
    lock.withLock {
      for slot in 0..<slots {
        let base = storage + slot * pathCapacity
        guard base[0] != 0, strncmp(base, prefix, bytes.count) == 0 else { continue }
        unlink(base)
      }
    }
  }

  /// Installs the handler for SIGINT, SIGTERM and SIGHUP: remove the temporary files, then die of
  /// the same signal with the default action (so the exit status still says which signal it was).
  package static func installSignalCleanup() {
    _ = storage
    lock.withLock { installed = true }
    setHandlers()
  }

  /// Puts back what was there before a batch's `SignalWatcher` took SIGINT and SIGTERM over: this
  /// cleanup when it was installed, else the default action.
  static func restoreSignalHandling() {
    if lock.withLock({ installed }) {
      setHandlers()
    } else {
      signal(SIGINT, SIG_DFL)
      signal(SIGTERM, SIG_DFL)
    }
  }

  private static func setHandlers() {
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number) { received in
        TemporaryFiles.removeAll()
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }
}
