import HomeProgramModel

// The data bundled with the program: the catalogue, the handout wording and the figures of the
// positions of comfort. The `BundledDataPlugin` build-tool plugin checks the YAML in `Resources/`
// with the model's strict loaders at build time and compiles it into this module
// (`bundledDataBase64`, in the binary form); a process decodes it once, on first use. The model's
// loaders read any other folder (`--catalogue`) at run time.

/// The bundled data, decoded once per process.
public enum Bundled {
  /// The bundled catalogue, wording and position figures.
  public static func data() throws(InputError) -> BundledData { try decoded.get() }

  private static let decoded: Result<BundledData, InputError> = decode(bundledDataBase64, "the bundled data")

  /// `base64`'s binary form decoded as `T`; a failure names `what` (read once, at first use).
  fileprivate static func decode<T: Decodable>(_ base64: StaticString, _ what: String) -> Result<
    T, InputError
  > {
    do {
      return .success(try BinaryFormDecoder().decode(T.self, from: try Base64.decode(base64)))
    } catch {
      return .failure(.unreadable(path: what, reason: "\(error)"))
    }
  }
}

extension CatalogueLoader {
  /// The bundled catalogue.
  public static func bundled() throws(InputError) -> Catalogue { try Bundled.data().catalogue }

  /// Loads a folder of catalogue files, or a single file merged over the bundled catalogue (its
  /// entries replace bundled entries with the same id), so a clinic can check one edited file on
  /// its own.
  public static func load(path: String) throws(InputError) -> Catalogue {
    try load(path: path, base: bundled)
  }
}

extension HandoutText {
  /// The wording bundled with the program.
  public static func bundled() throws(HandoutTextError) -> HandoutText {
    do {
      return try Bundled.data().text
    } catch {
      throw .unreadableFile(file: "the bundled data", reason: error.description)
    }
  }
}

extension PositionFiguresReader {
  /// The bundled figures of the positions of comfort, by position id.
  public static func bundled() throws(InputError) -> [String: FigureSpec] { try Bundled.data().positions }
}

extension Bundled {
  /// The bundled words of `language` (nil for English, which is `data()`), decoded once per
  /// process on first use, so an English handout never pays for them.
  public static func translation(_ language: Language) throws(InputError) -> Translation? {
    switch language {
    case .en: return nil
    case .es: return try spanish.get()
    }
  }

  private static let spanish: Result<Translation, InputError> = decode(
    bundledSpanishBase64, "the bundled Spanish words")
}
