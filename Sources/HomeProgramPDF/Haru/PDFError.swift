/// Everything that can go wrong while turning a laid-out document into PDF bytes.
///
/// Characters the fonts cannot draw are not errors: they become warnings in `RenderResult`.
public enum PDFError: Error, Sendable, Equatable {
  /// A libharu call failed. `code` and `detail` are libharu's error and detail numbers.
  case libharu(operation: String, code: UInt, detail: UInt)
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
      return
        "libharu failed in \(operation) with error \(Self.hex(code)) (detail \(detail)); "
        + "see libharu's hpdf_error.h for the code's meaning."
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

  /// `0x1025`-style hexadecimal, as libharu's documentation lists its codes.
  static func hex(_ code: UInt) -> String {
    "0x" + String(code, radix: 16, uppercase: true)
  }
}
