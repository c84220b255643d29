import CHaruShim
import CLibHaru
import HomeProgramLayout

/// The tagged PDF's structure tree, built while the pages render and written when they are done.
///
/// `PDFRenderer` opens an element at each `DrawOp.beginStructure` and closes it at the matching
/// `endStructure`; text drawn meanwhile becomes marked content with an MCID the innermost element
/// owns (`mark(openMark:)`), a link annotation an `OBJR` child. Text outside every element (a
/// document laid out without structure, such as the catalogue sheet) or directly inside a grouping
/// element (`StructureRole.isGrouping`) gets a `P` of its own. Reading order is the order of the
/// operations. Heading levels are written in order: the first heading is the one `H1`, and no
/// heading is more than one level below the one before it. Each heading's level is settled when
/// its first content is marked, so that the marked-content tag (`/H3<</MCID 0>>BDC`) and the
/// element's structure type agree.
struct StructureTreeBuilder {
  /// A child of an element, in reading order: numbers only, so that the `StructureTree` made from
  /// it holds no libharu handle (it is written after libharu's document is freed).
  enum Kid {
    case element(Int)
    case content(page: Int, mcid: Int)
    /// A link annotation on `page`, `annotations[index]` while the tree is being built.
    case annotation(page: Int, index: Int)
  }

  /// An element: plain numbers and flags, so that reading one copies no reference-counted value
  /// (a figure's alternative text is kept apart, in `alternates`).
  struct Element {
    var parent: Int
    /// Its structure type; a heading's is its layout level until settled (`settleHeadings`).
    var type: StructureType
    /// A heading's level in layout until its written level is settled (`settleHeadings`); nil
    /// after that, and for any other element.
    var headingLevel: Int?
    /// True for an element that groups others and holds no text of its own
    /// (`StructureRole.isGrouping`): text drawn directly inside gets a `P` of its own.
    var grouping = false
    /// The element opened by the renderer for text outside every element.
    var implicit = false
    /// Its first and last child in `kidLinks`; -1 while it has none.
    var firstKid = -1
    var lastKid = -1
  }

  /// Every element's children, each with the position of its next sibling (-1 after the last):
  /// one array for the whole tree, not one per element.
  private(set) var kidLinks: [(kid: Kid, next: Int)] = []

  private(set) var elements = [Element(parent: 0, type: .document, grouping: true)]
  /// Each figure's alternative text, by element, in element order.
  private(set) var alternates: [(element: Int, text: String)] = []
  /// The link annotations made children (`Kid.annotation`), in the order they were added.
  private var annotations: [HPDF_Annotation] = []
  /// Per element, whether it holds content, itself or below (kept up to date by `addKid`); the
  /// `Document` element is always written.
  private var hasContent = [true]
  /// The open elements, innermost last; the `Document` element is always open.
  private var stack = [0]
  /// Per page, the element owning each MCID.
  private(set) var pageParents: [[Int]] = []
  /// The element and mark of the text last marked, to continue its sequence.
  private var last: (element: Int, mark: ContentMark)?
  /// The level of the heading settled last; 0 before the first.
  private var previousLevel = 0

  /// True when a heading was opened since the levels were last settled (`settleHeadings`).
  private var headingsToSettle = false

  /// An empty tree (the `Document` element alone), with room for about `elements` elements.
  init(reserving elements: Int = 0) {
    self.elements.reserveCapacity(elements)
    hasContent.reserveCapacity(elements)
    kidLinks.reserveCapacity(2 * elements)
  }

  /// True when the innermost open element is a `Figure`.
  var inFigure: Bool { elements[stack[stack.count - 1]].type == .figure }

  /// Starts a new page.
  mutating func startPage() {
    closeImplicit()
    pageParents.append([])
    last = nil
  }

  /// Opens an element of `role` inside the innermost open one.
  mutating func begin(_ role: StructureRole) {
    closeImplicit()
    var element = Element(
      parent: stack[stack.count - 1], type: StructureType(role), grouping: role.isGrouping)
    switch role {
    case .heading(let level):
      headingsToSettle = true
      element.headingLevel = level
    case .figure(let alt): alternates.append((elements.count, alt))
    default: break
    }
    open(element)
  }

  /// Closes the innermost element (never the `Document` element).
  mutating func end() {
    closeImplicit()
    if stack.count > 1 { stack.removeLast() }
  }

  private mutating func open(_ element: Element) {
    let index = elements.count
    elements.append(element)
    addKid(.element(index), to: element.parent)
    stack.append(index)
  }

  /// Closes the implicit `P` around text outside every element, if open.
  mutating func closeImplicit() {
    if stack.count > 1, elements[stack[stack.count - 1]].implicit { stack.removeLast() }
  }

  /// The mark for content drawn next on the current page, owned by the innermost element (an
  /// implicit `P` at the document's top level). `openMark` is the sequence still open on the page,
  /// if any, so that consecutive text of one element shares one sequence.
  mutating func mark(openMark: ContentMark?) -> ContentMark {
    if elements[stack[stack.count - 1]].grouping {
      open(Element(parent: stack[stack.count - 1], type: .paragraph, implicit: true))
    }
    let owner = stack[stack.count - 1]
    if let last, last.element == owner, last.mark == openMark { return last.mark }
    settleHeadings()
    let page = pageParents.count - 1
    let mcid = pageParents[page].count
    pageParents[page].append(owner)
    addKid(.content(page: page, mcid: mcid), to: owner)
    let mark = ContentMark.content(tag: elements[owner].type, mcid: mcid)
    last = (owner, mark)
    return mark
  }

  /// Makes the annotation on the current page a child of the innermost element.
  mutating func add(annotation: HPDF_Annotation) {
    settleHeadings()
    addKid(.annotation(page: pageParents.count - 1, index: annotations.count), to: stack[stack.count - 1])
    annotations.append(annotation)
  }

  /// Appends `kid` to element `index`'s children.
  private mutating func addKid(_ kid: Kid, to index: Int) {
    if case .element = kid {
      hasContent.append(false)
    } else {
      // The element and its ancestors up to the first already known to hold content.
      var holder = index
      while !hasContent[holder] {
        hasContent[holder] = true
        holder = elements[holder].parent
      }
    }
    let position = kidLinks.count
    kidLinks.append((kid, -1))
    let last = elements[index].lastKid
    if last >= 0 { kidLinks[last].next = position } else { elements[index].firstKid = position }
    elements[index].lastKid = position
  }

  /// Settles the level of every open heading that has none yet, outermost first: about to get
  /// content, it will be written. The first heading is `H1`, a later one `H2` at least and at most
  /// one level below the heading before it.
  private mutating func settleHeadings() {
    guard headingsToSettle else { return }
    headingsToSettle = false
    for index in stack {
      guard let level = elements[index].headingLevel else { continue }
      let written = previousLevel == 0 ? 1 : min(max(level, 2), previousLevel + 1)
      elements[index].type = StructureType.heading(written)
      elements[index].headingLevel = nil
      previousLevel = written
    }
  }

  /// Prepares the tree for `document`, whose pages are `pages`: each page's `/StructParents`, each
  /// annotation's `/StructParent` and the catalogue's `/StructTreeRoot`, an empty dictionary
  /// libharu writes in place of the tree. The tree itself is PDF text `ObjectStreams.pack` puts in
  /// place of that dictionary and after libharu's objects (`StructureTree`): made through libharu,
  /// its thousands of small dictionaries cost more than the rest of the handout's rendering.
  func write(to document: HaruDocument, pages: [HPDF_Page]) throws -> StructureTree {
    let objects = StructureObjects(document: document)
    let written = hasContent
    let pageNumbers = try pages.map { try objects.number(of: $0) }
    var annotationNumbers: [Int] = []
    var nextKey = pages.count
    // Every element's children in one array, in element order (`StructureTree.kids`).
    var kids: [Kid] = []
    kids.reserveCapacity(kidLinks.count)
    var kidRanges: [Range<Int>] = []
    kidRanges.reserveCapacity(elements.count)
    for index in elements.indices {
      let start = kids.count
      var position = elements[index].firstKid
      while position >= 0 {
        kids.append(kidLinks[position].kid)
        position = kidLinks[position].next
      }
      kidRanges.append(start..<kids.count)
    }
    for index in elements.indices where written[index] {
      for case .annotation(_, let kid) in kids[kidRanges[index]] {
        try objects.set("StructParent", nextKey, in: annotations[kid])
        annotationNumbers.append(try objects.number(of: annotations[kid]))
        nextKey += 1
      }
    }
    for pageIndex in pageParents.indices where pageIndex < pages.count {
      try objects.set("StructParents", pageIndex, in: pages[pageIndex])
    }
    let root = try objects.dictionary(indirect: true)
    try objects.add("StructTreeRoot", root, to: try objects.catalog())
    return StructureTree(
      root: try objects.number(of: root), elements: elements, alternates: alternates, kids: kids,
      kidRanges: kidRanges, written: written, pageParents: pageParents, pageNumbers: pageNumbers,
      annotationNumbers: annotationNumbers)
  }
}
