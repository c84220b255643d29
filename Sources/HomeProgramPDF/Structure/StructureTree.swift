/// The structure tree as PDF text, written outside libharu (`StructureTreeBuilder.write`): the
/// `/StructTreeRoot` dictionary, in place of the empty one libharu writes under `root`, and after
/// libharu's objects every element holding content, in element order, then the parent tree.
/// `ObjectStreams.pack` puts them in its object streams. Same tree, same bytes.
struct StructureTree {
  /// The number of the catalogue's `/StructTreeRoot`, an empty dictionary in libharu's file.
  let root: Int
  let elements: [StructureTreeBuilder.Element]
  /// Each figure's alternative text, by element, in element order.
  let alternates: [(element: Int, text: String)]
  /// Every element's children, in element order; element `i`'s are `kids[kidRanges[i]]`.
  let kids: [StructureTreeBuilder.Kid]
  let kidRanges: [Range<Int>]
  /// Per element, whether it is written (the `Document` element, and any element with content).
  let written: [Bool]
  /// Per page, the element owning each MCID.
  let pageParents: [[Int]]
  /// Per page, its object number.
  let pageNumbers: [Int]
  /// The annotations' object numbers, in the order their `/StructParent` keys were given.
  let annotationNumbers: [Int]

  /// The tree's objects as PDF text, one after another, each followed by a line end: the
  /// elements holding content (numbered `first`, `first + 1`, … in element order), the parent
  /// tree, and last the `/StructTreeRoot` dictionary (numbered `root`, in place of libharu's).
  struct Objects {
    let text: [UInt8]
    /// Where each object ends in `text`, after its line end.
    let ends: [Int]
  }

  /// The tree's objects, the first numbered `first` (`Objects`).
  func objects(from first: Int) -> Objects {
    var numbers = [Int](repeating: 0, count: elements.count)
    var next = first
    for index in elements.indices where written[index] {
      numbers[index] = next
      next += 1
    }
    let parentTree = next
    let capacity = textBound(largestNumber: parentTree)
    var ends: [Int] = []
    ends.reserveCapacity(next - first + 2)
    var key = pageNumbers.count
    let text = PDFText.build(capacity: capacity) { output in
      // A local copy the optimiser keeps in registers: writes through the buffer's pointer could
      // alias an `inout` argument's fields, so each would be reloaded after every byte.
      var text = output
      defer { output = text }
      ends.removeAll(keepingCapacity: true)
      var annotation = 0
      var alternate = 0
      for index in elements.indices where written[index] {
        let range = kidRanges[index]
        let element = elements[index]
        let type = element.type
        text.raw(type.opening)
        text.number(index == 0 ? root : numbers[element.parent])
        if type == .figure {
          while alternate < alternates.count, alternates[alternate].element < index { alternate += 1 }
          if alternate < alternates.count, alternates[alternate].element == index {
            // The same words as the element's title, which structure viewers show (poppler's
            // `pdfinfo -struct-text` prints /T, not /Alt); next to /Alt it compresses to a few bytes.
            text.raw(" 0 R/Alt")
            let start = text.count
            text.string(alternates[alternate].text)
            let end = text.count
            text.raw("/T")
            text.repeatBytes(from: start, to: end)
          } else {
            text.raw(" 0 R")
          }
        } else if type == .headerCell {
          text.raw(" 0 R/A<</O/Table/Scope/Column>>")
        } else {
          text.raw(" 0 R")
        }
        // /Pg: the page of the element's first marked content; content on other pages as MCR.
        var firstPage = -1
        for position in range {
          if case .content(let page, _) = kids[position] {
            firstPage = page
            break
          }
        }
        if firstPage >= 0 {
          text.raw("/Pg ")
          text.number(pageNumbers[firstPage])
          // One marked-content sequence (most paragraphs and headings): /K is its MCID, no array.
          if range.count == 1, case .content(let page, let mcid) = kids[range.lowerBound], page == firstPage {
            text.raw(" 0 R/K ")
            text.number(mcid)
            text.raw(">>\n")
            ends.append(text.count)
            continue
          }
          text.raw(" 0 R/K[")
        } else {
          text.raw("/K[")
        }
        for position in range {
          switch kids[position] {
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
        text.raw("]>>\n")
        ends.append(text.count)
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
      key = pageNumbers.count
      for index in elements.indices where written[index] {
        for position in kidRanges[index] {
          guard case .annotation = kids[position] else { continue }
          text.space()
          text.number(key)
          text.raw(" ")
          text.reference(numbers[index])
          key += 1
        }
      }
      text.raw("]>>\n")
      ends.append(text.count)
      text.raw("<</Type/StructTreeRoot/K ")
      text.reference(numbers[0])
      text.raw("/ParentTree ")
      text.reference(parentTree)
      text.raw("/ParentTreeNextKey ")
      text.number(key)
      text.raw(">>\n")
      ends.append(text.count)
    }
    return Objects(text: text, ends: ends)
  }

  /// The most bytes `objects` writes when no object number exceeds `largestNumber`: each item
  /// counted at its longest (every number with as many digits as the largest), so that the text
  /// is written once, in one allocation little larger than it. A bound of 128 bytes an element
  /// and 80 a child was five times the text (125 KB for a 6-page handout's 21 KB): freed, it left
  /// glibc a free block at the top of its heap large enough to give back to the system after
  /// every handout and fault in again for the next.
  func textBound(largestNumber: Int) -> Int {
    let numberDigits = PDFText.digitCount(largestNumber)
    let markDigits = PDFText.digitCount(kids.count)
    let keyDigits = PDFText.digitCount(pageNumbers.count + annotationNumbers.count)
    // ` N 0 R`.
    let reference = 1 + numberDigits + 4
    // The parent tree (`<</Nums[`, each page's key and brackets, a reference per mark, a key and a
    // reference per annotation, `]>>` and a line end), then the root's dictionary.
    var bound = 12 + pageNumbers.count * (3 + keyDigits)
    bound += annotationNumbers.count * (1 + keyDigits + reference)
    for owners in pageParents { bound += owners.count * reference }
    bound += 67 + 2 * numberDigits + keyDigits
    for alternate in alternates { bound += 2 * PDFText.stringBound(alternate.text.utf8.count) + 6 }
    for index in elements.indices where written[index] {
      let type = elements[index].type
      // `<</S/…/P N 0 R`, a header cell's `/A<<…>>`, `/Pg N 0 R/K[` and `]>>` with the line end.
      bound += type.opening.utf8CodeUnitCount + 2 * numberDigits + 19 + (type == .headerCell ? 27 : 0)
      var firstPage = -1
      for position in kidRanges[index] {
        switch kids[position] {
        case .element: bound += reference
        case .content(let page, _):
          if firstPage < 0 { firstPage = page }
          // An MCID, or an MCR dictionary for content on another page than the element's first.
          bound += page == firstPage ? 1 + markDigits : 29 + numberDigits + markDigits
        case .annotation: bound += 32 + 2 * numberDigits
        }
      }
    }
    return bound
  }
}
