// Locates the resource bundle (the web page's style sheet and script; the catalogue, wording and
// figures are compiled into the programs) without `Bundle.module`,
// whose Linux accessor stops the process when the bundle has moved. Here a missing bundle
// is an ordinary, reportable condition.
import Foundation

/// Where the resource bundle lives on disk: the web page's files, and copies of the YAML the
/// programs were built from (the programs themselves read the compiled form).
public enum BundledResources {
  /// The name SwiftPM gives the copied resource bundle next to the built products.
  public static let bundleName = "homeprogram_HomeProgramResources.resources"

  /// Environment variable that points at a resources folder, for installed copies.
  public static let environmentKey = "HOMEPROGRAM_RESOURCES"

  /// The first existing folder that holds `subfolder` (such as `web`), or nil.
  ///
  /// Looks, in order, at `$HOMEPROGRAM_RESOURCES`, the SwiftPM bundle beside the running
  /// executable, `../share/homeprogram` beside it (an installed layout), and the source
  /// checkout this file was compiled from.
  public static func directory(containing subfolder: String) -> URL? {
    let fileManager = FileManager.default
    var found: URL?
    visitCandidates { candidate in
      var isDirectory: ObjCBool = false
      let wanted = candidate.appendingPathComponent(subfolder).path
      guard fileManager.fileExists(atPath: wanted, isDirectory: &isDirectory), isDirectory.boolValue else {
        return true
      }
      found = candidate
      return false
    }
    return found
  }

  /// Every place `directory(containing:)` looks, most specific first.
  public static func candidateDirectories() -> [URL] {
    var result: [URL] = []
    visitCandidates { candidate in
      result.append(candidate)
      return true
    }
    return result
  }

  /// Calls `visit` with each candidate folder in order until it returns false.
  private static func visitCandidates(_ visit: (URL) -> Bool) {
    /// The bundle in `folder`, then `../share/homeprogram` beside it.
    func visitBeside(_ folder: URL) -> Bool {
      visit(folder.appendingPathComponent(bundleName, isDirectory: true))
        && visit(
          folder.deletingLastPathComponent().appendingPathComponent("share/homeprogram", isDirectory: true))
    }
    if let override = getenv(environmentKey).map({ String(cString: $0) }), !override.isEmpty,
      !visit(URL(fileURLWithPath: override, isDirectory: true))
    {
      return
    }
    #if os(Linux)
      // `/proc/self/exe` is where `Bundle.main` finds the executable too, so its folder is the one to
      // look beside; asking `Bundle.main` would list that folder and set up CoreFoundation, which
      // costs a fresh process more than everything else here.
      let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      guard visitBeside(executable.deletingLastPathComponent()) else { return }
    #else
      guard visitBeside(Bundle.main.bundleURL) else { return }
    #endif
    _ = visit(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
  }
}
