import Foundation
import HTTPTypes
import Hummingbird

/// Builds the server's responses: text in UTF-8, downloads as attachments, errors as JSON.
enum WebResponses {
  static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: contentType],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  static func json(_ text: String) -> Response {
    self.text(text, contentType: "application/json; charset=utf-8")
  }

  static func download(_ download: WebService.Download) -> Response {
    var headers: HTTPFields = [
      .contentType: download.contentType,
      .contentDisposition: "attachment; filename=\"\(download.fileName)\"",
    ]
    if let field = warningsField, let value = warningsHeader(download.warnings) { headers[field] = value }
    return Response(
      status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: download.bytes)))
  }

  /// The header that carries a download's warnings to the page, which shows them in its status
  /// line.
  static let warningsField = HTTPField.Name("X-Handout-Warnings")

  /// The most warnings the header carries; more are counted in one last line (a note in a script
  /// no installed font has gives one warning per character, and a status line is not a log).
  static let headerWarnings = 5

  /// `warnings` one a line, percent-encoded (a header is ASCII; a warning may name a character
  /// that is not): the page reads it with `decodeURIComponent`. Nil when there are none.
  static func warningsHeader(_ warnings: [String]) -> String? {
    guard !warnings.isEmpty else { return nil }
    var lines = Array(warnings.prefix(headerWarnings))
    if warnings.count > headerWarnings {
      lines.append("\(warnings.count - headerWarnings) more warnings: homeprogram generate prints them all")
    }
    return lines.joined(separator: "\n").addingPercentEncoding(withAllowedCharacters: headerCharacters)
  }

  /// What a warning keeps as it is in the header: ASCII letters, digits and plain punctuation.
  private static let headerCharacters = CharacterSet(
    charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,;:()'")

  static func error(_ error: APIError) -> Response {
    text(
      error.jsonBody, contentType: "application/json; charset=utf-8",
      status: HTTPResponse.Status(code: error.status))
  }
}
