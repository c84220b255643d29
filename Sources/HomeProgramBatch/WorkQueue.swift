import Foundation

/// A first-in first-out queue that worker threads block on until an item comes or it is closed.
final class WorkQueue<Item: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [Item] = []
  private var head = 0
  private var closed = false

  /// Adds an item and wakes one waiting worker.
  func put(_ item: Item) {
    condition.lock()
    items.append(item)
    condition.signal()
    condition.unlock()
  }

  /// No more items will come; waiting workers drain what is left and then get nil.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next item, waiting for one; nil once the queue is closed and empty.
  func take() -> Item? {
    condition.lock()
    defer { condition.unlock() }
    while head == items.count && !closed { condition.wait() }
    guard head < items.count else { return nil }
    let item = items[head]
    head += 1
    if head > 64 && head * 2 > items.count {
      items.removeFirst(head)
      head = 0
    }
    return item
  }
}
