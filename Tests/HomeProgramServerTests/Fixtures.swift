import Foundation
import HomeProgramBatch
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramLayout
import HomeProgramModel
import HomeProgramPlanner
import HomeProgramServer
import Hummingbird
import HummingbirdTesting

/// Shared engine, sample profiles and a test client over the real router.
enum Fixtures {
  private static let sharedEngine = Result { try HandoutEngine.bundled() }

  /// The bundled engine, loaded once for the whole suite.
  static func engine() throws -> HandoutEngine { try sharedEngine.get() }

  /// The date a profile without `date` gets in these tests.
  static let today = "2026-01-02"

  static func service(clinic: Clinic = .builtInDefault) throws -> WebService {
    WebService(engine: try engine(), clinic: clinic, assets: try PageAssets.bundled(), today: { today })
  }

  /// José, the bundled disc sample (`Samples/patients/jose-disc.yaml`), as the page posts it.
  static let joseJSON = """
    {"schema":1,"patient":{"name":"José Ñúñez","reference":"P-0042","age":47},"date":"2026-11-25",
    "side":"left","cause":"disc","symptoms":{"pain_now":4,"pain_worst_24h":6,"settle_time":"10to60min",
    "night_pain":"wakes_resettles","duration_weeks":5,"below_knee":true,"peripheralises":"none",
    "direction":"extension","neuro":"sensory_stable"},"red_flags":[],"conditions":[],
    "equipment":["massage_gun","chair","pillow"],"cleared_for_massage_gun":false,"exclude":[],"include":[],
    "notes":"Break up sitting every 30 minutes. Side-lying with a pillow between the knees at night."}
    """

  /// José's profile with one change made to the JSON text.
  static func jose(replacing old: String, with new: String) -> String {
    joseJSON.replacingOccurrences(of: old, with: new)
  }

  /// The profile the JSON above describes, read by the CLI's reader.
  static func joseProfile() throws -> PatientProfile {
    try ProfileReader.read(InputSource(name: "profile", text: joseJSON))
  }

  static let jsonHeaders: HTTPFields = [.contentType: "application/json"]

  /// Runs `body` against the real router (no sockets), collecting access-log lines in `log`.
  static func withClient(
    service: WebService? = nil, log: LogLines = LogLines(),
    _ body: @Sendable (any TestClientProtocol) async throws -> Void
  ) async throws {
    let router = WebServer.router(
      service: try service ?? self.service(), allowedHosts: WebServer.loopbackNames, log: { log.append($0) })
    try await Application(router: router).test(.router, body)
  }
}

/// Thread-safe collector for access-log lines.
final class LogLines: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [String] = []

  func append(_ line: String) { lock.withLock { storage.append(line) } }
  var lines: [String] { lock.withLock { storage } }
}

extension TestResponse {
  var text: String { String(buffer: body) }
  var bytes: [UInt8] { Array(body.readableBytesView) }

  /// The `{"error": {"path", "message"}}` body.
  func apiError() throws -> (path: String, message: String) {
    struct Body: Decodable {
      struct Detail: Decodable {
        var path: String
        var message: String
      }
      var error: Detail
    }
    let decoded = try JSONDecoder().decode(Body.self, from: Data(text.utf8))
    return (decoded.error.path, decoded.error.message)
  }

  /// Every problem of the `{"errors": [{"path", "message"}, …]}` body, in order.
  func apiErrors() throws -> [(path: String, message: String)] {
    struct Body: Decodable {
      struct Detail: Decodable {
        var path: String
        var message: String
      }
      var errors: [Detail]
    }
    let decoded = try JSONDecoder().decode(Body.self, from: Data(text.utf8))
    return decoded.errors.map { ($0.path, $0.message) }
  }
}

extension ByteBuffer {
  init(text: String) { self.init(string: text) }
}
