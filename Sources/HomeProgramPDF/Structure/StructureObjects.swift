import CHaruShim
import CLibHaru

/// The PDF objects of the structure tree, made through `CHaruShim` in one document: dictionaries,
/// arrays, names and numbers. Every call is checked (`HaruDocument.check`, `require`).
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

  /// A new direct array.
  func array() throws -> HPDF_Dict {
    try document.require("homeprogram_new_array", homeprogram_new_array(document.handle))
  }

  /// Sets `dictionary`'s `key` to the name `value`.
  func name(_ key: String, _ value: String, in dictionary: HPDF_Dict) throws {
    try document.check(
      "homeprogram_set_name(\(key))", homeprogram_set_name(document.handle, dictionary, key, value))
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

  /// Appends `object` to `array` (a reference when `object` is indirect).
  func append(_ object: HPDF_Dict, to array: HPDF_Dict) throws {
    try document.check("homeprogram_array_add", homeprogram_array_add(document.handle, array, object))
  }

  /// Appends the integer `number` to `array`.
  func append(number: Int, to array: HPDF_Dict) throws {
    try document.check(
      "homeprogram_array_add_number",
      homeprogram_array_add_number(document.handle, array, Int32(clamping: number)))
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
