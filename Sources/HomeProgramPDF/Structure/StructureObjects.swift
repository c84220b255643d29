import CHaruShim
import CLibHaru

/// The few PDF objects the structure tree needs from libharu, made through `CHaruShim` in one
/// document: the catalogue, dictionaries and numbers (the tree itself is written as PDF text).
/// Every call is checked (`HaruDocument.check`, `require`).
struct StructureObjects {
  let document: HaruDocument

  /// The document catalogue.
  func catalog() throws -> HPDF_Dict {
    try document.require("homeprogram_catalog", homeprogram_catalog(document.handle))
  }

  /// A new dictionary: an indirect object (referable from many places) or a direct one (added to
  /// exactly one container).
  func dictionary(indirect: Bool) throws -> HPDF_Dict {
    try document.require("homeprogram_new_dict", homeprogram_new_dict(document.handle, indirect ? 1 : 0))
  }

  /// Sets `dictionary`'s `key` to the integer `value`.
  func set(_ key: String, _ value: Int, in dictionary: HPDF_Dict) throws {
    try document.check(
      "homeprogram_dict_add_number(\(key))",
      homeprogram_dict_add_number(document.handle, dictionary, key, Int32(clamping: value)))
  }

  /// Sets `dictionary`'s `key` to `object` (a reference when `object` is indirect).
  func add(_ key: String, _ object: HPDF_Dict, to dictionary: HPDF_Dict) throws {
    try document.check(
      "homeprogram_dict_add(\(key))", homeprogram_dict_add(document.handle, dictionary, key, object))
  }

}

extension StructureObjects {
  /// The number libharu writes `object` (a page, an annotation, an indirect dictionary) under.
  func number(of object: HPDF_Dict) throws -> Int {
    let number = Int(homeprogram_object_number(object))
    guard number > 0 else {
      throw PDFError.invalidDocument(
        reason: "a structure tree reference to an object libharu does not number")
    }
    return number
  }
}
