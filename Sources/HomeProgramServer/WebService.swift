import Foundation
import HomeProgramBatch
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramModel

/// What the web page and the API do, free of HTTP: every answer comes from the one
/// `HandoutEngine` pipeline, exactly as `homeprogram plan`, `generate` and `preview` do it.
/// Immutable and `Sendable`: one value serves every request concurrently. Nothing is written to
/// disk and nothing is remembered between requests.
public struct WebService: Sendable {
  /// A file to download: its bytes, media type and a safe name.
  public struct Download: Sendable, Equatable {
    public var bytes: [UInt8]
    public var contentType: String
    public var fileName: String
    /// What the therapist should know about the file (a handout over its page target, a
    /// character no font has), sent in the `X-Handout-Warnings` header (`WebResponses`).
    public var warnings: [String] = []
  }

  public let engine: HandoutEngine
  public let clinic: Clinic
  /// The page's style sheet and script, read at start-up.
  public let assets: PageAssets
  /// The date used for a profile without one (YYYY-MM-DD), read per request.
  public let today: @Sendable () -> String
  private let page: FormPage

  /// A service over `engine` for `clinic`, serving `assets` (`PageAssets.bundled()`); `today`
  /// defaults to the local date, as in the CLI.
  public init(
    engine: HandoutEngine, clinic: Clinic, assets: PageAssets, today: (@Sendable () -> String)? = nil
  ) {
    self.engine = engine
    self.clinic = clinic
    self.assets = assets
    self.today = today ?? { Today.isoDate() }
    self.page = FormPage(
      choices: FormChoices(
        catalogue: engine.catalogue, text: engine.text, configuration: engine.planner.configuration),
      clinicName: clinic.name)
  }

  // MARK: Page

  /// The form page, its date field set to today.
  public func formHTML() -> String { page.html(today: today()) }

  // MARK: API

  /// `POST /api/plan`: the plan contract JSON (`plan.jsonString()`).
  public func plan(json: String) throws(APIError) -> String {
    let profile = try validatedProfile(json: json)
    return try guarded { try engine.plan(profile, source: ProfileInput.sourceName).jsonString() }
  }

  /// `POST /api/preview`: the handout as plain text, `width` columns wide.
  public func preview(json: String, width: Int = 80) throws(APIError) -> String {
    guard (20...400).contains(width) else {
      throw APIError(status: 400, path: "width", message: "width must be from 20 to 400; got \(width).")
    }
    let profile = try validatedProfile(json: json)
    return try guarded {
      try engine.preview(
        profile, source: ProfileInput.sourceName, clinic: clinic, options: renderOptions(for: profile),
        width: width)
    }
  }

  /// `POST /api/handout`: the PDF, byte for byte what `homeprogram generate` writes for the same
  /// profile, clinic and date.
  /// `form` is the handout's form; nil for the clinic's default.
  public func handout(json: String, largePrint: Bool = false, form: HandoutForm? = nil) throws(APIError)
    -> Download
  {
    let profile = try validatedProfile(json: json)
    let rendered = try guarded {
      try engine.renderHandout(
        profile, source: ProfileInput.sourceName, clinic: clinic,
        options: renderOptions(for: profile, largePrint: largePrint, form: form))
    }
    return Download(
      bytes: rendered.bytes, contentType: "application/pdf", fileName: Self.baseName(profile) + ".pdf",
      warnings: rendered.warnings)
  }

  /// `POST /api/profile/yaml`: the validated profile as YAML, to keep with the record or batch.
  public func profileYAML(json: String) throws(APIError) -> Download {
    let profile = try validatedProfile(json: json)
    let text = try guarded { try ProfileDocument(profile).yamlString() }
    return Download(
      bytes: Array(text.utf8), contentType: "application/yaml; charset=utf-8",
      fileName: Self.baseName(profile) + ".yaml")
  }

  /// `POST /api/profile/normalize`: a YAML or JSON profile file, validated, as the page's JSON.
  public func normalize(text: String) throws(APIError) -> String {
    let profile = try ProfileInput.fromYAMLOrJSON(text)
    try validateAgainstCatalogue(profile)
    return try guarded { try ProfileDocument(profile).jsonString() }
  }

  /// `GET /api/catalogue`: id, name, category and tags of every entry, in catalogue order.
  public func catalogueJSON() throws(APIError) -> String {
    struct Row: Encodable {
      var id: String
      var name: String
      var category: ExerciseCategory
      var tags: [ExerciseTag]
    }
    let rows = engine.catalogue.entries.map {
      Row(id: $0.id, name: $0.name, category: $0.category, tags: $0.tags)
    }
    return try guarded {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }
  }

  // MARK: Helpers

  /// The same options `homeprogram generate` uses: the clinic's paper, the profile's date or today.
  func renderOptions(for profile: PatientProfile, largePrint: Bool = false, form: HandoutForm? = nil)
    -> RenderOptions
  {
    RenderOptions(
      paper: clinic.paper, largePrint: largePrint, date: profile.date ?? today(), form: form ?? clinic.handout
    )
  }

  /// The request's profile, read and checked against the catalogue and the plan, every problem
  /// of the reader, or else of the planner (`adjust` ids and limits), at once.
  private func validatedProfile(json: String) throws(APIError) -> PatientProfile {
    let profile = try ProfileInput.fromJSON(json)
    try validateAgainstCatalogue(profile)
    return profile
  }

  private func validateAgainstCatalogue(_ profile: PatientProfile) throws(APIError) {
    let problems = engine.planner.validationProblems(profile, file: ProfileInput.sourceName)
    if !problems.isEmpty { throw APIError(InputErrors(problems)) }
  }

  /// Runs engine work, turning input errors into 400 and anything else into 500.
  private func guarded<T>(_ body: () throws -> T) throws(APIError) -> T {
    do {
      return try body()
    } catch let error as InputError {
      throw APIError(error)
    } catch let error as CustomStringConvertible {
      throw APIError(status: 500, message: "the handout could not be made: \(error.description)")
    } catch {
      throw APIError(status: 500, message: "the handout could not be made: \(error)")
    }
  }

  /// The download's file-name stem, named as the batch names its files (`SafeFileName`): the
  /// patient reference (case kept), else a lower-case slug of the name, else `patient`.
  static func baseName(_ profile: PatientProfile) -> String {
    SafeFileName.stem(reference: profile.patient.reference, name: profile.patient.name)
  }
}
