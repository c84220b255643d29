import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Small file systems for fault tests: a full disk (a tiny tmpfs) and a read-only folder. Mounting
/// needs root or passwordless sudo; without either the tests that need it are skipped, saying why.
enum Mounts {
  /// The command prefix that can mount, or nil.
  static let mounter: [String]? = {
    for prefix in [[], ["sudo", "-n"]] where prefix.isEmpty ? getuid() == 0 : true {
      let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
        "hp-mount-probe-\(UUID().uuidString)")
      guard (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)) != nil
      else {
        continue
      }
      defer { try? FileManager.default.removeItem(at: probe) }
      if run(prefix + ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", probe.path]) {
        _ = run(prefix + ["umount", probe.path])
        return prefix
      }
    }
    return nil
  }()

  /// Whether tmpfs can be mounted here (root, or passwordless sudo, with the right to mount).
  static var available: Bool { mounter != nil }

  /// Mounts a tmpfs of `size` (e.g. "32k") on a new folder and returns it; `readOnly` for a folder
  /// nobody, not even root, can write to.
  static func tmpfs(size: String, readOnly: Bool = false) throws -> URL {
    guard let mounter else { throw Workspace.Problem("cannot mount") }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hp-tmpfs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let options = "size=\(size),mode=1777" + (readOnly ? ",ro" : "")
    guard run(mounter + ["mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.path]) else {
      throw Workspace.Problem("mount -t tmpfs failed")
    }
    return folder
  }

  /// Unmounts and removes a folder made by `tmpfs`.
  static func remove(_ folder: URL) {
    _ = run((mounter ?? []) + ["umount", folder.path])
    try? FileManager.default.removeItem(at: folder)
  }

  @discardableResult
  static func run(_ command: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = command
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
