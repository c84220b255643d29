import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 7, hostile and broken input: every case runs the built binary as a user would and checks
/// the exit code, the one `error:` line (file, line:column where known, key path, bad value, what
/// is allowed), that nothing crashed, and that no output or temporary file was left on error.
struct HostileInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var status: Int32
    /// Fragments of the one `error:` line (or, when `status` is 0, of standard error).
    var messages: [String]
    /// Fragments standard error must not hold.
    var absent: [String] = []
    var environment: [String: String] = [:]
    /// Writes the inputs and returns the command line.
    var setup: @Sendable (Workspace) throws -> [String]
    var testDescription: String { name }
  }

  static func generate(_ path: String, _ workspace: Workspace, _ extra: [String] = []) -> [String] {
    ["generate", path, "-o", workspace.output] + extra
  }

  static func generate(_ workspace: Workspace, clinic: String) throws -> [String] {
    let profile = try workspace.write("p.yaml", Workspace.sample)
    return ["generate", profile, "-o", workspace.output, "--clinic", clinic]
  }

  /// A clinic file with one extra line, and the command that uses it.
  static func clinic(_ line: String, files: [String: [UInt8]] = [:])
    -> @Sendable (Workspace) throws -> [String]
  {
    { workspace in
      for (name, bytes) in files { try workspace.write(name, bytes: bytes) }
      let clinic = try workspace.write("clinic.yaml", "name: \"Test Clinic\"\n\(line)\n")
      return try generate(workspace, clinic: clinic)
    }
  }

  static let droidFallback = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"

  // MARK: - The table

  static let malformed: [Case] = [
    Case(
      name: "unclosed bracket (YAML)", status: 1,
      messages: [
        "p.yaml:2:1: not valid YAML/JSON: while parsing a flow mapping: did not find expected ',' or '}'"
      ]
    ) { w in generate(try w.write("p.yaml", "patient: {name: \"A\"\n"), w) },
    Case(
      name: "unclosed bracket (JSON)", status: 1, messages: ["p.json:2:1: not valid YAML/JSON"]
    ) { w in generate(try w.write("p.json", "{\"patient\": {\"name\": \"A\"}\n"), w) },
    Case(
      name: "bad indentation", status: 1,
      messages: ["p.yaml:10:19: not valid YAML/JSON: mapping values are not allowed in this context."]
    ) { w in generate(try w.profile(replacing: "  pain_worst_24h: 6", with: "    pain_worst_24h: 6"), w) },
    Case(
      name: "wrong type: a list for a number", status: 1,
      messages: ["p.yaml:4:8: patient.age: a list is not allowed; expected a whole number."]
    ) { w in generate(try w.profile(replacing: "  age: 47", with: "  age: [47]"), w) },
    Case(
      name: "wrong type: text for a number", status: 1,
      messages: ["p.yaml:9:13: symptoms.pain_now: four is not allowed; expected a whole number from 0 to 10."]
    ) { w in generate(try w.profile(replacing: "  pain_now: 4", with: "  pain_now: four"), w) },
    Case(
      name: "wrong type: a mapping for text", status: 1,
      messages: ["p.yaml:2:9: patient.name: a mapping is not allowed; expected text."]
    ) { w in generate(try w.profile(replacing: "  name: \"José Ñúñez\"", with: "  name: {first: José}"), w) },
    Case(
      name: "wrong type: a number for a list (JSON)", status: 1,
      messages: ["p.json:19:17: conditions: 7 is not allowed; expected a list."]
    ) { w in
      generate(
        try w.profile("p.json", replacing: "\"conditions\": [\"pregnancy\"]", with: "\"conditions\": 7"), w)
    },
    Case(
      name: "duplicate key (YAML)", status: 1,
      messages: ["p.yaml:6:1: duplicate key 'side'; each key may appear once."]
    ) { w in generate(try w.profile(replacing: "side: left", with: "side: left\nside: right"), w) },
    Case(
      name: "duplicate key (JSON)", status: 1,
      messages: ["p.json:", "duplicate key 'side'; each key may appear once."]
    ) { w in
      generate(
        try w.profile(
          "p.json", replacing: "\"side\": \"right\",", with: "\"side\": \"right\", \"side\": \"left\","), w)
    },
    Case(name: "byte-order mark (YAML): accepted", status: 0, messages: ["wrote "]) { w in
      generate(try w.write("p.yaml", "\u{FEFF}" + Workspace.sample), w)
    },
    Case(name: "CRLF line ends (YAML): accepted", status: 0, messages: ["wrote "]) { w in
      generate(try w.write("p.yaml", Workspace.sample.replacingOccurrences(of: "\n", with: "\r\n")), w)
    },
    Case(name: "byte-order mark, CRLF and tabs (JSON): accepted", status: 0, messages: ["wrote "]) { w in
      let json = Workspace.sampleJSON.replacingOccurrences(of: "\n  ", with: "\r\n\t")
      return generate(try w.write("p.json", "\u{FEFF}" + json), w)
    },
    Case(
      name: "empty file", status: 1, messages: ["p.yaml: the file is empty; expected a YAML or JSON mapping."]
    ) { w in generate(try w.write("p.yaml", ""), w) },
    Case(
      name: "only white space and a comment", status: 1,
      messages: ["p.yaml: the file is empty; expected a YAML or JSON mapping."]
    ) { w in generate(try w.write("p.yaml", "  \n# nothing here\n\n"), w) },
    Case(
      name: "a 50 MB file", status: 1,
      messages: ["big.yaml: the input is 52428800 bytes; the limit is 1048576 bytes (1 MiB); refused."]
    ) { w in
      let path = try w.write("big.yaml", "")
      guard truncate(path, 50 << 20) == 0 else { throw Workspace.Problem("truncate failed") }
      return generate(path, w)
    },
    Case(
      name: "an endless device (/dev/zero)", status: 1,
      messages: [
        "/dev/zero: the input is more than 1048576 bytes; the limit is 1048576 bytes (1 MiB); refused."
      ]
    ) { w in generate("/dev/zero", w) },
    Case(name: "not UTF-8", status: 1, messages: ["p.yaml: the file is not valid UTF-8 text."]) { w in
      generate(
        try w.write(
          "p.yaml", bytes: Array("patient:\n  name: \"".utf8) + [0xC3, 0x28, 0xFF] + [0x22, 0x0A]), w)
    },
    Case(
      name: "a folder instead of a file", status: 1,
      messages: ["cannot be read (it is a folder, not a file)."]
    ) {
      w in generate(w.out.path, w)
    },
    Case(name: "a missing file", status: 1, messages: ["nope.yaml: file not found."]) { w in
      generate(w.path("nope.yaml"), w)
    },
    Case(
      name: "a document that is not a mapping", status: 1,
      messages: ["p.yaml:1:1: (top level): hello is not allowed; expected a mapping of keys to values."]
    ) { w in generate(try w.write("p.yaml", "hello\n"), w) },
    Case(
      name: "an undefined or self-referencing alias", status: 1,
      messages: ["p.yaml:1:8: not valid YAML/JSON: found undefined alias."]
    ) { w in generate(try w.write("p.yaml", "a: &a [*a]\n"), w) },
  ]

  static let bombs: [Case] = [
    Case(
      name: "YAML alias bomb (a billion laughs)", status: 1,
      messages: ["p.yaml:1:", "refused: more than 100000 values in one document."]
    ) { w in
      var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
      var previous = "a"
      for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
        yaml +=
          "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        previous = name
      }
      return generate(try w.write("p.yaml", yaml), w)
    },
    Case(
      name: "deeply nested lists", status: 1,
      messages: ["p.yaml:1:1: refused: nested more than 32 levels deep."]
    ) { w in
      generate(
        try w.write("p.yaml", String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)), w)
    },
    Case(
      name: "deeply nested mappings", status: 1,
      messages: ["p.yaml:", "refused: nested more than 32 levels deep."]
    ) { w in
      let yaml =
        (0..<60).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined()
        + String(repeating: "  ", count: 60) + "v\n"
      return generate(try w.write("p.yaml", yaml), w)
    },
  ]

  static let values: [Case] = [
    Case(
      name: "out of range", status: 1,
      messages: ["p.yaml:9:13: symptoms.pain_now: 11 is out of range; allowed 0–10."]
    ) { w in generate(try w.profile(replacing: "  pain_now: 4", with: "  pain_now: 11"), w) },
    Case(
      name: "negative number", status: 1,
      messages: ["p.yaml:13:19: symptoms.duration_weeks: -1 is out of range; allowed 0–520."]
    ) { w in generate(try w.profile(replacing: "  duration_weeks: 5", with: "  duration_weeks: -1"), w) },
    Case(
      name: "a number too big for any integer", status: 1,
      messages: [
        "symptoms.pain_now: 99999999999999999999999 is not allowed; expected a whole number from 0 to 10."
      ]
    ) { w in
      generate(try w.profile(replacing: "  pain_now: 4", with: "  pain_now: 99999999999999999999999"), w)
    },
    Case(
      name: "unknown enum value", status: 1,
      messages: [
        "p.yaml:7:8: cause: 'disk' is not allowed; allowed values: disc, stenosis, piriformis, unknown. Did you mean 'disc'?"
      ]
    ) { w in generate(try w.profile(replacing: "cause: disc", with: "cause: disk"), w) },
    Case(
      name: "unknown value in a list", status: 1,
      messages: [
        "p.yaml:20:26: equipment[1]: 'chiar' is not allowed; allowed values: massage_gun, resistance_band, chair"
      ]
    ) { w in
      generate(
        try w.profile(
          replacing: "equipment: [massage_gun, chair, pillow]", with: "equipment: [massage_gun, chiar]"), w)
    },
    Case(
      name: "unknown key", status: 1,
      messages: ["p.yaml:21:1: unknown key 'nots' (did you mean 'notes'?); allowed here: schema,"]
    ) { w in generate(try w.profile(replacing: "notes:", with: "nots:"), w) },
    Case(
      name: "unknown nested key", status: 1,
      messages: [
        "p.yaml:9:3: unknown key 'symptoms.pain_nwo' (did you mean 'pain_now'?); allowed here: pain_now,"
      ]
    ) { w in generate(try w.profile(replacing: "  pain_now: 4", with: "  pain_nwo: 4"), w) },
    Case(
      name: "an id that is not in the catalogue", status: 1,
      messages: [
        "p.yaml: include[0]: 'NG99' is not allowed; allowed values: catalogue ids", "Did you mean 'NG01'?",
      ]
    ) { w in generate(try w.profile(replacing: "conditions: []", with: "conditions: []\ninclude: [NG99]"), w)
    },
    Case(
      name: "an id that is not even id-shaped", status: 1,
      messages: ["exclude[0]: '../etc/passwd' is not valid; expected a catalogue id such as NG01"]
    ) { w in
      generate(
        try w.profile(replacing: "conditions: []", with: "conditions: []\nexclude: [../etc/passwd]"), w)
    },
    Case(
      name: "a newer schema", status: 1,
      messages: ["p.json:2:13: schema: 2 is newer than this program understands; supported: 1."]
    ) { w in generate(try w.profile("p.json", replacing: "\"schema\": 1", with: "\"schema\": 2"), w) },
    Case(
      name: "an impossible date", status: 1,
      messages: ["p.yaml:5:7: date: '2026-02-30' is not valid; expected a calendar date written YYYY-MM-DD"]
    ) { w in generate(try w.profile(replacing: "date: 2026-11-25", with: "date: 2026-02-30"), w) },
    Case(
      name: "a name of 501 characters", status: 1,
      messages: [
        "p.yaml:2:9: patient.name: text of 501 characters is out of range; allowed at most 500 characters."
      ]
    ) { w in generate(try w.profile(named: String(repeating: "x", count: 501)), w) },
  ]

  static let text: [Case] = [
    Case(
      name: "control characters: stripped, no warning", status: 0, messages: ["wrote "], absent: ["warning:"]
    ) { w in
      generate(try w.profile(named: "Jo\\u0007se\\u0001\\u001B[31m \\t Nu\\u007Fnez"), w)
    },
    Case(
      name: "emoji: printed as ? and named", status: 0,
      messages: [
        "warning: U+1F600 GRINNING FACE is not in any installed font and was printed as \"?\"", "wrote ",
      ]
    ) { w in generate(try w.profile(named: "Ana 😀 Smile"), w) },
    Case(
      name: "CJK: the fallback font when installed, else named", status: 0,
      messages: FileManager.default.fileExists(atPath: droidFallback)
        ? ["wrote "] : ["warning: U+5C0F CJK UNIFIED IDEOGRAPH-5C0F is not in any installed font", "wrote "],
      absent: FileManager.default.fileExists(atPath: droidFallback) ? ["warning:"] : []
    ) { w in generate(try w.profile(named: "王小明"), w) },
    Case(
      name: "Hebrew (right to left): named", status: 0,
      messages: ["warning: right-to-left text (U+05D4 HEBREW LETTER HE, U+05DB HEBREW LETTER KAF", "wrote "]
    ) { w in generate(try w.profile(named: "שרה כהן"), w) },
    Case(
      name: "Arabic (right to left): named", status: 0,
      messages: [
        "warning: right-to-left text (U+0631 ARABIC LETTER REH, U+0645 ARABIC LETTER MEEM, U+064A ARABIC LETTER YEH)"
      ]
    ) { w in generate(try w.profile(named: "مريم"), w) },
    Case(
      name: "a name of 500 characters without a space: wrapped", status: 0, messages: ["wrote "],
      absent: ["warning:"]
    ) {
      w in generate(try w.profile(named: String(repeating: "Abcdefghij", count: 50)), w)
    },
  ]

  static let clinics: [Case] = [
    Case(
      name: "clinic: a valid PNG logo", status: 0, messages: ["wrote "],
      setup: clinic("logo: logo.png", files: ["logo.png": TestImage.validPNG])),
    Case(
      name: "clinic: missing logo", status: 1,
      messages: [
        "clinic.yaml:2:7: logo: 'nope.png' is not valid; expected a PNG or JPEG file that exists",
        "nope.png was not found",
      ],
      setup: clinic("logo: nope.png")),
    Case(
      name: "clinic: a logo that is not an image", status: 1,
      messages: ["clinic.yaml:2:7: logo: 'logo.png' is not valid; expected a PNG or JPEG image."],
      setup: clinic("logo: logo.png", files: ["logo.png": Array("GIF89a not really".utf8)])),
    Case(
      name: "clinic: a corrupt PNG (used to abort in libpng)", status: 1,
      messages: [
        "clinic.yaml: logo: ",
        "is not valid; expected a PNG or JPEG image that can be read (it is a damaged PNG: IDAT: incorrect header check).",
      ],
      setup: clinic("logo: logo.png", files: ["logo.png": TestImage.damagedPNG])),
    Case(
      name: "public editions: a clinic with a corrupt PNG", status: 4,
      messages: ["clinic.yaml: logo: ", "it is a damaged PNG"]
    ) { w in
      _ = try w.write("logo.png", bytes: TestImage.damagedPNG)
      _ = try w.write("clinic.yaml", "name: \"Test Clinic\"\nlogo: logo.png\n")
      let manifest = try w.write(
        "editions.yaml", "editions:\n  - file: relief.pdf\n    clinic: clinic.yaml\n")
      return ["public", "--editions", manifest, "-o", w.out.path]
    },
    Case(
      name: "clinic: a truncated PNG", status: 1,
      messages: ["clinic.yaml: logo: ", "it is a damaged PNG"],
      setup: clinic("logo: logo.png", files: ["logo.png": Array(TestImage.validPNG.prefix(40))])),
    Case(
      name: "clinic: a damaged PNG header", status: 1,
      messages: [
        "clinic.yaml:2:7: logo: 'logo.png' is not valid; expected a PNG or JPEG image (the PNG header is damaged)."
      ],
      setup: clinic("logo: logo.png", files: ["logo.png": TestImage.signature + Array("rubbish".utf8)])),
    Case(
      name: "clinic: a corrupt JPEG", status: 1,
      messages: ["clinic.yaml: logo: ", "it is a damaged JPEG: no frame header"],
      setup: clinic(
        "logo: logo.jpg", files: ["logo.jpg": [0xFF, 0xD8, 0xFF, 0xE0] + Array("garbage garbage".utf8)])),
    Case(
      name: "clinic: a huge logo file", status: 1,
      messages: [
        "clinic.yaml:2:7: logo: logo.png (3000000 bytes) is out of range; allowed at most 2097152 bytes (2 MiB)."
      ],
      setup: clinic(
        "logo: logo.png",
        files: [
          "logo.png": TestImage.validPNG + [UInt8](repeating: 0, count: 3_000_000 - TestImage.validPNG.count)
        ])),
    Case(
      name: "clinic: a logo declaring 60000 × 60000 pixels", status: 1,
      messages: [
        "clinic.yaml:2:7: logo: logo.png (60000 × 60000 pixels) is out of range; allowed at most 4000 × 4000 pixels."
      ],
      setup: clinic("logo: logo.png", files: ["logo.png": TestImage.hugePNG])),
    Case(
      name: "clinic: a folder as logo", status: 1,
      messages: [
        "clinic.yaml:2:7: logo: 'out' is not valid; expected a PNG or JPEG file", "is not a regular file",
      ],
      setup: clinic("logo: out")),
    Case(
      name: "clinic: a device as logo", status: 1,
      messages: [
        "clinic.yaml:2:7: logo: '/dev/zero' is not valid; expected a PNG or JPEG file (/dev/zero is not a regular file)."
      ],
      setup: clinic("logo: /dev/zero")),
    Case(
      name: "clinic: a web address as logo is never fetched", status: 1,
      messages: [
        "clinic.yaml:2:7: logo: 'https://example.invalid/logo.png' is not valid; expected a PNG or JPEG file that exists"
      ],
      setup: clinic("logo: https://example.invalid/logo.png")),
    Case(
      name: "clinic: a bad colour", status: 1,
      messages: [
        "clinic.yaml:2:15: accent_color: '#GG0000' is not valid; expected a colour written #RRGGBB, e.g. #1F5FAD."
      ],
      setup: clinic("accent_color: \"#GG0000\"")),
    Case(
      name: "clinic: an unknown locale", status: 1,
      messages: ["clinic.yaml:2:9: locale: 'fr-FR' is not allowed; allowed values: en-US, en-GB."],
      setup: clinic("locale: fr-FR")),
    Case(
      name: "clinic: an unknown key", status: 1,
      messages: [
        "clinic.yaml:2:1: unknown key 'colour'; allowed here: name, therapist, phone, website, address, logo, accent_color,"
      ],
      setup: clinic("colour: red")),
  ]

  static let catalogues: [Case] = [
    Case(
      name: "catalogue: a dangling progression id", status: 1,
      messages: ["catalogue/directional.yaml:4:5: entry DP01: progression: 'DP99' is not a catalogue id"]
    ) { w in
      [
        "catalogue", "validate",
        try w.catalogue(
          editing: "directional.yaml", replacing: "progression: [DP02]", with: "progression: [DP99]"),
      ]
    },
    Case(
      name: "catalogue: a duplicate id", status: 1,
      messages: [
        // The second AE01's line moves with the catalogue's wording; its column and the first's place do not.
        "catalogue/aerobic.yaml:", ":5: entry AE01: id: duplicate id; it is already used at",
        "aerobic.yaml:3:5.",
      ]
    ) { w in
      [
        "catalogue", "validate",
        try w.catalogue(editing: "aerobic.yaml", replacing: "  - id: AE02", with: "  - id: AE01"),
      ]
    },
    Case(
      name: "catalogue: an unknown tag", status: 1,
      messages: [
        "catalogue/aerobic.yaml:6:37: AE01.tags[2]: 'bouncing' is not allowed; allowed values: slider, tensioner,"
      ]
    ) { w in
      [
        "catalogue", "validate",
        try w.catalogue(
          editing: "aerobic.yaml", replacing: "tags: [neutral_spine, standing]",
          with: "tags: [neutral_spine, standing, bouncing]"),
      ]
    },
    Case(
      name: "catalogue: forbidden tags (two directions)", status: 1,
      messages: [
        "aerobic.yaml:6:11: entry AE01: tags: needs exactly one direction tag (extension, flexion or neutral_spine); found 2."
      ]
    ) { w in
      [
        "catalogue", "validate",
        try w.catalogue(
          editing: "aerobic.yaml", replacing: "tags: [neutral_spine, standing]",
          with: "tags: [neutral_spine, flexion, standing]"),
      ]
    },
    Case(
      name: "catalogue: a forbidden dose (massage gun at high irritability)", status: 1,
      messages: ["entry MG01: dose.high: the massage gun is never used at high irritability (MG-CI-10)."]
    ) { w in
      [
        "catalogue", "validate",
        try w.catalogue(
          editing: "massage-gun.yaml", replacing: "      moderate: {sets: 0, reps: 0, seconds: 45",
          with: "      high: {seconds: 30}\n      moderate: {sets: 0, reps: 0, seconds: 45"),
      ]
    },
    Case(
      name: "catalogue: a corrupt file", status: 1,
      messages: ["catalogue/aerobic.yaml:", "not valid YAML/JSON"]
    ) { w in
      [
        "catalogue", "validate",
        try w.catalogue(editing: "aerobic.yaml", replacing: "exercises:", with: "exercises: [\n  {id: X"),
      ]
    },
    Case(name: "catalogue: a missing folder", status: 1, messages: ["nowhere: file not found."]) { w in
      let profile = try w.write("p.yaml", Workspace.sample)
      return generate(profile, w, ["--catalogue", w.path("nowhere")])
    },
    Case(
      name: "catalogue: a folder without catalogue files", status: 1,
      messages: ["cannot be read (no .yaml files in the catalogue folder)."]
    ) { w in
      let profile = try w.write("p.yaml", Workspace.sample)
      return generate(profile, w, ["--catalogue", w.out.path])
    },
    // A corrupt bundled catalogue can no longer reach a user: the bundled YAML is checked and
    // compiled in at build time (BundledDataTests.theCompilerRefusesABrokenCatalogueNamingFileAndLine).
  ]

  static let batches: [Case] = [
    Case(
      name: "CSV: an unknown column", status: 1,
      messages: ["patients.csv line 1: unknown key 'sidee' (did you mean 'side'?)"]
    ) { w in ["batch", try w.csv([], header: "patient.name,sidee"), "-o", w.out.path] },
    Case(
      name: "CSV: a row with too many cells", status: 4,
      messages: [
        "patients.csv line 2: not a valid CSV row: the row has 14 cells but the header has 13 columns; quote a cell that holds a comma."
      ]
    ) { w in ["batch", try w.csv([Workspace.csvRow("Ann", "A-1") + ",extra"]), "-o", w.out.path] },
    Case(
      name: "CSV: an unclosed quote", status: 1,
      messages: ["patients.csv line 3: not a valid CSV row: a quote opened in this row is never closed"]
    ) { w in
      [
        "batch",
        try w.csv([
          Workspace.csvRow("Ann", "A-1"), "\"" + Workspace.csvRow("Bob", "B-2"),
          Workspace.csvRow("Cy", "C-3"),
        ]), "-o", w.out.path,
      ]
    },
    Case(
      name: "CSV: a row over 1 MiB", status: 1,
      messages: ["patients.csv line 2: not a valid CSV row: the row is longer than 1048576 bytes (1 MiB)"]
    ) { w in ["batch", try w.csv([String(repeating: "x", count: 1_100_000)]), "-o", w.out.path] },
    Case(
      name: "CSV: empty", status: 1,
      messages: [
        "patients.csv: the file is empty; expected a header line of profile keys, then one line per patient."
      ]
    ) { w in ["batch", try w.write("patients.csv", ""), "-o", w.out.path] },
    Case(name: "CSV: byte-order mark and CRLF: accepted", status: 0, messages: ["1 row: 1 written, 0 failed"])
    { w in
      let text = "\u{FEFF}" + Workspace.csvHeader + "\r\n" + Workspace.csvRow("Ann", "A-1") + "\r\n"
      return ["batch", try w.write("patients.csv", text), "-o", w.out.path]
    },
    Case(
      name: "CSV: a bad value", status: 4,
      messages: ["patients.csv line 2: side: 'up' is not allowed; allowed values: left, right, both."]
    ) { w in ["batch", try w.csv([Workspace.csvRow("Ann", "A-1", side: "up")]), "-o", w.out.path] },
    Case(
      name: "folder: a pipe among the profiles is skipped, not waited on", status: 0,
      messages: ["1 row: 1 written"]
    ) {
      w in
      let folder = w.root.appendingPathComponent("profiles")
      try w.write("profiles/a.yaml", Workspace.sample)
      guard mkfifo(folder.appendingPathComponent("b.yaml").path, 0o644) == 0 else {
        throw Workspace.Problem("mkfifo")
      }
      return ["batch", folder.path, "-o", w.out.path]
    },
    Case(
      name: "JSON Lines: a broken line", status: 4,
      messages: ["patients.jsonl line 1:2:1: not valid YAML/JSON: while parsing a flow mapping"]
    ) { w in ["batch", try w.write("patients.jsonl", "{\"patient\": {\"name\": \"Ann\"\n"), "-o", w.out.path]
    },
  ]

  static let usage: [Case] = [
    Case(name: "usage: an unknown option", status: 2, messages: ["error: Unknown option '--bogus'"]) { w in
      ["generate", "p.yaml", "-o", w.output, "--bogus"]
    },
    Case(
      name: "usage: a missing argument", status: 2, messages: ["error: Missing expected argument '<profile>'"]
    ) { _ in
      ["generate"]
    },
    Case(name: "usage: an unknown command", status: 2, messages: ["error: Unexpected argument 'frobnicate'"])
    { _ in
      ["frobnicate"]
    },
    Case(
      name: "usage: a value out of range", status: 2,
      messages: ["error: --jobs must be from 1 to 256; got 0."]
    ) { w in
      ["batch", w.path("x.csv"), "-o", w.out.path, "--jobs", "0"]
    },
    Case(
      name: "usage: a bad enum option", status: 2,
      messages: ["error: The value 'tabloid' is invalid for '--paper <paper>'"]
    ) { w in
      ["generate", "p.yaml", "-o", w.output, "--paper", "tabloid"]
    },
  ]

  static let all = malformed + bombs + values + text + clinics + catalogues + batches + usage

  /// Control characters are stripped from the text commands too: a name holding `ESC [2J` (clear
  /// the screen) or a bell must not reach the therapist's terminal.
  @Test(arguments: [["preview"], ["plan"], ["plan", "--format", "json"]])
  func controlCharactersNeverReachTheTerminal(_ command: [String]) throws {
    let workspace = try Workspace.make()
    defer { workspace.remove() }
    let profile = try workspace.profile(named: "Evil\\u001B[2J\\u0007\\u009BName")
    let result = try Binary.run(command + [profile])
    #expect(result.status == 0, "\(result.stderr)")
    // The plan JSON holds no name; the text commands print it without its control characters.
    if !command.contains("json") { #expect(result.stdout.contains("Evil[2JName")) }
    for control in ["\u{1B}", "\u{07}", "\u{9B}"] { #expect(!result.stdout.contains(control)) }
  }

  @Test(arguments: all)
  func theCaseGetsAClearLineAndNoOutputOnError(_ testCase: Case) throws {
    let workspace = try Workspace.make()
    defer { workspace.remove() }
    let arguments = try testCase.setup(workspace)
    let environment = testCase.environment.mapValues {
      $0.replacingOccurrences(of: "{root}", with: workspace.root.path)
    }
    let result = try Binary.run(arguments, in: workspace.root, environment: environment)
    #expect(result.status == testCase.status, "stderr: \(result.stderr)")
    for crash in ["Fatal error", "Backtrac", "Signal ", "libpng error", "Stack dump"] {
      #expect(!result.stderr.contains(crash), "crashed: \(result.stderr)")
    }
    let errorLines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
    if testCase.status == 0 {
      #expect(errorLines.isEmpty, "\(result.stderr)")
      for message in testCase.messages {
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
      }
    } else {
      #expect(errorLines.count == 1, "one error line expected: \(result.stderr)")
      let line = errorLines.first.map(String.init) ?? ""
      for message in testCase.messages { #expect(line.contains(message), "got: \(line)") }
    }
    for fragment in testCase.absent { #expect(!result.stderr.contains(fragment), "stderr: \(result.stderr)") }
    #expect(try workspace.hiddenOutputFiles().isEmpty, "temporary files left behind")
    if testCase.status != 0 && arguments.first == "generate" {
      #expect(!FileManager.default.fileExists(atPath: workspace.output), "output written despite the error")
    }
    if testCase.status != 0 && arguments.first == "public" {
      #expect(try workspace.outputFiles().isEmpty, "a failed edition was written")
    }
    if testCase.status == 1 && arguments.first == "batch" {
      let files = try workspace.outputFiles()
      #expect(files.isEmpty, "a refused batch input wrote \(files)")
    }
    if testCase.status == 0 && arguments.first == "generate" {
      let data = try Data(contentsOf: URL(fileURLWithPath: workspace.output))
      #expect(data.starts(with: Data("%PDF-".utf8)))
    }
  }
}
