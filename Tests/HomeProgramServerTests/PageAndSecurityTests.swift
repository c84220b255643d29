import Foundation
import HTTPTypes
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
import Testing

@Suite struct PageAndSecurityTests {
  static let csp =
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; frame-ancestors 'none'; "
    + "base-uri 'none'; form-action 'self'"

  static func expectSecurityHeaders(_ response: TestResponse, _ comment: Comment? = nil) {
    #expect(response.headers[.contentSecurityPolicy] == csp, comment)
    #expect(response.headers[.xContentTypeOptions] == "nosniff", comment)
    #expect(response.headers[HTTPField.Name("Referrer-Policy") ?? .age] == "no-referrer", comment)
    #expect(response.headers[.cacheControl] == "no-store", comment)
  }

  @Test func formPageOffersEveryValueFromTheVocabulary() async throws {
    let catalogue = try Fixtures.engine().catalogue
    try await Fixtures.withClient { client in
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        Self.expectSecurityHeaders(response)
        let html = response.text
        func offers(_ name: String, _ value: String) -> Bool {
          html.contains("name=\"\(name)\" value=\"\(value)\"")
        }
        for flag in RedFlag.allCases { #expect(offers("red_flags", flag.rawValue), "\(flag)") }
        for condition in Condition.allCases {
          #expect(offers("conditions", condition.rawValue), "\(condition)")
        }
        for item in Equipment.allCases { #expect(offers("equipment", item.rawValue), "\(item)") }
        for side in Side.allCases { #expect(offers("side", side.rawValue)) }
        for cause in Cause.allCases { #expect(offers("cause", cause.rawValue)) }
        for id in catalogue.ids {
          #expect(offers("exclude", id))
          #expect(offers("include", id))
        }
        for value in SettleTime.allCases.map(\.rawValue) + NeuroStatus.allCases.map(\.rawValue) {
          #expect(html.contains("<option value=\"\(value)\""), "\(value)")
        }
        // The date defaults to today; red flags carry the patient's wording from safety.yaml.
        // No autocomplete="off" on the date input: axe-core (autocomplete-valid) refuses it there.
        #expect(html.contains("name=\"date\" value=\"\(Fixtures.today)\""))
        #expect(html.contains("Trouble starting or stopping your pee"))
        for level in RedFlagLevel.allCases { #expect(html.contains("group-\(level.rawValue)")) }
      }
    }
  }

  @Test func formPageIsAccessibleAndHasNoInlineCode() async throws {
    try await Fixtures.withClient { client in
      try await client.execute(uri: "/", method: .get) { response in
        let html = response.text
        // Every control has a label pointing at it.
        let ids = Self.matches(#"<(?:input|select|textarea)[^>]* id="([^"]+)""#, in: html)
        #expect(ids.count > 50)
        for id in ids { #expect(html.contains("for=\"\(id)\""), "no label for \(id)") }
        #expect(Self.matches("<fieldset", in: html).count == Self.matches("<legend>", in: html).count)
        // Nothing the CSP would block: no inline scripts, styles or handlers.
        #expect(Self.matches(#"<script(?![^>]*\bsrc=)"#, in: html).isEmpty)
        #expect(!html.contains("<style"))
        #expect(!html.contains(" style="))
        #expect(Self.matches(#"\son[a-z]+="#, in: html).isEmpty)
        #expect(!html.contains("http://") && !html.contains("https://"), "no external assets")
      }
    }
  }

  @Test func assetsAreServedWithTheirTypes() async throws {
    try await Fixtures.withClient { client in
      for (path, type) in [
        ("/app.css", "text/css; charset=utf-8"), ("/app.js", "text/javascript; charset=utf-8"),
      ] {
        try await client.execute(uri: path, method: .get) { response in
          #expect(response.status == .ok)
          #expect(response.headers[.contentType] == type)
          #expect(response.body.readableBytes > 1000)
          Self.expectSecurityHeaders(response, "\(path)")
        }
      }
    }
  }

  @Test func assetsAreTheResourceFilesByteForByte() async throws {
    let web = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Resources/web").standardizedFileURL
    try await Fixtures.withClient { client in
      for (path, file) in [("/app.css", "page.css"), ("/app.js", "page.js")] {
        let expected = try Data(contentsOf: web.appendingPathComponent(file))
        try await client.execute(uri: path, method: .get) { response in
          #expect(Data(response.bytes) == expected, "\(path) is not \(file)")
        }
      }
    }
  }

  @Test func missingAssetsNameTheirPath() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("homeprogram-assets-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("web"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let css = folder.appendingPathComponent("web/page.css").path
    #expect(throws: PageAssetsError.unreadable(path: css, reason: "the file is missing or cannot be read")) {
      try PageAssets.load(from: folder)
    }
    try Data("body {}\n".utf8).write(to: URL(fileURLWithPath: css))
    do {
      _ = try PageAssets.load(from: folder)
      Issue.record("page.js is missing")
    } catch {
      #expect(error.description.contains(folder.appendingPathComponent("web/page.js").path))
    }
  }

  @Test func errorsCarryTheHeadersToo() async throws {
    try await Fixtures.withClient { client in
      try await client.execute(uri: "/nowhere", method: .get) { response in
        #expect(response.status == .notFound)
        try #expect(response.apiError().message == "no such page: GET /nowhere")
        Self.expectSecurityHeaders(response)
      }
      try await client.execute(uri: "/api/plan", method: .post, body: ByteBuffer(text: "x")) { response in
        #expect(response.status == .unsupportedMediaType)
        Self.expectSecurityHeaders(response)
      }
    }
  }

  @Test func foreignHostIsRefused() async throws {
    let host = try #require(HTTPField.Name("Host"))
    try await Fixtures.withClient { client in
      try await client.execute(uri: "/", method: .get, headers: [host: "evil.example:8080"]) { response in
        #expect(response.status == .forbidden)
        Self.expectSecurityHeaders(response)
      }
      try await client.execute(uri: "/", method: .get, headers: [host: "127.0.0.1:8080"]) {
        #expect($0.status == .ok)
      }
    }
  }

  @Test func logHoldsMethodPathStatusAndDurationOnly() async throws {
    let log = LogLines()
    let json = Fixtures.jose(replacing: "\"pain_now\":4", with: "\"pain_now\":99")
    try await Fixtures.withClient(log: log) { client in
      try await client.execute(
        uri: "/api/plan", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { _ in }
      try await client.execute(
        uri: "/api/preview?width=70", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: json)
      ) { _ in }
    }
    let lines = log.lines
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("POST /api/plan 200 ") == true)
    #expect(lines.last?.hasPrefix("POST /api/preview 400 ") == true)
    for line in lines {
      #expect(line.hasSuffix("ms"))
      for secret in ["José", "P-0042", "width", "99", "pain"] { #expect(!line.contains(secret), "\(line)") }
    }
  }

  @Test func survivesConcurrentAndMalformedRequests() async throws {
    try await Fixtures.withClient { client in
      try await withThrowingTaskGroup(of: Void.self) { group in
        for index in 0..<12 {
          group.addTask {
            let good = index % 3 != 0
            let body = good ? Fixtures.joseJSON : String(Fixtures.joseJSON.prefix(index * 7))
            let path = index % 2 == 0 ? "/api/plan" : "/api/handout"
            try await client.execute(
              uri: path, method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: body)
            ) { response in
              #expect(response.status == (good ? .ok : .badRequest), "request \(index)")
            }
          }
        }
        try await group.waitForAll()
      }
      try await client.execute(uri: "/", method: .get) { #expect($0.status == .ok) }
    }
  }

  static func matches(_ pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      let group = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
      return Range(group, in: text).map { String(text[$0]) }
    }
  }
}
