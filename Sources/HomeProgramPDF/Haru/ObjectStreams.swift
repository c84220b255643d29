/// Packs the small objects of a PDF file libharu wrote into compressed object streams, with a
/// cross-reference stream instead of the cross-reference table (PDF 1.5 and later).
///
/// libharu 2.3 writes every object on its own, uncompressed, with a 20-byte table entry each. A
/// tagged handout has hundreds of structure elements, each a small dictionary: written that way
/// the structure tree more than doubled the file. In object streams they compress with the other
/// dictionaries (pages, fonts' descriptors, annotations, bookmarks). Streams stay where they are,
/// byte for byte, and so does the document information dictionary (readable without
/// decompressing, like the XMP packet). Nothing varies between runs: same input, same bytes.
enum ObjectStreams {
  /// Objects per object stream: readers decompress a whole stream to reach one object in it.
  static let objectsPerStream = 1000

  /// `pdf` with its small objects in object streams, and with `tree` (the structure tree libharu
  /// did not write: its root in place of the empty dictionary libharu wrote, its elements after
  /// libharu's objects); nil when the file is not laid out the way libharu writes it (one classic
  /// cross-reference table, generation 0, no encryption) or lacks the tree's root.
  static func pack(_ pdf: [UInt8], tree: StructureTree? = nil) -> [UInt8]? {
    guard let file = ClassicFile(pdf), let first = file.offsets.compactMap({ $0 }).min() else { return nil }
    let added = tree?.objects(from: file.size)
    if let tree {
      guard file.offsets.indices.contains(tree.root), file.offsets[tree.root] != nil else { return nil }
    }
    var output = Array(pdf[0..<first])
    output.reserveCapacity(pdf.count)
    // Per object number: (type, field 2, field 3) of its cross-reference stream entry.
    var entries = [(UInt8, Int, Int)](
      repeating: (0, 0, 0), count: file.size + (added?.added.count ?? 0))
    entries[0] = (0, 0, 0xFFFF)
    var packed: [(number: Int, body: ArraySlice<UInt8>)] = []
    for (number, body, whole) in file.objects() {
      if let added, number == tree?.root {
        packed.append((number, added.root[...]))
      } else if body.isStream || number == file.info {
        entries[number] = (1, output.count, 0)
        output += whole
        output.append(UInt8(ascii: "\n"))
      } else {
        packed.append((number, body.bytes))
      }
    }
    for (offset, body) in (added?.added ?? []).enumerated() {
      packed.append((file.size + offset, body))
    }
    var next = entries.count
    var start = 0
    while start < packed.count {
      let group = packed[start..<min(start + objectsPerStream, packed.count)]
      var header = PDFText()
      var data: [UInt8] = []
      data.reserveCapacity(group.reduce(0) { $0 + $1.body.count + 1 })
      for (index, object) in group.enumerated() {
        entries[object.number] = (2, next, index)
        header.number(object.number)
        header.bytes.append(UInt8(ascii: " "))
        header.number(data.count)
        header.bytes.append(UInt8(ascii: " "))
        data += object.body
        data.append(UInt8(ascii: "\n"))
      }
      let firstOffset = header.bytes.count
      guard let compressed = Deflate.zlib(header.bytes + data, for: .objects) else { return nil }
      entries.append((1, output.count, 0))
      output += Array(
        "\(next) 0 obj\n<< /Type /ObjStm /N \(group.count) /First \(firstOffset) /Filter /FlateDecode /Length \(compressed.count) >>\nstream\n"
          .utf8)
      output += compressed
      output += Array("\nendstream\nendobj\n".utf8)
      next += 1
      start += objectsPerStream
    }
    // The cross-reference stream: 1 byte type, 4 bytes offset or object stream, 2 bytes index.
    let xrefOffset = output.count
    entries.append((1, xrefOffset, 0))
    var table: [UInt8] = []
    table.reserveCapacity(entries.count * 7)
    for (type, second, third) in entries {
      guard second <= 0xFFFF_FFFF, third <= 0xFFFF else { return nil }
      table.append(type)
      for shift in stride(from: 24, through: 0, by: -8) {
        table.append(UInt8(truncatingIfNeeded: second >> shift))
      }
      table.append(UInt8(truncatingIfNeeded: third >> 8))
      table.append(UInt8(truncatingIfNeeded: third))
    }
    guard let compressed = Deflate.zlib(table, for: .page) else { return nil }
    var dictionary = "<< /Type /XRef /Size \(entries.count) /W [1 4 2] /Root \(file.root) 0 R"
    if let info = file.info { dictionary += " /Info \(info) 0 R" }
    dictionary += " /Filter /FlateDecode /Length \(compressed.count) >>"
    output += Array("\(next) 0 obj\n\(dictionary)\nstream\n".utf8)
    output += compressed
    output += Array("\nendstream\nendobj\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
    return output
  }

  /// An object's body: what lies between `N 0 obj` and `endobj`, trimmed.
  struct Body {
    var bytes: ArraySlice<UInt8>
    /// True for a stream (the body ends with `endstream`).
    var isStream: Bool { bytes.count >= 9 && bytes.suffix(9).elementsEqual("endstream".utf8) }
  }

  /// A PDF file with one classic cross-reference table, as libharu writes it.
  struct ClassicFile {
    let pdf: [UInt8]
    /// Per object number, its offset; nil for free entries.
    var offsets: [Int?] = []
    var xref = 0
    var root = 0
    var info: Int?
    var size: Int { offsets.count }

    init?(_ pdf: [UInt8]) {
      self.pdf = pdf
      guard let startxref = Self.lastRange(of: Array("startxref".utf8), in: pdf),
        let xref = Self.integer(in: pdf, from: startxref + 9)?.value, xref < pdf.count,
        pdf[xref...].starts(with: Array("xref\n".utf8)),
        let trailer = Self.lastRange(of: Array("trailer".utf8), in: pdf), trailer > xref
      else { return nil }
      self.xref = xref
      var position = xref + 5
      guard let firstNumber = Self.integer(in: pdf, from: position), firstNumber.value == 0,
        let count = Self.integer(in: pdf, from: firstNumber.end)
      else { return nil }
      position = count.end
      while position < pdf.count, pdf[position] == UInt8(ascii: "\n") || pdf[position] == UInt8(ascii: "\r") {
        position += 1
      }
      guard position + 20 * count.value <= trailer else { return nil }
      // Each entry: 10 digits of offset, a space, 5 digits of generation, a space, n or f, 2 bytes.
      offsets.reserveCapacity(count.value)
      for index in 0..<count.value {
        let entry = position + 20 * index
        var offset = 0
        for digit in pdf[entry..<(entry + 10)] {
          guard digit >= 0x30, digit <= 0x39 else { return nil }
          offset = offset * 10 + Int(digit - 0x30)
        }
        switch pdf[entry + 17] {
        case UInt8(ascii: "n"):
          guard pdf[(entry + 11)..<(entry + 16)].allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }
          offsets.append(offset)
        case UInt8(ascii: "f"): offsets.append(nil)
        default: return nil
        }
      }
      let trailerText = String(decoding: pdf[trailer...], as: UTF8.self)
      guard !trailerText.contains("/Encrypt"), !trailerText.contains("/Prev"),
        let root = Self.reference("/Root", in: trailerText)
      else { return nil }
      self.root = root
      self.info = Self.reference("/Info", in: trailerText)
      // The trailer's /ID (none today) would have to move to the cross-reference stream.
      guard !trailerText.contains("/ID") else { return nil }
    }

    /// Every object in use, in file order: its number, body and whole text (`N 0 obj` to
    /// `endobj`).
    func objects() -> [(Int, Body, ArraySlice<UInt8>)] {
      let used = offsets.enumerated().compactMap { number, offset in offset.map { (number, $0) } }
        .sorted { $0.1 < $1.1 }
      var result: [(Int, Body, ArraySlice<UInt8>)] = []
      result.reserveCapacity(used.count)
      let closing = Array("endobj".utf8)
      for (index, (number, offset)) in used.enumerated() {
        let end = index + 1 < used.count ? used[index + 1].1 : xref
        var whole = pdf[offset..<end]
        while let last = whole.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") {
          whole = whole.dropLast()
        }
        let opening = Array("\(number) 0 obj".utf8)
        guard whole.starts(with: opening), whole.count >= opening.count + closing.count,
          whole.suffix(closing.count).elementsEqual(closing)
        else { return [] }
        var body = whole.dropFirst(opening.count).dropLast(closing.count)
        while let first = body.first, Self.isSpace(first) { body = body.dropFirst() }
        while let last = body.last, Self.isSpace(last) { body = body.dropLast() }
        result.append((number, Body(bytes: body), whole))
      }
      return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
      guard bytes.count >= needle.count else { return nil }
      var index = bytes.count - needle.count
      while index >= 0 {
        if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle { return index }
        index -= 1
      }
      return nil
    }

    /// The decimal integer at or after `start` (spaces and line ends skipped).
    private static func integer(in bytes: [UInt8], from start: Int) -> (value: Int, end: Int)? {
      var index = start
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      var value = 0
      let first = index
      while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, index - first < 12 {
        value = value * 10 + Int(bytes[index] - 0x30)
        index += 1
      }
      return index > first ? (value, index) : nil
    }

    /// The object number of `key N 0 R` in `text`.
    private static func reference(_ key: String, in text: String) -> Int? {
      guard let range = text.range(of: key + " ") else { return nil }
      return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
  }
}
