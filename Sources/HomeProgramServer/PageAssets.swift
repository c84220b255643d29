import Foundation
import HomeProgramResources

/// The web page's style sheet and script, read once at start-up from the bundled resources
/// (`Resources/web/page.css` and `Resources/web/page.js`) and served, byte for byte, as `/app.css`
/// and `/app.js`. Same origin, so the Content-Security-Policy (`'self'`, no hashes) allows them.
public struct PageAssets: Sendable, Equatable {
  /// The folder inside the resources that holds the files.
  public static let folder = "web"
  /// The style sheet's file name in `folder`.
  public static let styleSheetFile = "page.css"
  /// The script's file name in `folder`.
  public static let scriptFile = "page.js"

  /// Served as `/app.css`.
  public var styleSheet: String
  /// Served as `/app.js`.
  public var script: String

  public init(styleSheet: String, script: String) {
    self.styleSheet = styleSheet
    self.script = script
  }

  /// Reads both files from `resources/web` (`resources` is a folder such as `Resources`).
  public static func load(from resources: URL) throws(PageAssetsError) -> PageAssets {
    let folder = resources.appendingPathComponent(Self.folder, isDirectory: true)
    return PageAssets(
      styleSheet: try read(folder.appendingPathComponent(styleSheetFile)),
      script: try read(folder.appendingPathComponent(scriptFile)))
  }

  /// Reads the files bundled with the program (`BundledResources.directory(containing:)`).
  public static func bundled() throws(PageAssetsError) -> PageAssets {
    guard let resources = BundledResources.directory(containing: Self.folder) else {
      throw .resourcesNotFound(searched: BundledResources.candidateDirectories().map(\.path))
    }
    return try load(from: resources)
  }

  /// The UTF-8 text of the file at `url`.
  static func read(_ url: URL) throws(PageAssetsError) -> String {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .unreadable(path: url.path, reason: "the file is missing or cannot be read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(path: url.path, reason: "the file is not UTF-8 text")
    }
    return text
  }
}
