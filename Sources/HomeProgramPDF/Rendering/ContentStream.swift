import HomeProgramModel

/// One page's content stream, written directly as PDF operators (PDF 1.7, 8.2 and 9.4).
///
/// libharu's `HPDF_Page_*` calls write the same operators, but each clears a 512-byte buffer byte
/// by byte and formats numbers to five decimals; a handout makes thousands of them. Here numbers
/// are written with at most one decimal for paths, two for text positions, sizes and widths, and
/// three for colours, and the
/// graphics state is tracked so that colours, widths, caps, joins, dashes and fonts are only
/// written when they change. Setters record the wanted state; it is written just before a path or
/// text needs it (never inside a path, where PDF forbids it). `q`/`Q` save and restore both the
/// wanted and the written state.
///
/// The graphics mode follows PDF's rules as libharu applied them (`Mode`), so misuse (painting
/// without a path, changing a colour inside one) is still refused: `PDFCanvas` reports it as
/// `PDFError.drawing`.
struct ContentStream {
  /// libharu's graphics modes: page description (between objects) or building a path.
  enum Mode {
    case page, path
  }

  /// The state a content stream carries in the PDF graphics state.
  struct State: Equatable {
    var fill = RGBColor(red: 0, green: 0, blue: 0)
    var stroke = RGBColor(red: 0, green: 0, blue: 0)
    var lineWidth = 1.0
    var lineCap = 0
    var lineJoin = 0
    var dash: [Int] = []
    var dashPhase = 0
    /// The page's resource name of the current font (`F1` …) and its size; nil before any `Tf`.
    var font: [UInt8]?
    var fontSize = 0.0
  }

  private(set) var bytes: [UInt8] = []
  private(set) var mode = Mode.page
  /// The rounded start of the last text run while a text object is open (`BT` written).
  private var textStart: (x: Int, y: Int)?
  /// The marked-content sequence opened inside the text object, while it is open; `endText()`
  /// closes it first, since marked content may not straddle a text object's end.
  private(set) var openTextMark: ContentMark?
  /// Where the path being built starts in `bytes`.
  private var pathStart = 0
  /// What the canvas asked for.
  var wanted = State()
  /// What the stream has set.
  private var written = State()
  private var saved: [(wanted: State, written: State)] = []

  init() {
    bytes.reserveCapacity(8_192)
  }

  /// The number of `q` not yet matched by `Q`.
  var depth: Int { saved.count }

  /// Empties the written bytes (after they were handed to libharu); the state is kept.
  mutating func removeBytes() {
    bytes.removeAll(keepingCapacity: true)
  }

  // MARK: - Graphics state

  mutating func save() {
    endText()
    saved.append((wanted, written))
    op("q")
  }

  /// False when there is no matching `save()`.
  mutating func restore() -> Bool {
    guard let last = saved.popLast() else { return false }
    endText()
    wanted = last.wanted
    written = last.written
    op("Q")
    return true
  }

  /// What a painting operator uses of the graphics state.
  struct Needs: OptionSet {
    let rawValue: Int
    static let fill = Needs(rawValue: 1)
    static let stroke = Needs(rawValue: 2)
  }

  /// Writes the parts of the wanted state that `needs` uses and that differ from the written state.
  private mutating func syncGraphics(_ needs: Needs) {
    if needs.contains(.fill) && wanted.fill != written.fill {
      color(wanted.fill, "rg")
      written.fill = wanted.fill
    }
    guard needs.contains(.stroke) else { return }
    if wanted.stroke != written.stroke {
      color(wanted.stroke, "RG")
      written.stroke = wanted.stroke
    }
    if wanted.lineWidth != written.lineWidth {
      number(wanted.lineWidth)
      op("w")
      written.lineWidth = wanted.lineWidth
    }
    if wanted.lineCap != written.lineCap {
      integer(wanted.lineCap)
      op("J")
      written.lineCap = wanted.lineCap
    }
    if wanted.lineJoin != written.lineJoin {
      integer(wanted.lineJoin)
      op("j")
      written.lineJoin = wanted.lineJoin
    }
    if wanted.dash != written.dash || wanted.dashPhase != written.dashPhase {
      bytes.append(UInt8(ascii: "["))
      for (index, length) in wanted.dash.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: " ")) }
        digits(length)
      }
      bytes.append(UInt8(ascii: "]"))
      bytes.append(UInt8(ascii: " "))
      integer(wanted.dashPhase)
      op("d")
      written.dash = wanted.dash
      written.dashPhase = wanted.dashPhase
    }
  }

  // MARK: - Paths

  /// Starts path construction. The state the path is painted with is written when it is painted,
  /// in front of the path (`pathStart`).
  mutating func beginPath() {
    if mode == .page {
      endText()
      pathStart = bytes.count
      mode = .path
    }
  }

  mutating func move(_ x: Double, _ y: Double) {
    beginPath()
    coordinate(x)
    coordinate(y)
    op("m")
  }

  mutating func line(_ x: Double, _ y: Double) {
    coordinate(x)
    coordinate(y)
    op("l")
  }

  mutating func curve(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ x3: Double, _ y3: Double) {
    coordinate(x1)
    coordinate(y1)
    coordinate(x2)
    coordinate(y2)
    coordinate(x3)
    coordinate(y3)
    op("c")
  }

  mutating func rectangle(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
    beginPath()
    coordinate(x)
    coordinate(y)
    coordinate(width)
    coordinate(height)
    op("re")
  }

  /// Closes the current subpath (`h`); the path stays open for painting.
  mutating func closePath() {
    op("h")
  }

  /// Ends the path with a painting operator (`S`, `f` or `B`), writing the state it uses before
  /// the path.
  mutating func paint(_ operator: StaticString, needs: Needs) {
    let fillChanged = needs.contains(.fill) && wanted.fill != written.fill
    let strokeChanged =
      needs.contains(.stroke)
      && (wanted.stroke != written.stroke || wanted.lineWidth != written.lineWidth
        || wanted.lineCap != written.lineCap || wanted.lineJoin != written.lineJoin
        || wanted.dash != written.dash || wanted.dashPhase != written.dashPhase)
    if fillChanged || strokeChanged {
      let path = Array(bytes[pathStart...])
      bytes.removeSubrange(pathStart...)
      syncGraphics(needs)
      bytes.append(contentsOf: path)
    }
    op(`operator`)
    mode = .page
  }

  // MARK: - Text

  /// Writes `segments` (two-byte character codes, Identity-H, each with its font's resource name)
  /// with the baseline starting at `x`, `y`, at `size`, filled with `color`.
  ///
  /// Consecutive text shares one text object (`BT` … `ET`): each run moves from the previous run's
  /// start with a relative `Td`, so the line spacing of a paragraph repeats and compresses well.
  /// Positions are rounded to a hundredth of a point before the difference is taken, so the
  /// absolute positions are exactly the rounded ones.
  mutating func text(
    _ segments: [(font: [UInt8], codes: [UInt16])], x: Double, y: Double, size: Double, color: RGBColor
  ) {
    if written.fill != color {
      self.color(color, "rg")
      written.fill = color
    }
    let position = (x: Self.hundredths(x), y: Self.hundredths(y))
    let previous = textStart ?? (0, 0)
    if textStart == nil { op("BT") }
    textStart = position
    var first = true
    for segment in segments {
      if written.font != segment.font || written.fontSize != size {
        bytes.append(UInt8(ascii: "/"))
        bytes.append(contentsOf: segment.font)
        bytes.append(UInt8(ascii: " "))
        number(size)
        op("Tf")
        written.font = segment.font
        written.fontSize = size
      }
      if first {
        hundredths(position.x - previous.x)
        hundredths(position.y - previous.y)
        op("Td")
        first = false
      }
      literal(segment.codes)
      op("Tj")
    }
  }

  /// Ends the open text object, if any (before a path, `q`, `Q` or the end of the page).
  mutating func endText() {
    endTextMark()
    if textStart != nil {
      op("ET")
      textStart = nil
    }
  }

  private static func hundredths(_ value: Double) -> Int {
    let scaled = (value * 100).rounded()
    return scaled.isFinite && abs(scaled) < 1e15 ? Int(scaled) : 0
  }

  /// `units` hundredths as a number and a space.
  private mutating func hundredths(_ units: Int) {
    var units = units
    if units < 0 {
      bytes.append(UInt8(ascii: "-"))
      units = -units
    }
    digits(units / 100)
    var fraction = units % 100
    if fraction != 0 {
      bytes.append(UInt8(ascii: "."))
      bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
      fraction %= 10
      if fraction != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction)) }
    }
    bytes.append(UInt8(ascii: " "))
  }

  /// A literal string of big-endian two-byte codes; only `(`, `)`, `\` and carriage return
  /// (which a reader would turn into a line feed) are escaped.
  private mutating func literal(_ codes: [UInt16]) {
    bytes.append(UInt8(ascii: "("))
    for code in codes {
      escaped(UInt8(truncatingIfNeeded: code >> 8))
      escaped(UInt8(truncatingIfNeeded: code))
    }
    bytes.append(UInt8(ascii: ")"))
  }

  @inline(__always)
  private mutating func escaped(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
      bytes.append(UInt8(ascii: "\\"))
      bytes.append(byte)
    case 0x0D:
      bytes.append(UInt8(ascii: "\\"))
      bytes.append(UInt8(ascii: "r"))
    default:
      bytes.append(byte)
    }
  }

  // MARK: - Marked content

  /// Puts the text drawn next inside the marked-content sequence `mark`: nothing to write when
  /// it is the one open, else the open one closed (`EMC`), a text object opened if none is, and
  /// `mark` opened, written as one run of bytes.
  mutating func markText(_ mark: ContentMark) {
    if openTextMark == mark { return }
    let close = openTextMark != nil
    let open = textStart == nil
    if open { textStart = (0, 0) }
    openTextMark = mark
    PDFText.append(to: &bytes, capacity: 64) { text in
      if close { text.raw("EMC\n") }
      if open { text.raw("BT\n") }
      Self.write(mark, to: &text)
    }
  }

  /// Closes the marked-content sequence open inside the text object, if any.
  mutating func endTextMark() {
    if openTextMark != nil {
      op("EMC")
      openTextMark = nil
    }
  }

  /// Opens a marked-content sequence between objects (the text object ended first).
  mutating func beginMark(_ mark: ContentMark) {
    endText()
    PDFText.append(to: &bytes, capacity: 64) { Self.write(mark, to: &$0) }
  }

  /// Closes the marked-content sequence opened with `beginMark`.
  mutating func endMark() {
    endText()
    op("EMC")
  }

  /// `/Tag<</MCID n>>BDC` for content, `/Artifact …` for an artifact (`BMC` without a type), and
  /// the line's end: no space where PDF's delimiters (`<<`, `>>`) need none, since every byte here
  /// is written, compressed and read once per marked sequence (hundreds a handout).
  private static func write(_ mark: ContentMark, to text: inout PDFText) {
    switch mark {
    case .content(let tag, let mcid):
      text.byte(UInt8(ascii: "/"))
      text.raw(tag.name)
      text.raw("<</MCID ")
      text.number(mcid)
      text.raw(">>BDC\n")
    case .artifact(.pagination?): text.raw("/Artifact<</Type/Pagination>>BDC\n")
    case .artifact(.layout?): text.raw("/Artifact<</Type/Layout>>BDC\n")
    case .artifact(nil): text.raw("/Artifact BMC\n")
    }
  }

  // MARK: - Form XObjects

  /// Writes whatever of PDF's initial graphics state (colours, width, caps, joins, dash) differs
  /// from the state written so far, so that a form drawn next sees exactly that initial state.
  mutating func establishInitialState() {
    endText()
    let font = wanted.font
    let fontSize = wanted.fontSize
    wanted = State()
    wanted.font = font
    wanted.fontSize = fontSize
    syncGraphics([.fill, .stroke])
  }

  /// Draws the XObject named `name` in the page's resources scaled by `width` × `height` (an
  /// image's unit square; 1 × 1 for a form) with its origin moved to `x`, `y`
  /// (`w 0 0 h x y cm /name Do`). Call between `save()` and `restore()`.
  mutating func drawXObject(_ name: [UInt8], width: Double = 1, height: Double = 1, x: Double, y: Double) {
    endText()
    number(width)
    bytes.append(contentsOf: Array("0 0 ".utf8))
    number(height)
    number(x)
    number(y)
    op("cm")
    bytes.append(UInt8(ascii: "/"))
    bytes.append(contentsOf: name)
    bytes.append(UInt8(ascii: " "))
    op("Do")
  }

  // MARK: - Tokens

  private mutating func op(_ name: StaticString) {
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\n"))
  }

  private mutating func color(_ color: RGBColor, _ name: StaticString) {
    number(Self.clamped(color.red), scale: 1000)
    number(Self.clamped(color.green), scale: 1000)
    number(Self.clamped(color.blue), scale: 1000)
    op(name)
  }

  private static func clamped(_ value: Double) -> Double { min(max(value, 0), 1) }

  private mutating func integer(_ value: Int) {
    digits(value)
    bytes.append(UInt8(ascii: " "))
  }

  /// A path coordinate, to a tenth of a point (0.035 mm): finer detail is invisible in print and
  /// costs bytes in every figure.
  @inline(__always)
  private mutating func coordinate(_ value: Double) {
    number(value, scale: 10)
  }

  /// `value` rounded to 1/`scale`, without trailing zeros, then a space: `12.5 `, `-3 `, `0.25 `.
  mutating func number(_ value: Double, scale: Int = 100) {
    let scaled = (value * Double(scale)).rounded()
    guard scaled.isFinite, abs(scaled) < 1e15 else {
      op("0")
      return
    }
    var units = Int(scaled)
    if units < 0 {
      bytes.append(UInt8(ascii: "-"))
      units = -units
    }
    digits(units / scale)
    var fraction = units % scale
    if fraction != 0 {
      bytes.append(UInt8(ascii: "."))
      var divisor = scale / 10
      while fraction != 0 {
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
        fraction %= divisor
        divisor /= 10
      }
    }
    bytes.append(UInt8(ascii: " "))
  }

  private mutating func digits(_ value: Int) {
    var value = value
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      value = -value
    }
    var divisor = 1
    while divisor <= value / 10 { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }
}
