import Foundation
import HomeProgramModel

/// Turns a request body into a validated `PatientProfile` with the same reader the command line
/// uses (`ProfileReader` over an `InputSource`), so the page shows the CLI's words.
public enum ProfileInput {
  /// The name messages use for a profile that came over HTTP.
  public static let sourceName = "profile"

  /// A profile sent as JSON. Text that is not JSON is refused even when it would be valid YAML,
  /// so other programs find their mistakes early.
  public static func fromJSON(_ text: String) throws(APIError) -> PatientProfile {
    if (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) == nil {
      // The YAML reader names the line and column of most JSON mistakes; use its words when it can.
      do {
        _ = try InputSource(name: sourceName, text: InputSource.jsonForYAML(text)).parse()
      } catch {
        throw APIError(error)
      }
      throw APIError(status: 400, message: "the request body is not valid JSON.")
    }
    return try read(InputSource(name: sourceName, text: InputSource.jsonForYAML(text)))
  }

  /// A profile sent as YAML or JSON (a file the therapist loads into the page).
  public static func fromYAMLOrJSON(_ text: String) throws(APIError) -> PatientProfile {
    try read(InputSource(name: sourceName, text: text))
  }

  /// Reads with `ProfileReader.readReportingAll`, so every problem of the profile comes back.
  private static func read(_ source: InputSource) throws(APIError) -> PatientProfile {
    let result: Result<PatientProfile, InputErrors>
    do {
      result = ProfileReader.readReportingAll(node: try source.parse(), file: source.name)
    } catch {
      throw APIError(error)
    }
    switch result {
    case .success(let profile): return profile
    case .failure(let problems): throw APIError(problems)
    }
  }
}
