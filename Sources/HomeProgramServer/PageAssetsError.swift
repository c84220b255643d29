import HomeProgramResources

/// Why the web page's style sheet or script could not be read at start-up.
public enum PageAssetsError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No bundled resources folder was found in any of these places.
  case resourcesNotFound(searched: [String])
  /// The file at `path` is missing, unreadable or not UTF-8.
  case unreadable(path: String, reason: String)

  public var description: String {
    switch self {
    case .resourcesNotFound(let searched):
      "the web page's files cannot be found: no resources folder in \(searched.joined(separator: ", "));"
        + " set \(BundledResources.environmentKey) to the Resources folder."
    case .unreadable(let path, let reason):
      "cannot use the web page's file \(path): \(reason). Set \(BundledResources.environmentKey) to a"
        + " Resources folder with web/page.css and web/page.js."
    }
  }
}
