/// Hands out output file names in input order: the first `P-1` gets `P-1.pdf`, the next
/// `P-1-2.pdf`, then `P-1-3.pdf`. Names compare case-insensitively so the result is the same on
/// case-insensitive file systems.

public struct OutputNameAllocator: Sendable {
  private var used: Set<String> = []
  /// The extension added to every name.
  public let fileExtension: String

  /// An allocator for names ending in `.fileExtension`.
  public init(fileExtension: String = "pdf") {
    self.fileExtension = fileExtension
  }

  /// The next free file name for `stem` (a `SafeFileName` stem), reserved from now on.
  public mutating func allocate(stem: String) -> String {
    var candidate = "\(stem).\(fileExtension)"
    var number = 2
    while used.contains(candidate.lowercased()) {
      candidate = "\(stem)-\(number).\(fileExtension)"
      number += 1
    }
    used.insert(candidate.lowercased())
    return candidate
  }
}
