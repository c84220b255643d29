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

@Suite struct APIEndpointTests {
  // MARK: POST /api/plan

  @Test func planReturnsTheContractJSONOfTheEngine() async throws {
    let expected = try Fixtures.engine().plan(Fixtures.joseProfile(), source: "profile").jsonString()
    try await Fixtures.withClient { client in
      let body = ByteBuffer(text: Fixtures.joseJSON)
      try await client.execute(uri: "/api/plan", method: .post, headers: Fixtures.jsonHeaders, body: body) {
        #expect($0.status == .ok)
        #expect($0.headers[.contentType] == "application/json; charset=utf-8")
        #expect($0.text == expected)
      }
    }
  }

  @Test func emergencyFlagGivesTheReferralOutcome() async throws {
    let json = Fixtures.jose(replacing: "\"red_flags\":[]", with: "\"red_flags\":[\"bladder_change\"]")
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/plan", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { response in
        #expect(response.status == .ok)
        let plan = try #require(
          try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
        #expect(plan["outcome"] as? String == "emergency_referral")
        #expect((plan["items"] as? [Any])?.isEmpty == true)
      }
      try await client.execute(
        uri: "/api/preview", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("emergency"))
      }
    }
  }

  @Test func unknownKeyNamesThePathAndTheCLIMessage() async throws {
    let json = Fixtures.jose(replacing: "\"pain_now\"", with: "\"pain_nwo\"")
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/plan", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { response in
        #expect(response.status == .badRequest)
        let error = try response.apiError()
        #expect(error.path == "symptoms.pain_nwo")
        #expect(
          error.message.hasPrefix(
            "unknown key 'symptoms.pain_nwo' (did you mean 'pain_now'?); allowed here: "))
        // The same words the command line prints, minus "file:line:column: ".
        do {
          _ = try ProfileReader.read(InputSource(name: "p.json", text: json))
          Issue.record("the reader accepted an unknown key")
        } catch let error as InputError {
          let message = try response.apiError().message
          #expect(error.description.hasSuffix(": " + message))
        }
      }
    }
  }

  @Test(arguments: [
    (
      "\"pain_now\":4", "\"pain_now\":11", "symptoms.pain_now",
      "symptoms.pain_now: 11 is out of range; allowed 0–10."
    ),
    (
      "\"cause\":\"disc\"", "\"cause\":\"stenossis\"", "cause",
      "cause: 'stenossis' is not allowed; allowed values: disc, stenosis, piriformis, unknown. Did you mean 'stenosis'?"
    ),
    ("\"side\":\"left\",", "", "side", "side is required but missing."),
    ("\"exclude\":[]", "\"exclude\":[\"NG99\"]", "exclude[0]", nil),
    ("\"date\":\"2026-11-25\"", "\"date\":\"25/11/2026\"", "date", nil),
  ])
  func invalidFieldsAreReportedByKeyPath(old: String, new: String, path: String, message: String?)
    async throws
  {
    let json = Fixtures.jose(replacing: old, with: new)
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/plan", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { response in
        #expect(response.status == .badRequest)
        let error = try response.apiError()
        #expect(error.path == path)
        if let message { #expect(error.message == message) }
      }
    }
  }

  @Test func everyProblemOfAFormComesBackAtOnce() async throws {
    let json = Fixtures.jose(replacing: "\"pain_now\":4", with: "\"pain_now\":11")
      .replacingOccurrences(of: "\"cause\":\"disc\"", with: "\"cause\":\"stenossis\"")
      .replacingOccurrences(of: "\"side\":\"left\",", with: "")
    try await Fixtures.withClient { client in
      for uri in ["/api/plan", "/api/preview", "/api/handout", "/api/profile/yaml"] {
        try await client.execute(
          uri: uri, method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
        ) { response in
          #expect(response.status == .badRequest)
          let errors = try response.apiErrors()
          #expect(errors.map(\.path) == ["symptoms.pain_now", "side", "cause"], "\(uri)")
          #expect(errors.first?.message == "symptoms.pain_now: 11 is out of range; allowed 0–10.")
          // The single `error` key stays, for clients that read one: the first problem.
          let first = try response.apiError()
          #expect(first.path == errors.first?.path && first.message == errors.first?.message)
        }
      }
    }
  }

  @Test func plannerProblemsOfAdjustComeBackTogether() async throws {
    let json = Fixtures.jose(
      replacing: "\"include\":[]",
      with: "\"include\":[],\"adjust\":{\"ST01\":{\"sets\":40,\"reps\":200},\"DP01\":{\"note\":\"x\"}}")
    try await Fixtures.withClient { client in
      for uri in ["/api/plan", "/api/preview", "/api/profile/yaml"] {
        try await client.execute(
          uri: uri, method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
        ) { response in
          #expect(response.status == .badRequest)
          let errors = try response.apiErrors()
          #expect(errors.map(\.path) == ["adjust", "adjust.ST01.sets", "adjust.ST01.reps"], "\(uri)")
          #expect(errors.dropFirst().allSatisfy { $0.message.contains("irritability (") })
          #expect(try response.apiError().path == "adjust")
        }
      }
    }
  }

  @Test func badJSONIsA400() async throws {
    try await Fixtures.withClient { client in
      for text in ["{\"patient\": ", "patient: {name: x}", "", "[1, 2]"] {
        try await client.execute(
          uri: "/api/plan", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: text)
        ) { response in
          #expect(response.status == .badRequest, "\(text)")
          try #expect(!(response.apiError().message.isEmpty))
        }
      }
    }
  }

  @Test func bodyThatIsNotUTF8IsA400() async throws {
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/plan", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(bytes: [0x7B, 0xFF, 0xFE, 0x7D])
      ) { response in
        #expect(response.status == .badRequest)
        try #expect(response.apiError().message.contains("UTF-8"))
      }
    }
  }

  @Test(arguments: [nil, "text/plain", "application/x-www-form-urlencoded", "application/yaml"])
  func wrongContentTypeIsA415(contentType: String?) async throws {
    var fields: HTTPFields = [:]
    if let contentType { fields[.contentType] = contentType }
    let headers = fields
    try await Fixtures.withClient { client in
      for path in ["/api/plan", "/api/preview", "/api/handout", "/api/profile/yaml"] {
        try await client.execute(
          uri: path, method: .post, headers: headers, body: ByteBuffer(text: Fixtures.joseJSON)
        ) {
          #expect($0.status == .unsupportedMediaType, "\(path)")
          try #expect($0.apiError().message.hasPrefix("send the profile as application/json"))
        }
      }
    }
  }

  @Test func jsonWithACharsetIsAccepted() async throws {
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/plan", method: .post, headers: [.contentType: "application/json; charset=utf-8"],
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { #expect($0.status == .ok) }
    }
  }

  @Test func tooLargeBodyIsA413() async throws {
    let padding = String(repeating: " ", count: WebServer.bodyLimit + 1)
    try await Fixtures.withClient { client in
      for path in ["/api/plan", "/api/handout", "/api/profile/normalize"] {
        try await client.execute(
          uri: path, method: .post, headers: Fixtures.jsonHeaders,
          body: ByteBuffer(text: Fixtures.joseJSON + padding)
        ) { response in
          #expect(response.status == .contentTooLarge, "\(path)")
          try #expect(response.apiError().message.contains("larger than \(WebServer.bodyLimit) bytes"))
        }
      }
    }
  }

  // MARK: POST /api/handout

  @Test func handoutIsTheEnginePDFByteForByte() async throws {
    let engine = try Fixtures.engine()
    let profile = try Fixtures.joseProfile()
    let expected = try engine.renderHandout(
      profile, clinic: .builtInDefault,
      options: RenderOptions(paper: Clinic.builtInDefault.paper, date: "2026-11-25"))
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/handout", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/pdf")
        #expect(response.headers[.contentDisposition] == "attachment; filename=\"P-0042.pdf\"")
        #expect(response.bytes.starts(with: Array("%PDF".utf8)))
        #expect(response.bytes == expected.bytes)
      }
    }
  }

  /// A handout's warnings (here: large print over its page target) reach the page in a header,
  /// percent-encoded, one a line; a handout without any sends none.
  @Test func handoutWarningsTravelInAHeader() async throws {
    let engine = try Fixtures.engine()
    let profile = try Fixtures.joseProfile()
    let large = try engine.renderHandout(
      profile, clinic: .builtInDefault,
      options: RenderOptions(paper: .letter, largePrint: true, date: "2026-11-25"))
    #expect(large.warnings.contains { $0.contains("over its target of 10") })
    let field = try #require(HTTPField.Name("X-Handout-Warnings"))
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/handout?large_print=true", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { response in
        let header = try #require(response.headers[field])
        #expect(header.allSatisfy { $0.isASCII && $0 != "\n" })
        #expect(header.removingPercentEncoding?.components(separatedBy: "\n") == large.warnings)
      }
      try await client.execute(
        uri: "/api/handout", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { #expect($0.headers[field] == nil) }
    }
  }

  @Test func handoutWithoutADateUsesToday() async throws {
    let json = Fixtures.jose(replacing: "\"date\":\"2026-11-25\",", with: "")
    let engine = try Fixtures.engine()
    let profile = try ProfileReader.read(InputSource(name: "profile", text: json))
    let expected = try engine.renderHandout(
      profile, clinic: .builtInDefault, options: RenderOptions(paper: .letter, date: Fixtures.today))
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/handout", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { #expect($0.bytes == expected.bytes) }
    }
  }

  /// `?large_print=` and `?booklet=`: each value gives the bytes `generate` writes with the same
  /// option; any other value is refused, naming the flag.
  @Test(arguments: [
    ("large_print", "true", RenderOptions(paper: .letter, largePrint: true, date: "2026-11-25")),
    ("booklet", "true", RenderOptions(paper: .letter, date: "2026-11-25", form: .booklet)),
    ("booklet", "false", RenderOptions(paper: .letter, date: "2026-11-25")),
  ])
  func handoutFlag(flag: String, value: String, options: RenderOptions) async throws {
    let expected = try Fixtures.engine().renderHandout(
      Fixtures.joseProfile(), clinic: .builtInDefault, options: options)
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/handout?\(flag)=\(value)", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { #expect($0.bytes == expected.bytes) }
      try await client.execute(
        uri: "/api/handout?\(flag)=maybe", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { response in
        #expect(response.status == .badRequest)
        try #expect(response.apiError().path == flag)
      }
    }
  }

  @Test func theShortHandoutIsTheDefaultAndShorterThanTheBooklet() async throws {
    let engine = try Fixtures.engine()
    let booklet = try engine.renderHandout(
      Fixtures.joseProfile(), clinic: .builtInDefault,
      options: RenderOptions(paper: .letter, date: "2026-11-25", form: .booklet))
    let short = try engine.renderHandout(
      Fixtures.joseProfile(), clinic: .builtInDefault,
      options: RenderOptions(paper: .letter, date: "2026-11-25"))
    #expect(short.pageCount < booklet.pageCount)
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/handout", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { #expect($0.bytes == short.bytes) }
    }
  }

  @Test func handoutFileNameFallsBackToTheName() async throws {
    let json = Fixtures.jose(replacing: "\"reference\":\"P-0042\",", with: "")
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/handout", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { #expect($0.headers[.contentDisposition] == "attachment; filename=\"jose-nunez.pdf\"") }
    }
  }

  // MARK: POST /api/preview

  @Test func previewIsTheEngineText() async throws {
    let engine = try Fixtures.engine()
    let expected = try engine.preview(
      Fixtures.joseProfile(), clinic: .builtInDefault,
      options: RenderOptions(paper: .letter, date: "2026-11-25"),
      width: 60)
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/preview?width=60", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
        #expect(response.text == expected)
      }
      try await client.execute(
        uri: "/api/preview?width=5", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { #expect($0.status == .badRequest) }
    }
  }

  // MARK: GET /api/catalogue

  @Test func catalogueListsEveryEntry() async throws {
    let catalogue = try Fixtures.engine().catalogue
    try await Fixtures.withClient { client in
      try await client.execute(uri: "/api/catalogue", method: .get) { response in
        #expect(response.status == .ok)
        let rows = try #require(
          try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["id"] as? String } == catalogue.ids)
        for row in rows {
          #expect(Set(row.keys) == ["id", "name", "category", "tags"])
        }
      }
    }
  }

  // MARK: Profiles

  @Test func profileYAMLReadsBackToTheSameProfile() async throws {
    let profile = try Fixtures.joseProfile()
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/profile/yaml", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentDisposition] == "attachment; filename=\"P-0042.yaml\"")
        #expect(response.text.contains("name: José Ñúñez"))
        let readBack = try ProfileReader.read(InputSource(name: "p.yaml", text: response.text))
        #expect(readBack == profile)
      }
    }
  }

  @Test func normalizeReadsYAMLAndJSONFiles() async throws {
    let yaml = """
      patient: {name: "Margaret", age: 71}
      side: both
      cause: stenosis
      symptoms: {pain_now: 3, pain_worst_24h: 5, settle_time: lt10min, night_pain: none, duration_weeks: 12,
        below_knee: false, peripheralises: none, neuro: none}
      irritability_override: {level: low, reason: "Walks daily"}
      include: [ng01]
      """
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/profile/normalize", method: .post, headers: [.contentType: "application/yaml"],
        body: ByteBuffer(text: yaml)
      ) { response in
        #expect(response.status == .ok)
        let original = try ProfileReader.read(InputSource(name: "a", text: yaml))
        try #expect(ProfileReader.read(InputSource(name: "b", text: response.text)) == original)
        #expect(response.text.contains("\"direction\":\"untested\""))
        #expect(response.text.contains("\"include\":[\"NG01\"]"))
      }
      try await client.execute(
        uri: "/api/profile/normalize", method: .post, headers: [.contentType: "text/yaml"],
        body: ByteBuffer(text: "patient: {name: x}\nsyde: left\n")
      ) { response in
        #expect(response.status == .badRequest)
        let error = try response.apiError()
        #expect(error.path == "syde")
        #expect(error.message.contains("did you mean 'side'?"))
      }
      try await client.execute(
        uri: "/api/profile/normalize", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { #expect($0.status == .ok) }
    }
  }
}
