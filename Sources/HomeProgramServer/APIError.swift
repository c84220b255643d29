import Foundation
import HomeProgramModel

/// An error the web API reports as
/// `{"errors": [{"path": "symptoms.pain_now", "message": "…"}, …], "error": {first}}`.
///
/// `errors` holds every problem of a profile at once (the page shows each next to its field);
/// `error` repeats the first for clients that read one. `path` is the profile key path a problem
/// is about ("" for the whole request), `message` the same one-line wording the command line
/// prints, without the file:line:column prefix.
public struct APIError: Error, Sendable, Equatable {
  /// One problem: a key path and its message.
  public struct Problem: Sendable, Equatable, Encodable {
    /// The key path the problem names, e.g. `adjust.ST01.reps`; "" when it is about the request.
    public var path: String
    /// One line in plain words.
    public var message: String

    public init(path: String, message: String) {
      self.path = path
      self.message = message
    }

    /// A reader's or planner's problem: its key path and message.
    public init(_ error: InputError) {
      self.init(path: error.keyPath, message: error.messageWithoutLocation)
    }
  }

  /// The HTTP status: 400 bad input, 413 too large, 415 wrong content type, 404, 500.
  public var status: Int
  /// Every problem, first one first; never empty.
  public private(set) var problems: [Problem]

  /// The key path the first problem names, e.g. `symptoms.pain_now`; "" when it is about the request.
  public var path: String { problems[0].path }
  /// The first problem, in one line of plain words.
  public var message: String { problems[0].message }

  public init(status: Int, path: String = "", message: String) {
    self.status = status
    self.problems = [Problem(path: path, message: message)]
  }

  /// A profile that failed validation: the reader's key path and message.
  public init(_ error: InputError) {
    self.status = 400
    self.problems = [Problem(error)]
  }

  /// A profile with several problems (`ProfileReader.readReportingAll`, `Planner.validationProblems`).
  public init(_ errors: InputErrors) {
    self.status = 400
    self.problems = errors.errors.map(Problem.init)
  }

  /// The JSON body: `{"error": {"message": …, "path": …}, "errors": [{"message": …, "path": …}, …]}`.
  public var jsonBody: String {
    struct Body: Encodable {
      var error: Problem
      var errors: [Problem]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(Body(error: problems[0], errors: problems))) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
