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
  /// did not write: its root in place of the empty dictionary libharu wrote, its elements numbered
  /// after libharu's objects, all of it packed after libharu's other objects); nil when the file
  /// is not laid out the way libharu writes it (one classic cross-reference table, generation 0,
  /// no encryption) or lacks the tree's root.
  static func pack(_ pdf: [UInt8], tree: StructureTree? = nil) -> [UInt8]? {
    guard let file = ClassicFile(pdf), let first = file.offsets.compactMap({ $0 }).min() else { return nil }
    if let tree {
      guard file.offsets.indices.contains(tree.root), file.offsets[tree.root] != nil else { return nil }
    }
    // The tree's objects: its elements and parent tree numbered after libharu's, its root last.
    let added = tree?.objects(from: file.size)
    let addedEnds = added?.ends ?? []
    let addedText = added?.text ?? []
    var output = Array(pdf[0..<first])
    output.reserveCapacity(pdf.count + addedText.count)
    // Per object number: (type, field 2, field 3) of its cross-reference stream entry.
    var entries = [(UInt8, Int, Int)](repeating: (0, 0, 0), count: file.size + max(0, addedEnds.count - 1))
    entries[0] = (0, 0, 0xFFFF)
    // A file not laid out object by object is left alone (nil), never packed without its objects.
    guard let objects = file.objects(), objects.contains(where: { $0.number == file.root }) else {
      return nil
    }
    // The objects to pack, in order: libharu's (`pdf`, `Object.body`), then the tree's.
    var inFile: [Object] = []
    inFile.reserveCapacity(objects.count)
    for object in objects {
      if object.number == tree?.root { continue }
      if object.isStream || object.number == file.info {
        entries[object.number] = (1, output.count, 0)
        output += pdf[object.whole]
        output.append(UInt8(ascii: "\n"))
      } else {
        inFile.append(object)
      }
    }
    let total = inFile.count + addedEnds.count
    /// The number of the `index`th object packed.
    func number(_ index: Int) -> Int {
      if index < inFile.count { return inFile[index].number }
      let added = index - inFile.count
      return added == addedEnds.count - 1 ? (tree?.root ?? 0) : file.size + added
    }
    var next = entries.count
    var start = 0
    while start < total {
      let end = min(start + objectsPerStream, total)
      // The stream's header (object numbers and offsets), then the objects, each on its line: the
      // tree's, already one after another with their line ends, in one copy.
      // libharu's objects `start..<fileEnd`, then the tree's `addedStart..<addedEnd` (either may be
      // empty), whose text is `addedFrom..<addedTo`.
      let fileEnd = min(max(start, inFile.count), end)
      let addedStart = max(start, inFile.count) - inFile.count
      let addedEnd = max(end - inFile.count, addedStart)
      let addedFrom = addedStart > 0 ? addedEnds[addedStart - 1] : 0
      let addedTo = addedEnd > 0 ? addedEnds[addedEnd - 1] : 0
      var bodies = addedTo - addedFrom
      for index in start..<fileEnd { bodies += inFile[index].body.count + 1 }
      var firstOffset = 0
      let stream = pdf.withUnsafeBufferPointer { file in
        addedText.withUnsafeBufferPointer { tree in
          PDFText.build(capacity: 24 * (end - start) + bodies) { output in
            var text = output
            defer { output = text }
            var offset = 0
            for index in start..<fileEnd {
              text.number(inFile[index].number)
              text.byte(UInt8(ascii: " "))
              text.number(offset)
              text.byte(UInt8(ascii: " "))
              offset += inFile[index].body.count + 1
            }
            for index in addedStart..<addedEnd {
              text.number(number(inFile.count + index))
              text.byte(UInt8(ascii: " "))
              text.number(offset + (index > 0 ? addedEnds[index - 1] : 0) - addedFrom)
              text.byte(UInt8(ascii: " "))
            }
            firstOffset = text.count
            for index in start..<fileEnd {
              text.append(UnsafeBufferPointer(rebasing: file[inFile[index].body]))
              text.byte(UInt8(ascii: "\n"))
            }
            if addedTo > addedFrom { text.append(UnsafeBufferPointer(rebasing: tree[addedFrom..<addedTo])) }
          }
        }
      }
      for index in start..<end { entries[number(index)] = (2, next, index - start) }
      entries.append((1, output.count, 0))
      // Compressed straight onto the output, without an array of its own.
      let written: Void? = Deflate.withZlib(stream, for: .objects) { compressed in
        output += Array(
          "\(next) 0 obj\n<< /Type /ObjStm /N \(end - start) /First \(firstOffset) /Filter /FlateDecode /Length \(compressed.count) >>\nstream\n"
            .utf8)
        output.append(contentsOf: compressed)
        output += Array("\nendstream\nendobj\n".utf8)
      }
      guard written != nil else { return nil }
      next += 1
      start = end
    }
    // The cross-reference stream: 1 byte type, then the offset or object stream and the index
    // (or generation) in as few bytes as the largest needs (/W). Each row follows PNG's "up"
    // predictor (a filter byte 2, then its difference from the row above), so that consecutive
    // objects of one object stream read `2 0 0 0 1`; `RowDeflate` compresses it.
    let xrefOffset = output.count
    entries.append((1, xrefOffset, 0))
    guard entries.allSatisfy({ $0.1 <= 0xFFFF_FFFF && $0.2 <= 0xFFFF }) else { return nil }
    let secondWidth = Self.width(of: entries.reduce(0) { max($0, $1.1) })
    let thirdWidth = Self.width(of: entries.reduce(0) { max($0, $1.2) })
    let columns = 1 + secondWidth + thirdWidth
    var table = [UInt8](repeating: 0, count: entries.count * (1 + columns))
    table.withUnsafeMutableBufferPointer { table in
      // Each row: the filter byte, then each field's bytes less those of the row above (the first
      // row less zeros).
      var row = 0
      var above: (UInt8, Int, Int) = (0, 0, 0)
      /// Writes `width` bytes of `value` less `previous`, most significant first, at `position`.
      func difference(_ value: Int, _ previous: Int, width: Int, at position: Int) {
        for byte in 0..<width {
          let shift = 8 * (width - 1 - byte)
          table[position + byte] =
            UInt8(truncatingIfNeeded: value >> shift) &- UInt8(truncatingIfNeeded: previous >> shift)
        }
      }
      for entry in entries {
        table[row] = 2
        table[row + 1] = entry.0 &- above.0
        difference(entry.1, above.1, width: secondWidth, at: row + 2)
        difference(entry.2, above.2, width: thirdWidth, at: row + 2 + secondWidth)
        above = entry
        row += 1 + columns
      }
    }
    let compressed = table.withUnsafeBufferPointer { RowDeflate.zlib($0, row: 1 + columns) }
    var dictionary =
      "<< /Type /XRef /Size \(entries.count) /W [1 \(secondWidth) \(thirdWidth)] /Root \(file.root) 0 R"
    if let info = file.info { dictionary += " /Info \(info) 0 R" }
    dictionary +=
      " /Filter /FlateDecode /DecodeParms << /Columns \(columns) /Predictor 12 >> /Length \(compressed.count) >>"
    output += Array("\(next) 0 obj\n\(dictionary)\nstream\n".utf8)
    output += compressed
    output += Array("\nendstream\nendobj\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
    return output
  }

  /// The bytes a cross-reference stream field needs for values up to `largest` (at least 1).
  static func width(of largest: Int) -> Int {
    var width = 1
    while width < 8, largest >> (8 * width) > 0 { width += 1 }
    return width
  }

  /// An object of the file: its number, its body (what lies between `N 0 obj` and `endobj`,
  /// trimmed) and its whole text (`N 0 obj` to `endobj`), as ranges of the file's bytes.
  struct Object {
    var number: Int
    var body: Range<Int>
    var whole: Range<Int>
    /// True for a stream (the body ends with `endstream`).
    var isStream: Bool
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
      let table = pdf.withUnsafeBufferPointer { pdf -> [Int?]? in
        var offsets: [Int?] = []
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
        return offsets
      }
      guard let table else { return nil }
      offsets = table
      let trailerBytes = pdf[trailer...]
      guard Self.find("/Encrypt", in: trailerBytes) == nil, Self.find("/Prev", in: trailerBytes) == nil,
        let root = Self.reference("/Root ", in: trailerBytes)
      else { return nil }
      self.root = root
      self.info = Self.reference("/Info ", in: trailerBytes)
      // The trailer's /ID (none today) would have to move to the cross-reference stream.
      guard Self.find("/ID", in: trailerBytes) == nil else { return nil }
    }

    /// Every object in use, in file order; nil when one is not framed as `N 0 obj` … `endobj`.
    func objects() -> [Object]? {
      var used: [(number: Int, offset: Int)] = []
      used.reserveCapacity(offsets.count)
      for (number, offset) in offsets.enumerated() {
        if let offset { used.append((number, offset)) }
      }
      // libharu writes objects in number order; sort only when it did not.
      if !zip(used, used.dropFirst()).allSatisfy({ $0.offset < $1.offset }) {
        used.sort { $0.offset < $1.offset }
      }
      return pdf.withUnsafeBufferPointer { pdf -> [Object]? in
        var result: [Object] = []
        result.reserveCapacity(used.count)
        for (index, (number, offset)) in used.enumerated() {
          var end = index + 1 < used.count ? used[index + 1].offset : xref
          while end > offset, pdf[end - 1] == UInt8(ascii: "\n") || pdf[end - 1] == UInt8(ascii: "\r") {
            end -= 1
          }
          // `N 0 obj`, then the body, then `endobj`.
          var position = offset
          var value = 0
          while position < end, pdf[position] >= 0x30, pdf[position] <= 0x39, position - offset < 12 {
            value = value * 10 + Int(pdf[position] - 0x30)
            position += 1
          }
          let opening = position + 6
          guard position > offset, value == number, opening <= end - 6,
            Self.matches(pdf, at: position, " 0 obj"), Self.matches(pdf, at: end - 6, "endobj")
          else { return nil }
          var bodyStart = opening
          var bodyEnd = end - 6
          while bodyStart < bodyEnd, Self.isSpace(pdf[bodyStart]) { bodyStart += 1 }
          while bodyEnd > bodyStart, Self.isSpace(pdf[bodyEnd - 1]) { bodyEnd -= 1 }
          let isStream = bodyEnd - bodyStart >= 9 && Self.matches(pdf, at: bodyEnd - 9, "endstream")
          result.append(
            Object(number: number, body: bodyStart..<bodyEnd, whole: offset..<end, isStream: isStream))
        }
        return result
      }
    }

    /// True when `bytes` holds `text` at `position`.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, _ text: StaticString)
      -> Bool
    {
      text.withUTF8Buffer { text in
        position >= 0 && position + text.count <= bytes.count
          && UnsafeBufferPointer(rebasing: bytes[position..<(position + text.count)]).elementsEqual(text)
      }
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

    /// Where `needle` first starts in `bytes`.
    private static func find(_ needle: StaticString, in bytes: ArraySlice<UInt8>) -> Int? {
      needle.withUTF8Buffer { needle in
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = bytes.startIndex
        while index <= bytes.endIndex - needle.count {
          if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
            return index
          }
          index += 1
        }
        return nil
      }
    }

    /// The object number of `key N 0 R` in `bytes` (`key` ends with its space).
    private static func reference(_ key: StaticString, in bytes: ArraySlice<UInt8>) -> Int? {
      guard let start = find(key, in: bytes) else { return nil }
      var index = start + key.utf8CodeUnitCount
      var value = 0
      let first = index
      while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39, index - first < 12 {
        value = value * 10 + Int(bytes[index] - 0x30)
        index += 1
      }
      return index > first ? value : nil
    }
  }
}
