/// The structure tree as PDF text, written outside libharu (`StructureTreeBuilder.write`): the
/// `/StructTreeRoot` dictionary, in place of the empty one libharu writes under `root`, and after
/// libharu's objects every element holding content, in element order, then the parent tree.
/// `ObjectStreams.pack` puts them in its object streams. Same tree, same bytes.
struct StructureTree {
  /// The number of the catalogue's `/StructTreeRoot`, an empty dictionary in libharu's file.
  let root: Int
  let elements: [StructureTreeBuilder.Element]
  /// Every element's children, in element order; element `i`'s are `kids[kidRanges[i]]`.
  let kids: [StructureTreeBuilder.Kid]
  let kidRanges: [Range<Int>]
  /// Per element, whether it is written (the `Document` element, and any element with content).
  let written: [Bool]
  /// Per element, its structure type.
  let types: [String]
  /// Per page, the element owning each MCID.
  let pageParents: [[Int]]
  /// Per page, its object number.
  let pageNumbers: [Int]
  /// The annotations' object numbers, in the order their `/StructParent` keys were given.
  let annotationNumbers: [Int]

  /// How many objects `objects(from:)` adds after libharu's.
  var addedCount: Int { written.lazy.filter { $0 }.count + 1 }

  /// The root dictionary's body, and the bodies of the objects numbered `first`, `first + 1`, …
  func objects(from first: Int) -> (root: [UInt8], added: [ArraySlice<UInt8>]) {
    var numbers = [Int](repeating: 0, count: elements.count)
    var next = first
    for index in elements.indices where written[index] {
      numbers[index] = next
      next += 1
    }
    let parentTree = next
    // Every added object's text in one buffer; `ends` marks where each ends.
    var text = PDFText()
    text.bytes.reserveCapacity(64 * addedCount)
    var ends: [Int] = []
    ends.reserveCapacity(addedCount)
    var annotation = 0
    for (index, element) in elements.enumerated() where written[index] {
      let elementKids = kids[kidRanges[index]]
      text.raw("<</S/")
      text.raw(string: types[index])
      text.raw("/P ")
      text.reference(index == 0 ? root : numbers[element.parent])
      if case .figure(let alt)? = element.role {
        // The same words as the element's title, which structure viewers show (poppler's
        // `pdfinfo -struct-text` prints /T, not /Alt); next to /Alt it compresses to a few bytes.
        text.raw("/Alt")
        text.string(alt)
        text.raw("/T")
        text.string(alt)
      }
      if element.role == .headerCell { text.raw("/A<</O/Table/Scope/Column>>") }
      // /Pg: the page of the element's first marked content; content on other pages as MCR.
      let firstPage = elementKids.lazy.compactMap { kid -> Int? in
        if case .content(let page, _) = kid { return page }
        return nil
      }.first
      if let firstPage {
        text.raw("/Pg ")
        text.reference(pageNumbers[firstPage])
      }
      // One marked-content sequence (most paragraphs and headings): /K is its MCID, no array.
      if elementKids.count == 1, case .content(let page, let mcid) = elementKids.first, page == firstPage {
        text.raw("/K ")
        text.number(mcid)
      } else {
        text.raw("/K[")
        for kid in elementKids {
          switch kid {
          case .element(let child):
            if written[child] {
              text.space()
              text.reference(numbers[child])
            }
          case .content(let page, let mcid):
            text.space()
            if page == firstPage {
              text.number(mcid)
            } else {
              text.raw("<</Type/MCR/Pg ")
              text.reference(pageNumbers[page])
              text.raw("/MCID ")
              text.number(mcid)
              text.raw(">>")
            }
          case .annotation(let page, _):
            text.space()
            text.raw("<</Type/OBJR/Pg ")
            text.reference(pageNumbers[page])
            text.raw("/Obj ")
            text.reference(annotationNumbers[annotation])
            text.raw(">>")
            annotation += 1
          }
        }
        text.raw("]")
      }
      text.raw(">>")
      ends.append(text.bytes.count)
    }
    text.raw("<</Nums[")
    for (pageIndex, parents) in pageParents.enumerated() where pageIndex < pageNumbers.count {
      text.space()
      text.number(pageIndex)
      text.raw("[")
      for owner in parents where written[owner] {
        text.space()
        text.reference(numbers[owner])
      }
      text.raw("]")
    }
    var key = pageNumbers.count
    for index in elements.indices where written[index] {
      for case .annotation in kids[kidRanges[index]] {
        text.space()
        text.number(key)
        text.raw(" ")
        text.reference(numbers[index])
        key += 1
      }
    }
    text.raw("]>>")
    ends.append(text.bytes.count)
    let added = ends.indices.map { text.bytes[(($0 > 0 ? ends[$0 - 1] : 0))..<ends[$0]] }
    var rootText = PDFText()
    rootText.raw("<</Type/StructTreeRoot/K ")
    rootText.reference(numbers[0])
    rootText.raw("/ParentTree ")
    rootText.reference(parentTree)
    rootText.raw("/ParentTreeNextKey ")
    rootText.number(key)
    rootText.raw(">>")
    return (rootText.bytes, added)
  }
}

/// PDF object text, built byte by byte.
struct PDFText {
  var bytes: [UInt8] = []

  /// Appends `text` as it is.
  mutating func raw(_ text: StaticString) { text.withUTF8Buffer { bytes.append(contentsOf: $0) } }

  /// Appends `text` as it is (copied from its contiguous UTF-8, not byte by byte).
  mutating func raw(string text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  /// Appends a space between two items of an array (none after its `[`).
  mutating func space() {
    if let last = bytes.last, last != UInt8(ascii: "[") { bytes.append(UInt8(ascii: " ")) }
  }

  /// Appends a non-negative integer's digits.
  mutating func number(_ value: Int) {
    let value = max(value, 0)
    var divisor = 1
    while divisor <= value / 10 { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / divisor % 10))
      divisor /= 10
    }
  }

  /// Appends `N 0 R`.
  mutating func reference(_ object: Int) {
    number(object)
    raw(" 0 R")
  }

  /// Appends `text` (control characters dropped) as a PDF text string: a literal when it is
  /// printable ASCII, else UTF-16BE with a byte order mark, in hexadecimal.
  mutating func string(_ text: String) {
    if text.utf8.allSatisfy({ $0 <= 0x7F }) {
      bytes.append(UInt8(ascii: "("))
      for byte in text.utf8 where byte >= 0x20 && byte != 0x7F {
        if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
          bytes.append(UInt8(ascii: "\\"))
        }
        bytes.append(byte)
      }
      bytes.append(UInt8(ascii: ")"))
      return
    }
    let digits = Array("0123456789ABCDEF".utf8)
    raw("<FEFF")
    for unit in HaruDocument.pdfString(text).utf16 {
      for shift in [12, 8, 4, 0] { bytes.append(digits[Int(unit >> UInt16(shift)) & 0xF]) }
    }
    bytes.append(UInt8(ascii: ">"))
  }
}
