import CHaruShim
import Foundation
import HomeProgramModel

/// Checks an image before libharu loads it. A PNG is decoded completely by libpng (libharu's own
/// PNG error handler makes libpng abort the process on damaged data); a JPEG, which libharu
/// embeds without decoding, must have a readable frame header of a sane size.
public enum ImageCheck {
  /// The image formats libharu embeds.
  public enum Kind: Sendable, Equatable {
    case png, jpeg
  }

  /// Throws `PDFError.imageUnreadable` naming the file and the reason when `path` is not a
  /// complete, decodable PNG or a JPEG with a frame header, or is larger than `maximumSide`
  /// pixels either way. Returns the image's format.
  @discardableResult
  public static func verify(_ path: String, maximumSide: Int = ClinicReader.logoPixelLimit) throws(PDFError)
    -> Kind
  {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .imageUnreadable(path: path, reason: "cannot read the file")
    }
    let head: [UInt8]
    do {
      head = [UInt8](try handle.read(upToCount: 1 << 16) ?? Data())
      try? handle.close()
    } catch {
      try? handle.close()
      throw .imageUnreadable(path: path, reason: error.localizedDescription)
    }
    if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
      var message = [CChar](repeating: 0, count: 256)
      let ok = message.withUnsafeMutableBufferPointer { buffer in
        homeprogram_png_check(path, buffer.baseAddress, buffer.count, UInt32(clamping: maximumSide))
      }
      if ok == 0 {
        let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        throw .imageUnreadable(
          path: path, reason: "a damaged PNG: \(reason.isEmpty ? "libpng failed" : reason)")
      }
      return .png
    }
    if head.starts(with: [0xFF, 0xD8, 0xFF]) {
      let (width, height) = try jpegSize(head, path: path)
      guard (1...maximumSide).contains(width), (1...maximumSide).contains(height) else {
        throw .imageUnreadable(
          path: path, reason: "\(width) × \(height) pixels; at most \(maximumSide) × \(maximumSide) allowed")
      }
      return .jpeg
    }
    throw .imageUnreadable(path: path, reason: "not a PNG or JPEG file")
  }

  /// The width and height from a JPEG's frame header (SOF0–SOF2, the kinds libharu embeds),
  /// found by walking the markers in the first bytes of the file.
  static func jpegSize(_ bytes: [UInt8], path: String) throws(PDFError) -> (width: Int, height: Int) {
    var index = 2
    while index + 3 < bytes.count {
      guard bytes[index] == 0xFF else { break }
      let marker = bytes[index + 1]
      if marker == 0xFF {
        index += 1
        continue
      }
      if (0xD0...0xD7).contains(marker) || marker == 0x01 {
        index += 2
        continue
      }
      if marker == 0xD9 || marker == 0xDA { break }
      let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
      guard length >= 2 else { break }
      if (0xC0...0xC2).contains(marker) {
        guard index + 9 < bytes.count, length >= 8 else { break }
        let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
        let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
        let components = bytes[index + 9]
        guard [1, 3, 4].contains(components) else {
          throw .imageUnreadable(path: path, reason: "a JPEG with \(components) colour components")
        }
        return (width, height)
      }
      if (0xC3...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
        throw .imageUnreadable(
          path: path, reason: "a lossless or arithmetic-coded JPEG; only baseline and progressive JPEGs work")
      }
      index += 2 + length
    }
    throw .imageUnreadable(path: path, reason: "a damaged JPEG: no frame header")
  }
}
