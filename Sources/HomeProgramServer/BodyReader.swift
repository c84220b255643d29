import Foundation
import Hummingbird

/// Reads request bodies for the API: checks the media type, enforces the size limit while reading,
/// and decodes UTF-8.
enum BodyReader {
  /// Media types a profile may be sent as, by endpoint.
  enum Accepts {
    /// `application/json` (or any `+json` type).
    case json
    /// JSON or YAML (loading a profile file).
    case jsonOrYAML

    func allows(_ mediaType: String) -> Bool {
      let json = mediaType == "application/json" || mediaType.hasSuffix("+json")
      switch self {
      case .json: return json
      case .jsonOrYAML:
        return json
          || ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"].contains(mediaType)
      }
    }

    var expected: String {
      switch self {
      case .json: "application/json"
      case .jsonOrYAML: "application/json or application/yaml"
      }
    }
  }

  /// The body as text, or an `APIError`: 415 for another media type, 413 over `limit` bytes,
  /// 400 for text that is not UTF-8.
  static func text(of request: Request, accepts: Accepts, limit: Int) async throws -> String {
    let contentType = request.headers[.contentType] ?? ""
    let mediaType =
      contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      ?? ""
    guard accepts.allows(mediaType) else {
      let got = mediaType.isEmpty ? "no Content-Type" : "'\(mediaType)'"
      throw APIError(
        status: 415, message: "send the profile as \(accepts.expected); got \(got).")
    }
    let tooLarge = APIError(status: 413, message: "the request body is larger than \(limit) bytes.")
    if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw tooLarge }
    var bytes: [UInt8] = []
    for try await buffer in request.body {
      if bytes.count + buffer.readableBytes > limit { throw tooLarge }
      bytes.append(contentsOf: buffer.readableBytesView)
    }
    guard let text = String(bytes: bytes, encoding: .utf8) else {
      throw APIError(status: 400, message: "the request body is not UTF-8 text.")
    }
    return text
  }
}
