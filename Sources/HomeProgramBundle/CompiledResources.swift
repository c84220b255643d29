import Foundation
import HomeProgramModel
import HomeProgramResources

/// The bundled catalogue, handout wording and position figures, compiled from the YAML in
/// `Resources` into the compact binary form (`CompactWriter`), so that a process starts without
/// parsing YAML: a fresh `generate` spent half of its time reading these files. Reading it back
/// (`CompactReader`) goes through no `Decoder`: each stored type reads its own fields.
///
/// The compiled file (`Resources/compiled/resources.bin`, written by `make resources`) begins with
/// a fingerprint of the YAML files it was compiled from. It is used only while the YAML beside it
/// still has that fingerprint, so an edited catalogue or wording is always read from the YAML; and
/// `CompiledResourcesTests` fails when the checked-in file no longer matches the YAML. Folders
/// given with `--catalogue` are always read as YAML.
public struct CompiledResources: Sendable, Equatable, Codable {
  /// The bundled catalogue (`catalogue/`).
  public var catalogue: Catalogue
  /// The handout wording (`text/`).
  public var text: HandoutText
  /// The figures of the positions of comfort (`figures/positions.yaml`), by position id.
  public var positions: [String: FigureSpec]

  public init(catalogue: Catalogue, text: HandoutText, positions: [String: FigureSpec]) {
    self.catalogue = catalogue
    self.text = text
    self.positions = positions
  }

  /// The compiled file, relative to the resources folder.
  public static let fileName = "compiled/resources.bin"

  /// The first bytes of the file; the number changes with the form of the compiled types.
  package static let magic = Array("homeprogram-compiled-3\n".utf8)

  /// Reads the YAML in `directory` and compiles it: the bytes of `fileName`.
  public static func compile(from directory: URL) throws -> [UInt8] {
    let resources = CompiledResources(
      catalogue: try CatalogueLoader.load(path: directory.appendingPathComponent("catalogue").path),
      text: try HandoutText.load(from: directory.appendingPathComponent("text", isDirectory: true)),
      positions: try PositionFiguresReader.read(path: directory.appendingPathComponent(positionsFile).path))
    guard let fingerprint = fingerprint(of: directory) else {
      throw InputError.unreadable(path: directory.path, reason: "cannot read the resource files")
    }
    var bytes = magic
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: fingerprint >> shift))
    }
    var writer = CompactWriter()
    resources.write(compact: &writer)
    return bytes + writer.bytes
  }

  /// The compiled resources of `directory`, or nil when the file is missing, damaged or older than
  /// the YAML. Read once per folder and process.
  public static func current(for directory: URL) -> CompiledResources? {
    cache.value(for: directory.path) { load(from: directory) }
  }

  /// Reads and checks `fileName` in `directory` (see `current(for:)`).
  package static func load(from directory: URL) -> CompiledResources? {
    guard let bytes = readBytes(directory.path + "/" + fileName) else { return nil }
    let header = magic.count + 8
    guard bytes.count > header, bytes.starts(with: magic) else { return nil }
    var stored: UInt64 = 0
    for index in 0..<8 { stored |= UInt64(bytes[magic.count + index]) << (8 * UInt64(index)) }
    guard fingerprint(of: directory) == stored else { return nil }
    return try? decode(bytes, from: header)
  }

  /// The whole file at `path` read straight into an array (not into `Data` and then copied), or nil.
  static func readBytes(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(status.st_size)
    var complete = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      var done = 0
      while done < size {
        let got = read(descriptor, buffer.baseAddress.map { $0 + done }, size - done)
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else { break }
        done += got
      }
      initialized = done
      complete = done == size
    }
    return complete ? bytes : nil
  }

  /// The resources written at `offset` in `bytes`, which must end there.
  package static func decode(_ bytes: [UInt8], from offset: Int) throws(CompactReader.Failure)
    -> CompiledResources
  {
    var reader = CompactReader(bytes, offset: offset)
    let resources = try CompiledResources(compact: &reader)
    try reader.expectEnd()
    return resources
  }

  static let positionsFile = "figures/positions.yaml"

  /// The YAML files the compiled form is made from, relative to the resources folder, in order.
  static func sourceFiles(in directory: URL) -> [String]? {
    let catalogue = directory.appendingPathComponent("catalogue").path
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: catalogue) else { return nil }
    let catalogueFiles = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    return catalogueFiles.map { "catalogue/" + $0 } + HandoutText.fileNames.map { "text/" + $0 } + [
      positionsFile
    ]
  }

  /// A 64-bit hash over each source file's path, length and bytes; nil when one is unreadable.
  ///
  /// FNV-1a taken a word (8 bytes) at a time, the tail byte by byte: each step is a bijection of the
  /// state, so any edit shows, and the whole YAML (about 130 KB) hashes in a few microseconds
  /// instead of waiting on one multiplication per byte.
  static func fingerprint(of directory: URL) -> UInt64? {
    guard let files = sourceFiles(in: directory) else { return nil }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ bytes: UnsafeRawBufferPointer) {
      let prime: UInt64 = 0x0000_0100_0000_01B3
      var index = 0
      while bytes.count - index >= 8 {
        hash =
          (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))) &* prime
        index += 8
      }
      while index < bytes.count {
        hash = (hash ^ UInt64(bytes[index])) &* prime
        index += 1
      }
    }
    func mix(_ text: String) {
      var text = text
      text.withUTF8 { mix(UnsafeRawBufferPointer($0)) }
    }
    let folder = directory.path
    for file in files {
      guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { return nil }
      mix(file)
      mix(String(data.count))
      data.withUnsafeBytes { mix($0) }
    }
    return hash
  }

  private static let cache = Cache()

  /// The last folder's compiled resources (a process uses one resources folder).
  private final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var entry: (path: String, value: CompiledResources?)?

    func value(for path: String, load: () -> CompiledResources?) -> CompiledResources? {
      lock.lock()
      defer { lock.unlock() }
      if let entry, entry.path == path { return entry.value }
      let value = load()
      entry = (path, value)
      return value
    }
  }
}

extension CompiledResources: CompactStorable {
  package init(compact reader: inout CompactReader) throws(CompactReader.Failure) {
    catalogue = try reader.read()
    text = try reader.read()
    positions = try reader.dictionary()
  }

  package func write(compact writer: inout CompactWriter) {
    writer.write(catalogue)
    writer.write(text)
    writer.dictionary(positions)
  }
}
