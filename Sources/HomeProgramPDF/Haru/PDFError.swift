/// Everything that can go wrong while turning a laid-out document into PDF bytes.
///
/// Characters the fonts cannot draw are not errors: they become warnings in `RenderResult`.

public enum PDFError: Error, Sendable, Equatable {
  /// A libharu call failed. `code` and `detail` are libharu's error and detail numbers, as
  /// libharu reported them; `operation` names the libharu (or CHaruShim) function.
  case libharu(operation: String, code: UInt, detail: UInt)
  /// A drawing call on a page was used wrongly. Page contents are written by this renderer, not
  /// libharu, so this is never a libharu error: `operation` names the `PDFCanvas` method (for
  /// example `setLineWidth(_:)`) and `problem` says what was wrong, with the bad value.
  case drawing(operation: String, problem: DrawingProblem)
  /// A font file is missing, unreadable or not a TrueType font libharu can embed.
  case fontFileUnreadable(path: String, reason: String)
  /// An image file is missing, unreadable or in a format other than PNG or JPEG.
  case imageUnreadable(path: String, reason: String)
  /// A laid-out document that cannot be rendered (for example, an outline entry on a missing page).
  case invalidDocument(reason: String)
}

extension PDFError: CustomStringConvertible {
  /// One sentence naming the bad value and what is allowed.
  public var description: String {
    switch self {
    case .libharu(let operation, let code, let detail):
      let name = Self.libharuNames[code].map { " " + $0 } ?? ""
      return
        "libharu failed in \(operation) with error \(Self.hex(code))\(name) (detail \(detail)); "
        + "the codes are listed in libharu's hpdf_error.h."
    case .drawing(let operation, let problem):
      return "Cannot draw: in \(operation), \(problem)."
    case .fontFileUnreadable(let path, let reason):
      return
        "Cannot use the font file \(path) (\(reason)); a readable TrueType (.ttf) file is required, "
        + "see --font-dir."
    case .imageUnreadable(let path, let reason):
      return "Cannot use the image \(path) (\(reason)); only readable PNG or JPEG files are allowed."
    case .invalidDocument(let reason):
      return "The laid-out document cannot be rendered: \(reason)."
    }
  }

  /// Names of the libharu codes this renderer can plausibly meet (from hpdf_error.h).
  static let libharuNames: [UInt: String] = [
    0x1015: "HPDF_FAILD_TO_ALLOC_MEM", 0x1016: "HPDF_FILE_IO_ERROR", 0x1017: "HPDF_FILE_OPEN_ERROR",
    0x1025: "HPDF_INVALID_DOCUMENT", 0x1030: "HPDF_INVALID_IMAGE", 0x1031: "HPDF_INVALID_JPEG_DATA",
    0x1035: "HPDF_INVALID_OPERATION", 0x1036: "HPDF_INVALID_OUTLINE", 0x1039: "HPDF_INVALID_PARAMETER",
    0x103B: "HPDF_INVALID_PNG_IMAGE", 0x1043: "HPDF_LIBPNG_ERROR", 0x1050: "HPDF_PAGE_INVALID_FONT_SIZE",
    0x1051: "HPDF_PAGE_INVALID_GMODE", 0x1057: "HPDF_REAL_OUT_OF_RANGE", 0x1058: "HPDF_STREAM_EOF",
    0x105B: "HPDF_STRING_OUT_OF_RANGE", 0x105D: "HPDF_TTF_CANNOT_EMBEDDING_FONT",
    0x1060: "HPDF_TTF_MISSING_TABLE",
    0x1063: "HPDF_UNSUPPORTED_JPEG_FORMAT", 0x1066: "HPDF_ZLIB_ERROR", 0x1075: "HPDF_INVALID_FONT",
  ]

  /// `0x1025`-style hexadecimal, as libharu's documentation lists its codes.
  static func hex(_ code: UInt) -> String {
    "0x" + String(code, radix: 16, uppercase: true)
  }
}
