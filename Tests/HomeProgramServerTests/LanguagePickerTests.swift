import Foundation
import HomeProgramEngine
import HomeProgramModel
import HomeProgramServer
import Hummingbird
import HummingbirdTesting
import Testing

/// The web page's handout language: a picker on the form, the profile's `language` honoured by
/// every endpoint and written back by "Download profile".
@Suite struct LanguagePickerTests {
  @Test func theFormOffersEveryLanguageWithEnglishChosen() async throws {
    try await Fixtures.withClient { client in
      try await client.execute(uri: "/", method: .get) { response in
        let html = response.text
        #expect(html.contains("<select id=\"f-language\" name=\"language\""))
        #expect(html.contains("<option value=\"en\" selected>English</option>"))
        for language in Language.allCases { #expect(html.contains("<option value=\"\(language.rawValue)\"")) }
      }
    }
  }

  @Test func aSpanishProfileGetsASpanishHandoutAndKeepsItsLanguageInTheDownload() async throws {
    let json = Fixtures.jose(
      replacing: "\"date\":\"2026-11-25\",", with: "\"date\":\"2026-11-25\",\"language\":\"es\",")
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/preview", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("Fecha: 25 de noviembre de 2026"))
      }
      try await client.execute(
        uri: "/api/profile/yaml", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("\nlanguage: es\n"))
      }
      // English, the default, is left out of the download, as before languages existed.
      try await client.execute(
        uri: "/api/profile/yaml", method: .post, headers: Fixtures.jsonHeaders,
        body: ByteBuffer(text: Fixtures.joseJSON)
      ) { response in
        #expect(!response.text.contains("language"))
      }
    }
  }

  @Test func anUnknownLanguageIsRefusedWithTheAllowedValues() async throws {
    let json = Fixtures.jose(
      replacing: "\"date\":\"2026-11-25\",", with: "\"date\":\"2026-11-25\",\"language\":\"fr\",")
    try await Fixtures.withClient { client in
      try await client.execute(
        uri: "/api/preview", method: .post, headers: Fixtures.jsonHeaders, body: ByteBuffer(text: json)
      ) { response in
        #expect(response.status == .badRequest)
        let error = try response.apiError()
        #expect(error.path == "language")
        #expect(error.message.contains("allowed values: en, es"))
      }
    }
  }
}
