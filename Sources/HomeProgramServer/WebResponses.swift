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
    Response(
      status: .ok,
      headers: [
        .contentType: download.contentType,
        .contentDisposition: "attachment; filename=\"\(download.fileName)\"",
      ],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: download.bytes)))
  }

  static func error(_ error: APIError) -> Response {
    text(
      error.jsonBody, contentType: "application/json; charset=utf-8",
      status: HTTPResponse.Status(code: error.status))
  }
}
