import Foundation
import Testing

/// `--language` on generate, preview, batch and public, the profile's `language`, and the batch
/// CSV's `language` column, run as a user runs them.
struct LanguageCommandTests {
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("language-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func theProfilesLanguageAndTheOptionChooseTheHandoutsWords() throws {
    let spanish = try Binary.run(["preview", "Samples/patients/rosa-disc-es.yaml"])
    #expect(spanish.status == 0, "\(spanish.stderr)")
    #expect(spanish.stdout.contains("Fecha: 25 de noviembre de 2026"))
    // The option wins over the profile, both ways.
    let english = try Binary.run(["preview", "Samples/patients/rosa-disc-es.yaml", "--language", "en"])
    #expect(english.stdout.contains("Date: November 25, 2026"))
    let jose = try Binary.run(["preview", "Samples/patients/jose-disc.yaml", "--language", "es"])
    #expect(jose.stdout.contains("Su día"))
    // The plan stays the therapist's, in English.
    let plan = try Binary.run(["plan", "Samples/patients/rosa-disc-es.yaml"])
    #expect(plan.stdout.contains("Outcome: program"))
    let bad = try Binary.run(["preview", "Samples/patients/jose-disc.yaml", "--language", "fr"])
    #expect(bad.status == 2)
  }

  @Test func generateAndPublicWriteSpanishPDFs() throws {
    let out = try Self.folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let handout = out.appendingPathComponent("rosa.pdf").path
    let generated = try Binary.run(["generate", "Samples/patients/rosa-disc-es.yaml", "-o", handout])
    #expect(generated.status == 0, "\(generated.stderr)")
    let leaflet = out.appendingPathComponent("folleto.pdf").path
    let leafletRun = try Binary.run(["public", "--language", "es", "-o", leaflet])
    #expect(leafletRun.status == 0, "\(leafletRun.stderr)")
    let preview = try Binary.run(["public", "--language", "es", "--preview"])
    #expect(preview.stdout.contains("ciática"))
    for path in [handout, leaflet] {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(bytes.starts(with: Array("%PDF-".utf8)))
      // The XMP packet is uncompressed: its language is the document's.
      #expect(String(decoding: bytes, as: UTF8.self).contains("<rdf:li>es-US</rdf:li>"), "\(path)")
    }
  }

  @Test func aBatchCSVsLanguageColumnAndTheOption() throws {
    let out = try Self.folder()
    defer { try? FileManager.default.removeItem(at: out) }
    let csv = out.appendingPathComponent("patients.csv")
    try """
    patient.name,patient.reference,date,language,side,cause,symptoms.pain_now,symptoms.pain_worst_24h,symptoms.settle_time,symptoms.night_pain,symptoms.duration_weeks,symptoms.below_knee,symptoms.peripheralises,symptoms.neuro
    Rosa Martínez,R1,2026-11-25,es,left,disc,4,6,10to60min,none,5,true,none,none
    Ann Lee,R2,2026-11-25,,left,disc,4,6,10to60min,none,5,true,none,none
    Bad Row,R3,2026-11-25,fr,left,disc,4,6,10to60min,none,5,true,none,none

    """.write(to: csv, atomically: true, encoding: .utf8)
    let result = try Binary.run(["batch", csv.path, "-o", out.appendingPathComponent("out").path])
    #expect(result.status == 4, "\(result.stderr)")
    #expect(result.stderr.contains("patients.csv line 4") && result.stderr.contains("language"))
    func xmp(_ name: String) throws -> String {
      String(decoding: try Data(contentsOf: out.appendingPathComponent("out/\(name).pdf")), as: UTF8.self)
    }
    #expect(try xmp("R1").contains("<rdf:li>es-US</rdf:li>"))
    #expect(try xmp("R2").contains("<rdf:li>en-US</rdf:li>"))
    // --language es for every row.
    let all = try Binary.run([
      "batch", csv.path, "-o", out.appendingPathComponent("all").path, "--language", "es",
    ])
    #expect(all.status == 4)
    let r2 = String(decoding: try Data(contentsOf: out.appendingPathComponent("all/R2.pdf")), as: UTF8.self)
    #expect(r2.contains("<rdf:li>es-US</rdf:li>"))
  }
}
