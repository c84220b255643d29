import Foundation
import HomeProgramModel

/// An error the web API reports as `{"error": {"path": "symptoms.pain_now", "message": "…"}}`.
///
/// `path` is the profile key path the error is about ("" for the whole request), `message` the
/// same one-line wording the command line prints, without the file:line:column prefix.
public struct APIError: Error, Sendable, Equatable {
  /// The HTTP status: 400 bad input, 413 too large, 415 wrong content type, 404, 500.
  public var status: Int
  /// The key path the error names, e.g. `symptoms.pain_now`; "" when it is about the request.
  public var path: String
  /// One line in plain words.
  public var message: String

  public init(status: Int, path: String = "", message: String) {
    self.status = status
    self.path = path
    self.message = message
  }

  /// A profile that failed validation: the reader's key path and message.
  public init(_ error: InputError) {
    self.init(status: 400, path: error.keyPath, message: error.messageWithoutLocation)
  }

  /// The JSON body: `{"error": {"message": …, "path": …}}`.
  public var jsonBody: String {
    struct Body: Encodable {
      struct Detail: Encodable {
        var path: String
        var message: String
      }
      var error: Detail
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(Body(error: .init(path: path, message: message)))) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
