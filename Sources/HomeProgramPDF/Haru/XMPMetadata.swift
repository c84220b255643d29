import HomeProgramDocument

/// The document's XMP metadata packet (the catalogue's `/Metadata`): the document information
/// again (Dublin Core title, creator, description, language) and the PDF/UA identification
/// (`pdfuaid:part` 1).
///
/// Nothing varies between runs (no dates, no document ids), so the same input gives the same
/// bytes. Like the information dictionary, it never holds the patient's name.
struct XMPMetadata: Sendable, Equatable {
  var info: DocumentInfo

  /// The packet as UTF-8 bytes.
  var bytes: [UInt8] { Array(text.utf8) }

  /// The packet as XML.
  var text: String {
    var lines = [
      "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">",
      "<dc:format>application/pdf</dc:format>",
      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escaped(info.title))</rdf:li></rdf:Alt></dc:title>",
    ]
    if !info.author.isEmpty {
      lines.append(
        "<dc:creator><rdf:Seq><rdf:li>\(Self.escaped(info.author))</rdf:li></rdf:Seq></dc:creator>")
    }
    if !info.subject.isEmpty {
      lines.append(
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(Self.escaped(info.subject))</rdf:li>"
          + "</rdf:Alt></dc:description>")
    }
    lines.append(
      "<dc:language><rdf:Bag><rdf:li>\(Self.escaped(info.language))</rdf:li></rdf:Bag></dc:language>")
    if !info.creator.isEmpty {
      lines.append("<xmp:CreatorTool>\(Self.escaped(info.creator))</xmp:CreatorTool>")
    }
    lines += [
      "<pdfuaid:part>1</pdfuaid:part>",
      "</rdf:Description>",
      "</rdf:RDF>",
      "</x:xmpmeta>",
      "<?xpacket end=\"r\"?>",
    ]
    return lines.joined(separator: "\n")
  }

  /// `text` as XML character data: markup characters escaped, control characters dropped.
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in HaruDocument.pdfString(text).unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
