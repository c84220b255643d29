// Locates the bundled data (exercise catalogue, handout text) without `Bundle.module`,
// whose Linux accessor stops the process when the bundle has moved. Here a missing bundle
// is an ordinary, reportable condition.
import Foundation

/// Where the bundled catalogue and handout text live on disk.
public enum BundledResources {
  /// The name SwiftPM gives the copied resource bundle next to the built products.
  public static let bundleName = "homeprogram_HomeProgramResources.resources"

  /// Environment variable that points at a resources folder, for installed copies.
  public static let environmentKey = "HOMEPROGRAM_RESOURCES"

  /// The first existing folder that holds a `catalogue` subfolder, or nil.
  ///
  /// Looks, in order, at `$HOMEPROGRAM_RESOURCES`, the SwiftPM bundle beside the running
  /// executable, `../share/homeprogram` beside it (an installed layout), and the source
  /// checkout this file was compiled from.
  public static func directory() -> URL? {
    let fileManager = FileManager.default
    return candidateDirectories().first { candidate in
      var isDirectory: ObjCBool = false
      let catalogue = candidate.appendingPathComponent("catalogue").path
      return fileManager.fileExists(atPath: catalogue, isDirectory: &isDirectory) && isDirectory.boolValue
    }
  }

  /// Every place `directory()` looks, most specific first.
  public static func candidateDirectories() -> [URL] {
    var result: [URL] = []
    if let override = ProcessInfo.processInfo.environment[environmentKey], !override.isEmpty {
      result.append(URL(fileURLWithPath: override, isDirectory: true))
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    for folder in [executable.deletingLastPathComponent(), Bundle.main.bundleURL] {
      result.append(folder.appendingPathComponent(bundleName, isDirectory: true))
      result.append(
        folder.deletingLastPathComponent().appendingPathComponent("share/homeprogram", isDirectory: true))
    }
    result.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
    return result
  }
}
