/// PDF text (the structure tree's objects, object streams, the cross-reference stream) written
/// straight into memory reserved up front.
///
/// A tagged handout writes thousands of short tokens and numbers; appended to an array one by one,
/// each paid for a uniqueness and a capacity check, and each `append(contentsOf:)` for a generic
/// copy. Here a write is one bounds comparison and a store or a `memcpy`, and numbers are written
/// backwards, one digit a step, with no string made on the way. A write that does not fit is
/// dropped and marks the text `overflowed`; `build` then writes it all again with twice the room,
/// so a wrong estimate costs time, never bytes or memory safety.
struct PDFText {
  private let base: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  /// The number of bytes written.
  private(set) var count = 0
  /// True once a write did not fit.
  private(set) var overflowed = false

  private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
    self.base = base
    self.capacity = capacity
  }

  /// The bytes `write` writes, in room for `capacity` bytes (doubled until they fit).
  static func build(capacity: Int, _ write: (inout PDFText) -> Void) -> [UInt8] {
    var capacity = max(capacity, 64)
    while true {
      var overflowed = false
      let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
        guard let base = buffer.baseAddress else {
          overflowed = true
          initialized = 0
          return
        }
        var text = PDFText(base: base, capacity: buffer.count)
        write(&text)
        overflowed = text.overflowed
        initialized = overflowed ? 0 : text.count
      }
      if !overflowed { return bytes }
      capacity *= 2
    }
  }

  /// True when `extra` more bytes fit; else marks the text overflowed.
  @inline(__always)
  private mutating func fits(_ extra: Int) -> Bool {
    if count + extra <= capacity { return true }
    overflowed = true
    return false
  }

  /// Appends one byte.
  @inline(__always)
  mutating func byte(_ value: UInt8) {
    guard fits(1) else { return }
    base[count] = value
    count += 1
  }

  /// Appends `text` as it is.
  @inline(__always)
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// Appends `bytes` as they are.
  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, fits(bytes.count) else { return }
    (base + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Appends `text` as it is.
  mutating func raw(string text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends a space between two items of an array (none after its `[`).
  @inline(__always)
  mutating func space() {
    if count > 0, base[count - 1] != UInt8(ascii: "[") { byte(UInt8(ascii: " ")) }
  }

  /// Appends a non-negative integer's digits (0 for a negative one), two at a time from the
  /// last: one division by 100 a pair (object numbers, offsets and MCIDs are most of the tree's
  /// bytes).
  @inline(__always)
  mutating func number(_ value: Int) {
    var value = max(value, 0)
    if value < 10 {
      byte(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
      return
    }
    let digits = Self.digitCount(value)
    guard fits(digits) else { return }
    var index = count + digits
    while value >= 100 {
      let quotient = value / 100
      Self.pair(value &- quotient &* 100, at: base + (index &- 2))
      index &-= 2
      value = quotient
    }
    if value >= 10 {
      Self.pair(value, at: base + (index &- 2))
    } else {
      base[index &- 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
    }
    count += digits
  }

  /// The decimal digits `number` writes for `value` (at least 1; a negative value counts as 0).
  @inline(__always)
  static func digitCount(_ value: Int) -> Int {
    if value < 10 { return 1 }
    var digits = 2
    var limit = 100
    while value >= limit, digits < 19 {
      digits += 1
      limit &*= 10
    }
    return digits
  }

  /// Writes `value` (0–99) as two digits at `target`: its tens are `value * 103 >> 10`, exact
  /// below 100.
  @inline(__always)
  private static func pair(_ value: Int, at target: UnsafeMutablePointer<UInt8>) {
    let tens = (value &* 103) &>> 10
    target[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: tens)
    target[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value &- tens &* 10)
  }

  /// Appends `N 0 R`.
  @inline(__always)
  mutating func reference(_ object: Int) {
    number(object)
    raw(" 0 R")
  }

  /// Appends `text` (control characters dropped, `HaruDocument.pdfString`) as a PDF text string:
  /// a literal when it is printable ASCII, else UTF-16BE with a byte order mark, in hexadecimal,
  /// as `HaruDocument.setText` writes the strings libharu holds.
  mutating func string(_ text: String) {
    var text = text
    guard fits(Self.stringBound(text.utf8.count)) else { return }
    // Printable ASCII (most alternative texts): the literal, written while it is checked; a byte
    // that is not (a control character, a letter beyond ASCII) takes back what was written.
    let start = count
    if text.withUTF8({ literal($0) }) { return }
    count = start
    var clean = HaruDocument.pdfString(text)
    if clean.withUTF8({ literal($0) }) { return }
    count = start
    raw("<FEFF")
    for unit in clean.utf16 { hex(unit) }
    byte(UInt8(ascii: ">"))
  }

  /// Writes `bytes` as an escaped literal string and returns true, or stops at the first byte
  /// that is not printable ASCII and returns false (what was written is then to be taken back).
  /// Room for 2 bytes each and the parentheses is checked by the caller.
  private mutating func literal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    base[count] = UInt8(ascii: "(")
    count += 1
    for byte in bytes {
      guard byte >= 0x20, byte < 0x7F else { return false }
      if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
        base[count] = UInt8(ascii: "\\")
        count += 1
      }
      base[count] = byte
      count += 1
    }
    base[count] = UInt8(ascii: ")")
    count += 1
    return true
  }

  /// Appends again the bytes written from `start` to `end` (a value written twice).
  mutating func repeatBytes(from start: Int, to end: Int) {
    let length = end - start
    guard start >= 0, end <= count, length > 0, fits(length) else { return }
    (base + count).update(from: base + start, count: length)
    count += length
  }

  /// Appends a UTF-16 code unit as four uppercase hexadecimal digits.
  private mutating func hex(_ unit: UInt16) {
    guard fits(4) else { return }
    for shift in stride(from: 12, through: 0, by: -4) {
      let nibble = UInt8(truncatingIfNeeded: unit >> UInt16(shift)) & 0xF
      base[count] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") - 10 + nibble
      count += 1
    }
  }

  /// Appends what `write` writes (at most `capacity` bytes, else more room is found) to `bytes`
  /// with one copy: for short runs of tokens in an array that is being built.
  static func append(to bytes: inout [UInt8], capacity: Int, _ write: (inout PDFText) -> Void) {
    let done = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> Bool in
      guard let base = buffer.baseAddress else { return false }
      var text = PDFText(base: base, capacity: buffer.count)
      write(&text)
      if text.overflowed { return false }
      bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: text.count))
      return true
    }
    if !done { bytes += build(capacity: 2 * capacity, write) }
  }

  /// The most bytes `string(_:)` writes for a string of `utf8` UTF-8 bytes.
  static func stringBound(_ utf8: Int) -> Int { 8 + 4 * utf8 }
}
