// homeprogram-bench: fixed inputs and in-process measurements for `make bench` (scripts/bench.sh).
//
//   homeprogram-bench profiles --count N [--seed S] --out DIR
//       writes N deterministic patient profiles (YAML) for fresh-process and batch runs.
//   homeprogram-bench throughput --count N [--jobs J] [--seed S] [--warmup W] [--repeat R]
//       reads and renders N generated profiles with `HandoutEngine.renderHandout` on J threads, R
//       times after W warm-up passes (a tenth of N each), and prints handouts per second
//       (min/median/max over the R runs) and bytes per handout and per page (over the profiles).
//       With --tagged no, untagged PDFs (no structure tree, no marked content, no object streams):
//       what tagging costs.
//   homeprogram-bench tagcost --count N [--chunk K] [--passes P] [--seed S] [--clinic FILE]
//       what tagging costs, measured so that the VM's drift cancels: a tagged and an untagged engine
//       in one process render the same generated profiles, K at a time (50 by default), one engine
//       then the other, P times (3) in turns; prints each side's time per handout from each chunk's
//       fastest pass (a slow spell of the VM only ever adds time) and from all passes, the cost
//       both ways and as the median of the chunks' ratios, and each side's bytes per page.
//   homeprogram-bench sample (--profile FILE | --public yes) [--clinic FILE] [--large-print yes]
//       [--count N] [--tagged no] [--out FILE]
//       renders one fixed document N times in process (a sample handout, or the public leaflet)
//       and prints its bytes, pages and bytes per page (and writes the PDF to FILE): for instruction counts under callgrind
//       (the difference between two counts is N handouts' cost, without the engine's start-up).
//
// Profiles come from a seeded SplitMix64 generator, so every run measures the same documents.
import Dispatch
import Foundation
import HomeProgramBundle
import HomeProgramDocument
import HomeProgramEngine
import HomeProgramLayout
import HomeProgramModel

/// SplitMix64: tiny, fast, and the same sequence on every platform for a given seed.
struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  mutating func chance(_ probability: Double) -> Bool {
    Double(next() % 1_000_000) / 1_000_000 < probability
  }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}

/// Deterministic, varied patient profiles: names with accents, every cause and side, some red
/// flags (referral sheets), precautions and equipment mixes.
enum ProfileGenerator {
  static let givenNames = [
    "José", "Ana", "Margaret", "Priya", "Chloé", "Ahmed", "Sam", "Linda", "Björn", "Zoë", "Łukasz", "Inés",
    "George", "Mei", "Olúwaseun", "François",
  ]
  static let familyNames = [
    "Ñúñez", "Smith", "O'Brien", "Patel", "Müller", "García", "Nguyen", "Kowalski", "Dubois", "Søren",
    "Haddad", "Johnson", "Ørsted", "Fernández",
  ]
  static let notes = [
    "Break up sitting every 30 minutes.", "Side-lying with a pillow between the knees at night.",
    "Walks the dog twice a day — keep that going.", "Works at a standing desk; alternate every hour.", "",
  ]

  static func profile(index: Int, seed: UInt64) -> String {
    var random = SplitMix64(state: seed &+ UInt64(index) &* 0x1000_0001)
    let name = "\(random.pick(givenNames)) \(random.pick(familyNames))"
    let painNow = random.int(0...8)
    let worst = min(10, painNow + random.int(0...3))
    var flags: [String] = []
    if random.chance(0.08) { flags.append(random.pick(RedFlag.allCases).rawValue) }
    var conditions: [String] = []
    if random.chance(0.2) { conditions.append(random.pick(Condition.allCases).rawValue) }
    let equipment = Equipment.allCases.filter { _ in random.chance(0.5) }.map(\.rawValue)
    let direction = random.pick(["extension", "flexion", "none", "untested"])
    let neuro = random.pick(["none", "none", "sensory_stable", "reflex_stable", "motor_stable"])
    return """
      patient:
        name: "\(name)"
        reference: "P-\(String(format: "%05d", index))"
        age: \(random.int(18...88))
      date: 2026-11-\(String(format: "%02d", random.int(1...28)))
      side: \(random.pick(Side.allCases).rawValue)
      cause: \(random.pick(Cause.allCases).rawValue)
      symptoms:
        pain_now: \(painNow)
        pain_worst_24h: \(worst)
        settle_time: \(random.pick(SettleTime.allCases).rawValue)
        night_pain: \(random.pick(NightPain.allCases).rawValue)
        duration_weeks: \(random.int(0...30))
        below_knee: \(random.chance(0.5))
        peripheralises: \(random.pick(Peripheralisation.allCases).rawValue)
        direction: \(direction)
        neuro: \(neuro)
      red_flags: [\(flags.joined(separator: ", "))]
      conditions: [\(conditions.joined(separator: ", "))]
      equipment: [\(equipment.joined(separator: ", "))]
      notes: "\(random.pick(notes))"

      """
  }
}

struct Arguments {
  var values: [String: String] = [:]
  var command = ""

  init(_ arguments: [String]) {
    var iterator = arguments.dropFirst().makeIterator()
    command = iterator.next() ?? ""
    while let flag = iterator.next() {
      guard flag.hasPrefix("--") else { fail("unexpected argument \(flag)") }
      values[String(flag.dropFirst(2))] = iterator.next() ?? ""
    }
  }

  func int(_ name: String, _ fallback: Int) -> Int {
    guard let text = values[name] else { return fallback }
    guard let value = Int(text), value >= 0 else { fail("--\(name) needs a number, got \(text)") }
    return value
  }
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("homeprogram-bench: \(message)\n".utf8))
  exit(2)
}

func statistics(_ values: [Double]) -> (min: Double, median: Double, max: Double) {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return (0, 0, 0) }
  let middle = sorted.count / 2
  let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return (sorted[0], median, sorted[sorted.count - 1])
}

/// Renders profiles `0..<count` on `jobs` threads (each thread takes the next index), generating and
/// reading each profile as it goes (YAML → `ProfileReader` → engine, as a batch does, without
/// holding every profile in memory); returns (bytes, pages) per profile, in input order.
func renderAll(count: Int, seed: UInt64, engine: HandoutEngine, clinic: Clinic, jobs: Int) -> [(
  bytes: Int, pages: Int
)] {
  final class Results: @unchecked Sendable {
    var values: [(bytes: Int, pages: Int)]
    let lock = NSLock()
    var next = 0
    init(count: Int) { values = Array(repeating: (0, 0), count: count) }
  }
  let results = Results(count: count)
  DispatchQueue.concurrentPerform(iterations: max(jobs, 1)) { _ in
    while true {
      let index: Int = results.lock.withLock {
        defer { results.next += 1 }
        return results.next
      }
      guard index < count else { return }
      let size = renderOne(index, seed: seed, engine: engine, clinic: clinic)
      results.lock.withLock { results.values[index] = size }
    }
  }
  return results.values
}

/// Generates profile `index`, reads it (YAML → `ProfileReader`, as a batch does) and renders it
/// with `engine`; its (bytes, pages).
func renderOne(_ index: Int, seed: UInt64, engine: HandoutEngine, clinic: Clinic) -> (bytes: Int, pages: Int)
{
  do {
    let text = ProfileGenerator.profile(index: index, seed: seed)
    let profile = try ProfileReader.read(InputSource(name: "p\(index).yaml", text: text))
    let options = RenderOptions(paper: clinic.paper, date: profile.date ?? "2026-11-25")
    let rendered = try engine.renderHandout(profile, clinic: clinic, options: options)
    return (rendered.bytes.count, rendered.pageCount)
  } catch {
    fail("profile \(index): \(error)")
  }
}

/// `duration` in seconds.
func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let arguments = Arguments(CommandLine.arguments)
let seed = UInt64(arguments.int("seed", 42))
let count = arguments.int("count", 1000)

switch arguments.command {
case "profiles":
  guard let out = arguments.values["out"] else { fail("profiles needs --out DIR") }
  try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
  for index in 0..<count {
    let path = (out as NSString).appendingPathComponent(String(format: "p%05d.yaml", index))
    try Data(ProfileGenerator.profile(index: index, seed: seed).utf8).write(to: URL(fileURLWithPath: path))
  }
case "throughput":
  let jobs = arguments.int("jobs", ProcessInfo.processInfo.activeProcessorCount)
  let warmup = arguments.int("warmup", 1)
  let repeats = max(arguments.int("repeat", 5), 1)
  let clinic: Clinic
  if let clinicPath = arguments.values["clinic"] {
    clinic = try ClinicReader.read(path: clinicPath)
  } else {
    clinic = .builtInDefault
  }
  let tagged = arguments.values["tagged"] != "no"
  let engine = try HandoutEngine.bundled(tagged: tagged)
  for _ in 0..<warmup {
    _ = renderAll(count: max(count / 10, 1), seed: seed, engine: engine, clinic: clinic, jobs: jobs)
  }
  var rates: [Double] = []
  var sizes: [(bytes: Int, pages: Int)] = []
  let clock = ContinuousClock()
  for _ in 0..<repeats {
    let start = clock.now
    sizes = renderAll(count: count, seed: seed, engine: engine, clinic: clinic, jobs: jobs)
    rates.append(Double(count) / seconds(clock.now - start))
  }
  let rate = statistics(rates)
  let bytes = statistics(sizes.map { Double($0.bytes) })
  let perPage = statistics(sizes.map { Double($0.bytes) / Double(max($0.pages, 1)) })
  let totalBytes = sizes.reduce(0) { $0 + $1.bytes }
  let totalPages = sizes.reduce(0) { $0 + $1.pages }
  func f(_ value: Double) -> String { String(format: "%.0f", value) }
  print("throughput jobs=\(jobs) count=\(count) repeats=\(repeats) tagged=\(tagged)")
  print("handouts_per_second \(f(rate.min)) \(f(rate.median)) \(f(rate.max))")
  print("bytes_per_handout \(f(bytes.min)) \(f(bytes.median)) \(f(bytes.max))")
  print("bytes_per_page \(f(perPage.min)) \(f(perPage.median)) \(f(perPage.max))")
  print("bytes_per_page_overall \(f(Double(totalBytes) / Double(max(totalPages, 1))))")
  print("pages_per_handout \(f(Double(totalPages) / Double(max(count, 1))))")
case "tagcost":
  let chunk = max(arguments.int("chunk", 50), 1)
  let passes = max(arguments.int("passes", 3), 1)
  let clinic = try arguments.values["clinic"].map { try ClinicReader.read(path: $0) } ?? .builtInDefault
  let engines = [try HandoutEngine.bundled(tagged: true), try HandoutEngine.bundled(tagged: false)]
  for engine in engines {
    for index in 0..<max(count / 10, 1) { _ = renderOne(index, seed: seed, engine: engine, clinic: clinic) }
  }
  let clock = ContinuousClock()
  // Per side: every pass's time summed, and each chunk's fastest pass summed.
  var totals = [0.0, 0.0]
  var fastest = [0.0, 0.0]
  var ratios: [Double] = []
  var bytes = [0, 0]
  var pages = [0, 0]
  for (round, start) in stride(from: 0, to: count, by: chunk).enumerated() {
    let range = start..<min(start + chunk, count)
    var best = [Double.infinity, Double.infinity]
    for pass in 0..<passes {
      for side in (round + pass) % 2 == 0 ? [0, 1] : [1, 0] {
        let begin = clock.now
        let sizes = range.map { renderOne($0, seed: seed, engine: engines[side], clinic: clinic) }
        let taken = seconds(clock.now - begin)
        totals[side] += taken
        best[side] = min(best[side], taken)
        if pass == 0 {
          bytes[side] += sizes.reduce(0) { $0 + $1.bytes }
          pages[side] += sizes.reduce(0) { $0 + $1.pages }
        }
      }
    }
    fastest[0] += best[0]
    fastest[1] += best[1]
    ratios.append(best[0] / max(best[1], 1e-9))
  }
  func f(_ value: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }
  func perHandout(_ seconds: Double, _ runs: Int) -> String {
    f(seconds * 1000 / Double(max(count * runs, 1)), 3)
  }
  print("tagcost count=\(count) chunk=\(chunk) chunks=\(ratios.count) passes=\(passes)")
  print("milliseconds_per_handout_fastest \(perHandout(fastest[0], 1)) \(perHandout(fastest[1], 1))")
  print("milliseconds_per_handout_all \(perHandout(totals[0], passes)) \(perHandout(totals[1], passes))")
  print("handouts_per_second \(f(Double(count) / fastest[0])) \(f(Double(count) / fastest[1]))")
  print("time_cost_percent_fastest \(f((fastest[0] / max(fastest[1], 1e-9) - 1) * 100, 1))")
  print("time_cost_percent_all \(f((totals[0] / max(totals[1], 1e-9) - 1) * 100, 1))")
  print("time_cost_percent_median \(f((statistics(ratios).median - 1) * 100, 1))")
  print(
    "bytes_per_page_overall \(f(Double(bytes[0]) / Double(max(pages[0], 1)))) \(f(Double(bytes[1]) / Double(max(pages[1], 1))))"
  )
case "sample":
  let clinic = try arguments.values["clinic"].map { try ClinicReader.read(path: $0) } ?? .builtInDefault
  let largePrint = arguments.values["large-print"] == "yes"
  let engine = try HandoutEngine.bundled(tagged: arguments.values["tagged"] != "no")
  let render: () throws -> RenderedDocument
  if let path = arguments.values["profile"] {
    let profile = try ProfileReader.read(path: path)
    let options = RenderOptions(
      paper: clinic.paper, largePrint: largePrint, date: profile.date ?? "2026-11-25", form: clinic.handout)
    render = { try engine.renderHandout(profile, source: path, clinic: clinic, options: options) }
  } else if arguments.values["public"] == "yes" {
    let version = engine.catalogue.version
    let stamp = ContentHash(
      publicFor: clinic, catalogueVersion: version, paper: clinic.paper, largePrint: largePrint)
    let hash = stamp.short
    let document = try PublicHandoutBuilder().build(
      catalogue: engine.catalogue, text: engine.text, clinic: clinic,
      options: PublicHandoutOptions(largePrint: largePrint, contentHash: hash))
    render = { try engine.render(document, paper: clinic.paper) }
  } else {
    fail("sample needs --profile FILE or --public yes")
  }
  var last: RenderedDocument?
  for _ in 0..<(arguments.values["count"] == nil ? 1 : count) { last = try render() }
  if let last {
    if let out = arguments.values["out"] { try Data(last.bytes).write(to: URL(fileURLWithPath: out)) }
    print(
      "sample bytes \(last.bytes.count) pages \(last.pageCount) bytes_per_page "
        + "\(last.bytes.count / max(last.pageCount, 1))")
  }
default:
  fail(
    "usage: homeprogram-bench profiles|throughput|tagcost|sample [--count N] [--jobs J] [--seed S] [--out DIR]"
  )
}
