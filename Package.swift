// swift-tools-version:6.1
import PackageDescription

/// Release builds of the program's own modules ask for the metadata of generic types (a
/// `Dictionary` keyed by one of our enums, say) through accessor calls that are handed the
/// conformances they need. By default Swift asks by mangled name, and the runtime then demangles
/// the name and finds each requirement (the key's `Hashable`) by scanning every protocol
/// conformance in the binary, about 6,600 of them, once per type: a tenth of the instructions of
/// a fresh `homeprogram generate` (README, "Performance"). Same program, same output.
let releaseSwiftSettings: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

/// The `homeprogram` executable is linked in release builds by LLVM's lld (shipped with Swift)
/// with packed relative relocations (DT_RELR, glibc 2.36+): the loader then applies 86,000
/// pointer fix-ups from 16 KB of table instead of 2 MB, and a fresh process starts about a
/// millisecond sooner.
let releaseLinkerSettings: [LinkerSetting] = [
  .unsafeFlags(
    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(configuration: .release))
]

let package = Package(
  name: "homeprogram",
  // macOS 15: HomeProgramPDF locks with Synchronization's Mutex, available from macOS 15 on (no
  // constraint on Linux).
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "homeprogram", targets: ["homeprogram"]),
    .executable(name: "homeprogram-serve", targets: ["homeprogram-serve"]),
    .library(
      name: "HomeProgramKit",
      targets: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramLayout",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  ],
  targets: [
    // libharu, the C PDF library (with libpng, to check PNGs before libharu reads them,
    // libdeflate, to compress page contents faster than libharu's zlib, and ISA-L's igzip, for a
    // tagged PDF's object streams). Only HomeProgramPDF imports it.
    .systemLibrary(
      name: "CLibHaru",
      providers: [
        .apt(["libhpdf-dev", "libpng-dev", "libdeflate-dev", "libisal-dev"]),
        .brew(["libharu", "libpng", "libdeflate", "isa-l"]),
      ]
    ),
    // What libharu's public API cannot do, in C: objects from prepared bytes (page contents, font
    // subsets, figure forms), text strings, page resource names, PNG checking. The only code that
    // includes libharu's internal headers (each use listed in haru_shim.c).
    .target(name: "CHaruShim", dependencies: ["CLibHaru"]),
    // HarfBuzz's font subsetter, used to embed only the glyphs a document draws.
    .systemLibrary(
      name: "CHarfBuzz",
      providers: [.apt(["libharfbuzz-dev"]), .brew(["harfbuzz"])]
    ),
    // Bundled data: the exercise catalogue and the handout text.
    .target(
      name: "HomeProgramResources",
      path: "Resources",
      exclude: ["README.md"],
      resources: [.copy("catalogue"), .copy("figures"), .copy("text"), .copy("web")]
    ),
    // The pipeline, one library per stage; each imports only the stages before it (README,
    // "Architecture"). Model: vocabulary, input readers, profile, clinic, catalogue, wording and
    // figure specs. No C, no file writes, no clocks.
    .target(
      name: "HomeProgramModel",
      dependencies: [
        .product(name: "Yams", package: "Yams")
      ],
      swiftSettings: releaseSwiftSettings
    ),
    // The data bundled with the program: the plugin checks the YAML with the model's loaders at
    // build time and compiles it into this module.
    .target(
      name: "HomeProgramBundle",
      dependencies: ["HomeProgramModel"],
      swiftSettings: releaseSwiftSettings,
      plugins: ["BundledDataPlugin"]
    ),
    .executableTarget(
      name: "homeprogram-data-compiler",
      dependencies: ["HomeProgramModel"]
    ),
    .plugin(
      name: "BundledDataPlugin",
      capability: .buildTool(),
      dependencies: ["homeprogram-data-compiler"]
    ),
    // Profile + catalogue → Plan: screening, selection, doses, massage-gun rules.
    .target(
      name: "HomeProgramPlanner",
      dependencies: ["HomeProgramModel"],
      swiftSettings: releaseSwiftSettings
    ),
    // Plan + wording → Document: the patient handout, referral sheets and the public leaflet.
    .target(
      name: "HomeProgramDocument",
      dependencies: ["HomeProgramModel", "HomeProgramPlanner"],
      swiftSettings: releaseSwiftSettings
    ),
    // Document → pages: flow, pagination, figure composition; and the plain-text preview.
    .target(
      name: "HomeProgramLayout",
      dependencies: ["HomeProgramModel", "HomeProgramDocument"],
      swiftSettings: releaseSwiftSettings
    ),
    // The PDF renderer: the only Swift code that calls libharu (through CHaruShim where its public
    // API falls short) and HarfBuzz.
    .target(
      name: "HomeProgramPDF",
      dependencies: [
        "HomeProgramModel", "HomeProgramDocument", "HomeProgramLayout", "CLibHaru", "CHaruShim", "CHarfBuzz",
      ],
      swiftSettings: releaseSwiftSettings
    ),
    // Plans, builds, lays out and renders: the one pipeline every front end (CLI, batch, server) uses.
    .target(
      name: "HomeProgramEngine",
      dependencies: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramLayout", "HomeProgramPDF",
      ],
      swiftSettings: releaseSwiftSettings
    ),
    // Many handouts in one run: row readers (CSV, JSON Lines, folders), the runner, its queues and
    // the atomic writers.
    .target(
      name: "HomeProgramBatch",
      dependencies: [
        "HomeProgramModel", "HomeProgramDocument", "HomeProgramEngine",
        .product(name: "CSV", package: "CSV.swift"),
      ],
      swiftSettings: releaseSwiftSettings
    ),
    // The command-line interface: thin, parses arguments and calls the libraries.
    .target(
      name: "HomeProgramCLI",
      dependencies: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramLayout", "HomeProgramEngine", "HomeProgramBatch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: releaseSwiftSettings
    ),
    .executableTarget(
      name: "homeprogram", dependencies: ["HomeProgramCLI"], swiftSettings: releaseSwiftSettings,
      linkerSettings: releaseLinkerSettings),
    // `make bench`: deterministic profiles and in-process throughput (see scripts/bench.sh).
    .executableTarget(
      name: "homeprogram-bench",
      dependencies: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramLayout", "HomeProgramEngine",
      ],
      path: "Benchmarks/HomeProgramBench",
      swiftSettings: releaseSwiftSettings
    ),
    // The local web page for the therapist (issue 8): its own target and executable, so the CLI stays free of NIO.
    .target(
      name: "HomeProgramServer",
      dependencies: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramLayout", "HomeProgramEngine", "HomeProgramBatch", "HomeProgramResources",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .executableTarget(
      name: "homeprogram-serve",
      dependencies: [
        "HomeProgramServer", "HomeProgramModel", "HomeProgramBundle", "HomeProgramEngine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Shared test inputs (the project's catalogue, profile builders, layout helpers).
    .target(
      name: "HomeProgramTestSupport",
      dependencies: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramLayout",
      ],
      path: "Tests/Support"
    ),
    // One test target per library target.
    .testTarget(
      name: "HomeProgramModelTests",
      dependencies: ["HomeProgramModel", "HomeProgramBundle", "HomeProgramTestSupport"]),
    .testTarget(
      name: "HomeProgramBundleTests",
      dependencies: ["HomeProgramModel", "HomeProgramBundle", "HomeProgramTestSupport"]),
    .testTarget(
      name: "HomeProgramPlannerTests",
      dependencies: ["HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramTestSupport"]),
    .testTarget(
      name: "HomeProgramDocumentTests",
      dependencies: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramTestSupport",
      ]),
    .testTarget(
      name: "HomeProgramLayoutTests",
      dependencies: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramLayout", "HomeProgramTestSupport",
      ]),
    .testTarget(
      name: "HomeProgramPDFTests",
      dependencies: [
        "HomeProgramPDF", "CHarfBuzz", "CLibHaru", "HomeProgramModel", "HomeProgramBundle",
        "HomeProgramPlanner",
        "HomeProgramDocument", "HomeProgramLayout", "HomeProgramTestSupport",
      ]),
    .testTarget(
      name: "HomeProgramEngineTests",
      dependencies: [
        "HomeProgramEngine", "HomeProgramPDF", "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner",
        "HomeProgramDocument", "HomeProgramLayout", "HomeProgramTestSupport",
        .product(name: "Yams", package: "Yams"),
      ]),
    .testTarget(
      name: "HomeProgramBatchTests",
      dependencies: [
        "HomeProgramBatch", "HomeProgramEngine", "HomeProgramPDF", "HomeProgramModel", "HomeProgramBundle",
        "HomeProgramPlanner", "HomeProgramDocument", "HomeProgramLayout", "HomeProgramTestSupport",
      ]),
    // The command-line program, run as a user runs it.
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "HomeProgramModel", "HomeProgramBundle", "HomeProgramPlanner", "HomeProgramDocument",
        "HomeProgramLayout",
      ]),
    .testTarget(
      name: "HomeProgramServerTests",
      dependencies: [
        "HomeProgramServer", "HomeProgramEngine", "HomeProgramBatch", "HomeProgramModel", "HomeProgramBundle",
        "HomeProgramPlanner", "HomeProgramDocument", "HomeProgramLayout",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
