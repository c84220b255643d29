import CHaruShim
import CLibHaru
import Foundation
import HomeProgramDocument
import HomeProgramLayout
import HomeProgramModel

/// An owning wrapper around one libharu `HPDF_Doc`: fonts, images, pages, outline and saving.
///
/// Every libharu call goes through `check` or `require`: libharu reports errors to a C callback,
/// which records them in a `HaruErrorRecorder` this document owns; a failed call becomes a thrown
/// `PDFError.libharu` naming the operation. Not thread-safe: use one document from one thread.
final class HaruDocument {
  let handle: HPDF_Doc
  let fonts: FontSet
  private let recorder: HaruErrorRecorder
  /// The characters each font file draws in this document, when fonts are subset.
  private let usage: FontUsage?
  /// Embedded subsets and whole fonts, by font file path, loaded on first use.
  private var subsetFonts: [String: HPDF_Font] = [:]
  private var wholeFonts: [String: HPDF_Font] = [:]
  private var images: [String: HPDF_Image] = [:]
  /// The form XObjects of figures drawn so far, one per drawing (see `PDFCanvas.drawFigure`).
  private var forms: [FigureFormCache.Key: HPDF_Dict] = [:]
  /// Characters replaced because no font covers them, across the whole document.
  var missingCharacters: Set<Unicode.Scalar> = []

  /// Creates a compressed, UTF-8 document drawing with `fonts`, with `info` set.
  ///
  /// Fonts are embedded on first use. With `usage` (the characters the document draws with each
  /// font file), each font is embedded as a subset of exactly those characters (`FontSubsetter`);
  /// text with a character outside the subset (say, drawn by a figure) uses the whole font instead.
  /// Without `usage`, whole fonts are embedded as libharu loads them.
  ///
  /// Nothing time-dependent is written: libharu 2.3.0 adds no creation date or `/ID` unless asked
  /// (an `/ID` only with encryption), and subsets are deterministic, so identical input gives
  /// identical bytes.
  init(info: DocumentInfo, fonts: FontSet, usage: FontUsage? = nil) throws {
    let recorder = HaruErrorRecorder()
    guard let handle = HPDF_New(HaruErrorRecorder.handler, Unmanaged.passUnretained(recorder).toOpaque())
    else {
      throw PDFError.libharu(
        operation: "HPDF_New", code: UInt(recorder.last?.code ?? 0), detail: UInt(recorder.last?.detail ?? 0))
    }
    self.handle = handle
    self.recorder = recorder
    self.fonts = fonts
    self.usage = usage
    try check("HPDF_SetCompressionMode", HPDF_SetCompressionMode(handle, HPDF_UINT(HPDF_COMP_ALL)))
    // The UTF-8 encoder is only built when a whole font is embedded (`loadFont`); the info
    // dictionary and the outline get their UTF-16 strings from `setText`.
    try check("HPDF_UseUTFEncodings", HPDF_UseUTFEncodings(handle))
    let dictionary = try require("HPDF_GetInfo", homeprogram_info(handle))
    try setText("Title", info.title, in: dictionary)
    try setText("Author", info.author, in: dictionary)
    try setText("Subject", info.subject, in: dictionary)
    try setText("Creator", info.creator, in: dictionary)
    try setAccessible(info)
  }

  /// The catalogue entries of a tagged PDF/UA-1 document: the 1.7 header, `/MarkInfo`, `/Lang`
  /// (`info.language`), `/ViewerPreferences << /DisplayDocTitle true >>` and the XMP packet.
  private func setAccessible(_ info: DocumentInfo) throws {
    let language = Self.pdfString(info.language).filter { $0.isASCII && !$0.isWhitespace }
    let xmp = XMPMetadata(info: info).bytes
    let status = xmp.withUnsafeBufferPointer {
      homeprogram_set_accessible(
        handle, language.isEmpty ? "en-US" : language, $0.baseAddress, UInt32($0.count))
    }
    try check("homeprogram_set_accessible", status)
  }

  deinit {
    HPDF_Free(handle)
  }

  /// Makes `bytes` (a page's operators) the contents of `page`, compressed with libdeflate at
  /// `Deflate.contentLevel`. Once per page.
  func setContents(_ bytes: [UInt8], of page: HPDF_Page) throws {
    let status = Deflate.withZlib(bytes, for: .content) {
      homeprogram_page_set_contents(page, $0.baseAddress, UInt32($0.count))
    }
    guard let status else { throw PDFError.drawing(operation: "finish()", problem: .compressionFailed) }
    try check("homeprogram_page_set_contents", status)
  }

  // MARK: - Error checking

  /// Throws when `status` is not `HPDF_OK` or libharu reported an error during the call.
  package func check(_ operation: String, _ status: HPDF_STATUS) throws {
    if status == HPDF_STATUS(HPDF_OK) && recorder.last == nil { return }
    throw failure(operation, status: status)
  }

  /// Returns `value`, or throws when it is nil or libharu reported an error during the call.
  func require<T>(_ operation: String, _ value: T?) throws -> T {
    if let value, recorder.last == nil { return value }
    throw failure(operation, status: 0)
  }

  /// The error for a failed call; clears libharu's error state so the document stays usable.
  private func failure(_ operation: String, status: HPDF_STATUS) -> PDFError {
    let code = recorder.last?.code ?? status
    let detail = recorder.last?.detail ?? HPDF_GetErrorDetail(handle)
    recorder.reset()
    HPDF_ResetError(handle)
    return .libharu(operation: operation, code: UInt(code), detail: UInt(detail))
  }

  // MARK: - Content

  /// Sets `dictionary`'s `key` to `text` (control characters dropped) as a PDF text string: a
  /// literal when it is printable ASCII, else UTF-16BE with a byte order mark, so "José" reads
  /// "José" in any viewer.
  func setText(_ key: String, _ text: String, in dictionary: HPDF_Dict) throws {
    let value = Self.pdfString(text)
    if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      try check("HPDF_Dict_Add(\(key))", homeprogram_set_ascii_text(handle, dictionary, key, value))
      return
    }
    var bytes: [UInt8] = [0xFE, 0xFF]
    for unit in value.utf16 {
      bytes.append(UInt8(unit >> 8))
      bytes.append(UInt8(unit & 0xFF))
    }
    let status = bytes.withUnsafeBufferPointer {
      homeprogram_set_utf16_text(handle, dictionary, key, $0.baseAddress, UInt32($0.count))
    }
    try check("HPDF_Dict_Add(\(key))", status)
  }

  /// `text` without control characters, which libharu would otherwise write into strings.
  static func pdfString(_ text: String) -> String {
    // Most text has none: returned as it is, after one pass over its UTF-8 bytes, instead of being
    // copied scalar by scalar (a tagged handout's alternative texts cost ~0.9 M instructions so).
    guard hasControl(text) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) }))
  }

  /// True when `text` has a control character (`isControl`): in UTF-8, a byte below 0x20, 0x7F,
  /// or 0xC2 followed by 0x80–0x9F.
  static func hasControl(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var previous: UInt8 = 0
      for byte in bytes {
        if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) { return true }
        previous = byte
      }
      return false
    }
  }

  /// True for a control character (general category Cc: U+0000–U+001F and U+007F–U+009F), without
  /// looking up Unicode's property tables.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// Loads and embeds a TrueType file, returning the font in the UTF-8 encoding.
  private func loadFont(path: String) throws -> HPDF_Font {
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw PDFError.fontFileUnreadable(path: path, reason: "no such file or not readable")
    }
    guard let name = HPDF_LoadTTFontFromFile(handle, path, HPDF_TRUE), recorder.last == nil else {
      let error = failure("HPDF_LoadTTFontFromFile", status: 0)
      throw PDFError.fontFileUnreadable(path: path, reason: "libharu cannot load it: \(error)")
    }
    return try require("HPDF_GetFont(\(path))", HPDF_GetFont(handle, name, "UTF-8"))
  }

  /// Embeds the subset of the TrueType file at `path` holding `codePoints`, prepared once per
  /// process (`EmbeddedFont`).
  private func loadSubset(path: String, codePoints: [UInt32]) throws -> HPDF_Font {
    let embedded = try EmbeddedFontCache.shared.font(path: path, codePoints: codePoints)
    return try require("homeprogram_add_cid_font(\(path))", embedded.add(to: handle))
  }

  /// The libharu font for a shaped segment, embedded on first use: the document's subset of the
  /// face (or of the fallback font) when it holds every character of `codes`, else the whole font.
  func font(_ face: FontFace, source: ShapedText.Source, drawing codes: [UInt16]? = nil) throws -> HPDF_Font {
    let index: Int
    switch (source, face) {
    case (.fallback, _): index = 4
    case (.primary, .regular): index = 0
    case (.primary, .bold): index = 1
    case (.primary, .oblique): index = 2
    case (.primary, .boldOblique): index = 3
    }
    let slot: Slot
    if let known = slots[index] {
      slot = known
    } else {
      slot = try makeSlot(face, source: source)
      slots[index] = slot
    }
    if let codes, let characters = slot.characters, codes.allSatisfy({ characters.contains(UInt32($0)) }) {
      if let font = slot.subset { return font }
      let font: HPDF_Font
      if let loaded = subsetFonts[slot.path] {
        font = loaded
      } else {
        font = try loadSubset(path: slot.path, codePoints: usage?.codePoints(for: slot.path) ?? [])
        subsetFonts[slot.path] = font
      }
      slots[index]?.subset = font
      return font
    }
    if let font = wholeFonts[slot.path] { return font }
    let font = try loadFont(path: slot.path)
    wholeFonts[slot.path] = font
    return font
  }

  /// What `font(_:source:drawing:)` needs to know of one face or the fallback, looked up once.
  private struct Slot {
    var path: String
    /// The characters the document draws with the file (nil without subsetting).
    var characters: CodePointSet?
    var subset: HPDF_Font?
  }

  /// Per face (regular, bold, oblique, bold oblique) and the fallback font.
  private var slots = [Slot?](repeating: nil, count: 5)

  private func makeSlot(_ face: FontFace, source: ShapedText.Source) throws -> Slot {
    let path: String
    switch source {
    case .primary:
      path = fonts.path(of: face)
    case .fallback:
      guard let fallbackPath = fonts.fallbackPath else {
        throw PDFError.invalidDocument(reason: "text needs a fallback font but none is installed")
      }
      path = fallbackPath
    }
    return Slot(path: path, characters: usage?.characters[path], subset: nil)
  }

  /// Marks the glyphs of `codes` as drawn with `font`, so that their outlines are embedded.
  ///
  /// libharu embeds only the outlines of glyphs it measured (`HPDF_Page_ShowText` measures what it
  /// draws); `PDFCanvas` writes text itself. Subsets are embedded whole, so only whole fonts need it.
  func markDrawn(_ codes: [UInt16], with font: HPDF_Font) {
    guard wholeFonts.values.contains(font) else { return }
    var text = String.UnicodeScalarView()
    for code in codes { text.append(Unicode.Scalar(code) ?? "?") }
    let bytes = Array(String(text).utf8)
    _ = bytes.withUnsafeBufferPointer { HPDF_Font_TextWidth(font, $0.baseAddress, HPDF_UINT($0.count)) }
  }

  /// Adds a page of `size` points.
  func addPage(size: Size) throws -> HPDF_Page {
    let page = try require("HPDF_AddPage", HPDF_AddPage(handle))
    try check("HPDF_Page_SetWidth", HPDF_Page_SetWidth(page, HPDF_REAL(size.width)))
    try check("HPDF_Page_SetHeight", HPDF_Page_SetHeight(page, HPDF_REAL(size.height)))
    return page
  }

  /// The PNG or JPEG image at `path`, loaded once per document.
  func image(at path: String) throws -> HPDF_Image {
    if let image = images[path] { return image }
    guard FileManager.default.fileExists(atPath: path) else {
      throw PDFError.imageUnreadable(path: path, reason: "no such file")
    }
    let image: HPDF_Image? =
      switch try ImageCheck.verify(path) {
      case .png: HPDF_LoadPngImageFromFile(self.handle, path)
      case .jpeg: HPDF_LoadJpegImageFromFile(self.handle, path)
      }
    guard let image, recorder.last == nil else {
      let error = failure("HPDF_LoadImageFromFile", status: 0)
      throw PDFError.imageUnreadable(path: path, reason: "libharu cannot decode it: \(error)")
    }
    images[path] = image
    return image
  }

  /// The form XObject holding the figure drawing `key` (compressed operators `bytes`), added to
  /// the document the first time a page shows it.
  func form(for key: FigureFormCache.Key, bytes: [UInt8]) throws -> HPDF_Dict {
    if let form = forms[key] { return form }
    let created = bytes.withUnsafeBufferPointer { buffer in
      homeprogram_new_form(
        handle, buffer.baseAddress, UInt32(buffer.count), Float(key.width), Float(key.height))
    }
    let form = try require("homeprogram_new_form", created)
    forms[key] = form
    return form
  }

  /// Adds a top-level bookmark that shows `page` from `top` (PDF coordinates) at page width.
  func addOutline(title: String, page: HPDF_Page, top: Double) throws {
    let outline = try require("HPDF_CreateOutline", HPDF_CreateOutline(handle, nil, "", nil))
    try setText("Title", title, in: outline)
    let destination = try require("HPDF_Page_CreateDestination", HPDF_Page_CreateDestination(page))
    try check("HPDF_Destination_SetFitH", HPDF_Destination_SetFitH(destination, HPDF_REAL(max(top, 0))))
    try check("HPDF_Outline_SetDestination", HPDF_Outline_SetDestination(outline, destination))
    try check("HPDF_SetPageMode", HPDF_SetPageMode(handle, HPDF_PAGE_MODE_USE_OUTLINE))
  }

  // MARK: - Output

  /// libharu's HPDF_STREAM_EOF (hpdf_error.h, which CLibHaru's public view of libharu leaves out).
  static let streamEOF: HPDF_STATUS = 0x1058

  /// The finished PDF file, saved to libharu's memory stream and copied out.
  func data() throws -> [UInt8] {
    try check("HPDF_SaveToStream", HPDF_SaveToStream(handle))
    let size = Int(HPDF_GetStreamSize(handle))
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
      var chunk = HPDF_UINT32(size - filled)
      let status = bytes.withUnsafeMutableBufferPointer { buffer in
        HPDF_ReadFromStream(handle, buffer.baseAddress.map { $0 + filled }, &chunk)
      }
      filled += Int(chunk)
      if status == Self.streamEOF {
        // The end of the stream is reported as an error; it is not one here.
        recorder.reset()
        HPDF_ResetError(handle)
        break
      }
      try check("HPDF_ReadFromStream", status)
      if chunk == 0 { break }
    }
    guard filled == size else {
      throw PDFError.libharu(operation: "HPDF_ReadFromStream", code: 0, detail: UInt(filled))
    }
    return bytes
  }
}
