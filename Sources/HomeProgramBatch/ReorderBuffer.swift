import Foundation

/// Collects results that finish in any order and hands them on strictly in input order. It holds
/// only the results that are waiting for an earlier one, which the batch runner bounds.
final class ReorderBuffer<Item: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var waiting: [Int: Item] = [:]
  private var next = 0
  private let emit: (Item) -> Void

  /// `emit` is called under the buffer's lock, once per item, in index order.
  init(emit: @escaping (Item) -> Void) {
    self.emit = emit
  }

  /// Hands in the result for `index` (0, 1, 2, … each exactly once).
  func complete(_ index: Int, _ item: Item) {
    lock.lock()
    defer { lock.unlock() }
    waiting[index] = item
    while let ready = waiting.removeValue(forKey: next) {
      emit(ready)
      next += 1
    }
  }

  /// How many results are held back waiting for an earlier one.
  var heldBack: Int {
    lock.lock()
    defer { lock.unlock() }
    return waiting.count
  }
}
