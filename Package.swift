// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "homeprogram",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "homeprogram", targets: ["homeprogram"]),
    .executable(name: "homeprogram-serve", targets: ["homeprogram-serve"]),
    .library(name: "HomeProgramKit", targets: ["HomeProgramKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  ],
  targets: [
    // libharu, the C PDF library (with libpng, to check PNGs before libharu reads them, and
    // libdeflate, to compress page contents faster than libharu's zlib). Only HomeProgramPDF imports it.
    .systemLibrary(
      name: "CLibHaru",
      providers: [
        .apt(["libhpdf-dev", "libpng-dev", "libdeflate-dev"]), .brew(["libharu", "libpng", "libdeflate"]),
      ]
    ),
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
      resources: [.copy("catalogue"), .copy("compiled"), .copy("figures"), .copy("text")]
    ),
    // Catalogue, profile, planner, document model, layout and text preview. No C.
    .target(
      name: "HomeProgramKit",
      dependencies: [
        "HomeProgramResources",
        .product(name: "Yams", package: "Yams"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    // The PDF renderer: the only code that touches libharu.
    .target(
      name: "HomeProgramPDF",
      dependencies: ["HomeProgramKit", "CLibHaru", "CHarfBuzz"]
    ),
    // Plans, builds, lays out and renders: the one pipeline every front end (CLI, batch, server) uses.
    .target(
      name: "HomeProgramEngine",
      dependencies: ["HomeProgramKit", "HomeProgramPDF"]
    ),
    // The command-line interface: thin, parses arguments and calls the libraries.
    .target(
      name: "HomeProgramCLI",
      dependencies: [
        "HomeProgramKit",
        "HomeProgramEngine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "homeprogram", dependencies: ["HomeProgramCLI"]),
    // `make bench`: deterministic profiles and in-process throughput (see scripts/bench.sh).
    .executableTarget(
      name: "homeprogram-bench",
      dependencies: ["HomeProgramEngine", "HomeProgramKit"],
      path: "Benchmarks/HomeProgramBench"
    ),
    // The local web page for the therapist (issue 8): its own target and executable, so the CLI stays free of NIO.
    .target(
      name: "HomeProgramServer",
      dependencies: [
        "HomeProgramKit",
        "HomeProgramEngine",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .executableTarget(
      name: "homeprogram-serve",
      dependencies: [
        "HomeProgramServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "HomeProgramKitTests", dependencies: ["HomeProgramKit"]),
    .testTarget(name: "HomeProgramPDFTests", dependencies: ["HomeProgramPDF", "HomeProgramKit"]),
    .testTarget(name: "HomeProgramEngineTests", dependencies: ["HomeProgramEngine", "HomeProgramKit"]),
    .testTarget(name: "EndToEndTests", dependencies: ["HomeProgramKit"]),
    .testTarget(
      name: "HomeProgramCLITests", dependencies: ["HomeProgramCLI", "HomeProgramEngine", "HomeProgramKit"]),
    .testTarget(
      name: "HomeProgramServerTests",
      dependencies: [
        "HomeProgramServer", "HomeProgramEngine", "HomeProgramKit",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
