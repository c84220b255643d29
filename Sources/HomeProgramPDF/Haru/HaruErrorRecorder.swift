import CLibHaru

/// Receives libharu's error callbacks for one document; the document checks it after every call.
///
/// libharu calls the handler synchronously on the calling thread, and a `HaruDocument` is used
/// from one thread at a time, so no locking is needed.
final class HaruErrorRecorder {
  /// The last error libharu reported, or nil.
  private(set) var last: (code: HPDF_STATUS, detail: HPDF_STATUS)?

  func record(code: HPDF_STATUS, detail: HPDF_STATUS) {
    last = (code, detail)
  }

  func reset() {
    last = nil
  }

  /// The C callback handed to `HPDF_New`; `userData` is an unretained `HaruErrorRecorder`.
  static let handler: HPDF_Error_Handler = { code, detail, userData in
    guard let userData else { return }
    let recorder = Unmanaged<HaruErrorRecorder>.fromOpaque(userData).takeUnretainedValue()
    recorder.record(code: code, detail: detail)
  }
}
