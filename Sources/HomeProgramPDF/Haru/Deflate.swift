import CLibHaru

/// zlib-format compression (what PDF's /FlateDecode reads) with libdeflate.
enum Deflate {
  /// The level for everything the renderer compresses itself: 6 gives the size zlib's default
  /// gives, in under two thirds of the time (measured on the sample handout's pages).
  static let level: Int32 = 6

  /// `bytes` compressed with `compressor`; nil only when libdeflate reports no room (it cannot,
  /// with the bound it gives).
  static func zlib(_ bytes: UnsafeRawBufferPointer, with compressor: OpaquePointer) -> [UInt8]? {
    let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
    var output = [UInt8](repeating: 0, count: bound)
    let written = output.withUnsafeMutableBytes { out in
      libdeflate_zlib_compress(compressor, bytes.baseAddress, bytes.count, out.baseAddress, bound)
    }
    guard written > 0 || bytes.isEmpty else { return nil }
    output.removeSubrange(written...)
    return output
  }

  /// `bytes` compressed at `level` with a compressor made for the call.
  static func zlib(_ bytes: [UInt8]) -> [UInt8]? {
    guard let compressor = libdeflate_alloc_compressor(level) else { return nil }
    defer { libdeflate_free_compressor(compressor) }
    return bytes.withUnsafeBytes { zlib($0, with: compressor) }
  }
}
