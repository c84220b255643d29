import Foundation
import HomeProgramModel

/// Reads a folder of profile files (`*.yaml`, `*.yml`, `*.json`) in sorted name order. Hidden
/// files, sub-folders and anything but a regular file are skipped. Each file is one row, labelled with its file name.
public struct FolderRowReader: BatchRowReader {
  /// The extensions read, lower-case.
  public static let extensions: Set<String> = ["yaml", "yml", "json"]

  private let folder: String
  private let names: [String]
  private var position = 0

  /// Lists the profile files in `folder` (their names only; each file is read when its row comes).
  public init(folder: String) throws(InputError) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw .unreadable(path: folder, reason: error.localizedDescription)
    }
    self.folder = folder
    self.names = names.filter { name in
      !name.hasPrefix(".")
        && Self.extensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased())
        && Self.isFile(URL(fileURLWithPath: folder).appendingPathComponent(name).path)
    }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  /// How many rows the folder holds.
  public var count: Int { names.count }

  public mutating func next() throws(InputError) -> BatchRow? {
    guard position < names.count else { return nil }
    let name = names[position]
    let index = position
    position += 1
    let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
    let source: InputSource
    do {
      source = try InputSource.file(path)
    } catch {
      return BatchRow(index: index, label: name, profile: .failure(error))
    }
    let named = InputSource(name: name, text: source.text)
    do {
      let node = try named.parse()
      let identifiers = BatchRowIdentifiers.find(in: node)
      do {
        let profile = try ProfileReader.read(node: node, file: name)
        return BatchRow(
          index: index, label: name, profile: .success(profile),
          identifiers: identifiers)
      } catch {
        return BatchRow(
          index: index, label: name, profile: .failure(error),
          identifiers: identifiers)
      }
    } catch {
      return BatchRow(index: index, label: name, profile: .failure(error))
    }
  }

  /// A regular file (a symlink to one counts). Pipes, sockets and devices are skipped: opening a
  /// pipe nobody writes to would wait forever.
  private static func isFile(_ path: String) -> Bool {
    let attributes = try? FileManager.default.attributesOfItem(
      atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
    return attributes?[.type] as? FileAttributeType == .typeRegular
  }
}
