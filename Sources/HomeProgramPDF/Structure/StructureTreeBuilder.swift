import CHaruShim
import CLibHaru
import HomeProgramLayout

/// The tagged PDF's structure tree, built while the pages render and written when they are done.
///
/// `PDFRenderer` opens an element at each `DrawOp.beginStructure` and closes it at the matching
/// `endStructure`; text drawn meanwhile becomes marked content with an MCID the innermost element
/// owns (`mark(isOpen:)`), a link annotation an `OBJR` child. Text outside every element (a
/// document laid out without structure, such as the catalogue sheet) or directly inside a grouping
/// element (`StructureRole.isGrouping`) gets a `P` of its own. Reading order is the order of the
/// operations. Heading levels are written in order: the first heading is the one `H1`, and no
/// heading is more than one level below the one before it.
struct StructureTreeBuilder {
  /// A child of an element, in reading order.
  enum Kid {
    case element(Int)
    case content(page: Int, mcid: Int)
    case annotation(page: Int, HPDF_Annotation)
  }

  struct Element {
    /// Nil for the `Document` element at the root.
    var role: StructureRole?
    var parent: Int
    var kids: [Kid] = []
    /// The element opened by the renderer for text outside every element.
    var implicit = false
  }

  private(set) var elements = [Element(role: nil, parent: 0)]
  /// The open elements, innermost last; the `Document` element is always open.
  private var stack = [0]
  /// Per page, the element owning each MCID.
  private(set) var pageParents: [[Int]] = []
  /// The element and mark of the text last marked, to continue its sequence.
  private var last: (element: Int, mark: ContentMark)?

  /// The innermost open element's role.
  var current: StructureRole? { elements[stack[stack.count - 1]].role }

  /// Starts a new page.
  mutating func startPage() {
    closeImplicit()
    pageParents.append([])
    last = nil
  }

  /// Opens an element of `role` inside the innermost open one.
  mutating func begin(_ role: StructureRole) {
    closeImplicit()
    open(Element(role: role, parent: stack[stack.count - 1]))
  }

  /// Closes the innermost element (never the `Document` element).
  mutating func end() {
    closeImplicit()
    if stack.count > 1 { stack.removeLast() }
  }

  private mutating func open(_ element: Element) {
    let index = elements.count
    elements.append(element)
    elements[element.parent].kids.append(.element(index))
    stack.append(index)
  }

  /// Closes the implicit `P` around text outside every element, if open.
  mutating func closeImplicit() {
    if stack.count > 1, elements[stack[stack.count - 1]].implicit { stack.removeLast() }
  }

  /// The mark for content drawn next on the current page, owned by the innermost element (an
  /// implicit `P` at the document's top level). `isOpen` tells whether a mark is still open on the
  /// page, so that consecutive text of one element shares one sequence.
  mutating func mark(isOpen: (ContentMark) -> Bool) -> ContentMark {
    if elements[stack[stack.count - 1]].role?.isGrouping ?? true {
      open(Element(role: .paragraph, parent: stack[stack.count - 1], implicit: true))
    }
    let owner = stack[stack.count - 1]
    if let last, last.element == owner, isOpen(last.mark) { return last.mark }
    let page = pageParents.count - 1
    let mcid = pageParents[page].count
    pageParents[page].append(owner)
    elements[owner].kids.append(.content(page: page, mcid: mcid))
    let mark = ContentMark.content(tag: elements[owner].role?.tag ?? "P", mcid: mcid)
    last = (owner, mark)
    return mark
  }

  /// Makes the annotation on the current page a child of the innermost element.
  mutating func add(annotation: HPDF_Annotation) {
    elements[stack[stack.count - 1]].kids.append(.annotation(page: pageParents.count - 1, annotation))
  }

  /// Whether element `index` holds any content, itself or below.
  private func hasContent(_ index: Int, memo: inout [Bool?]) -> Bool {
    if let known = memo[index] { return known }
    let result = elements[index].kids.contains { kid in
      switch kid {
      case .element(let child): hasContent(child, memo: &memo)
      case .content, .annotation: true
      }
    }
    memo[index] = result
    return result
  }

  /// Each element's structure type, heading levels put in order: the first heading is `H1`, a
  /// later one is `H2` at least and at most one level below the heading before it.
  private func structureTypes(memo: inout [Bool?]) -> [String] {
    var previous = 0
    return elements.indices.map { index in
      let role = elements[index].role
      guard case .heading(let level)? = role else { return role?.tag ?? "Document" }
      guard hasContent(index, memo: &memo) else { return role?.tag ?? "P" }
      let written = previous == 0 ? 1 : min(max(level, 2), previous + 1)
      previous = written
      return StructureRole.heading(level: written).tag
    }
  }

  /// Writes the tree into `document`: `/StructTreeRoot` with its `Document` element, every element
  /// holding content, `/ParentTree`, each page's `/StructParents` and each annotation's
  /// `/StructParent`.
  func write(to document: HaruDocument, pages: [HPDF_Page]) throws {
    let objects = StructureObjects(document: document)
    var memo = [Bool?](repeating: nil, count: elements.count)
    let root = try objects.dictionary(indirect: true)
    try objects.name("Type", "StructTreeRoot", in: root)
    var dictionaries = [HPDF_Dict?](repeating: nil, count: elements.count)
    for index in elements.indices where index == 0 || hasContent(index, memo: &memo) {
      dictionaries[index] = try objects.dictionary(indirect: true)
    }
    let tags = structureTypes(memo: &memo)
    var nextKey = pages.count
    var annotationParents: [(key: Int, element: HPDF_Dict)] = []
    for (index, element) in elements.enumerated() {
      guard let dictionary = dictionaries[index] else { continue }
      // /Type /StructElem is optional: left out, like every optional key, to keep the tree small.
      try objects.name("S", tags[index], in: dictionary)
      try objects.add("P", index == 0 ? root : dictionaries[element.parent] ?? root, to: dictionary)
      if case .figure(let alt)? = element.role {
        try document.setText("Alt", alt, in: dictionary)
        // The same words as the element's title, which structure viewers show (poppler's
        // `pdfinfo -struct-text` prints /T, not /Alt); next to /Alt it compresses to a few bytes.
        try document.setText("T", alt, in: dictionary)
      }
      if element.role == .headerCell {
        let attributes = try objects.dictionary(indirect: false)
        try objects.name("O", "Table", in: attributes)
        try objects.name("Scope", "Column", in: attributes)
        try objects.add("A", attributes, to: dictionary)
      }
      // /Pg: the page of the element's first marked content; content on other pages as MCR.
      let firstPage = element.kids.lazy.compactMap { kid -> Int? in
        if case .content(let page, _) = kid { return page }
        return nil
      }.first
      if let firstPage { try objects.add("Pg", pages[firstPage], to: dictionary) }
      // One marked-content sequence (most paragraphs and headings): /K is its MCID, no array.
      if element.kids.count == 1, case .content(let page, let mcid) = element.kids[0], page == firstPage {
        try objects.set("K", mcid, in: dictionary)
        continue
      }
      let kids = try objects.array()
      for kid in element.kids {
        switch kid {
        case .element(let child):
          if let childDictionary = dictionaries[child] { try objects.append(childDictionary, to: kids) }
        case .content(let page, let mcid):
          if page == firstPage {
            try objects.append(number: mcid, to: kids)
          } else {
            let reference = try objects.dictionary(indirect: false)
            try objects.name("Type", "MCR", in: reference)
            try objects.add("Pg", pages[page], to: reference)
            try objects.set("MCID", mcid, in: reference)
            try objects.append(reference, to: kids)
          }
        case .annotation(let page, let annotation):
          let reference = try objects.dictionary(indirect: false)
          try objects.name("Type", "OBJR", in: reference)
          try objects.add("Pg", pages[page], to: reference)
          try objects.add("Obj", annotation, to: reference)
          try objects.append(reference, to: kids)
          try objects.set("StructParent", nextKey, in: annotation)
          annotationParents.append((nextKey, dictionary))
          nextKey += 1
        }
      }
      try objects.add("K", kids, to: dictionary)
    }
    guard let documentElement = dictionaries[0] else { return }
    try objects.add("K", documentElement, to: root)
    let numbers = try objects.array()
    for (pageIndex, parents) in pageParents.enumerated() where pageIndex < pages.count {
      try objects.set("StructParents", pageIndex, in: pages[pageIndex])
      let owners = try objects.array()
      for owner in parents {
        if let ownerDictionary = dictionaries[owner] { try objects.append(ownerDictionary, to: owners) }
      }
      try objects.append(number: pageIndex, to: numbers)
      try objects.append(owners, to: numbers)
    }
    for (key, element) in annotationParents {
      try objects.append(number: key, to: numbers)
      try objects.append(element, to: numbers)
    }
    let parentTree = try objects.dictionary(indirect: true)
    try objects.add("Nums", numbers, to: parentTree)
    try objects.add("ParentTree", parentTree, to: root)
    try objects.set("ParentTreeNextKey", nextKey, in: root)
    try objects.add("StructTreeRoot", root, to: try objects.catalog())
  }
}
