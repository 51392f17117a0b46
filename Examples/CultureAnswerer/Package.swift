// swift-tools-version: 6.1
import PackageDescription

// A package that adds an answerer to Dossier without editing Dossier: it builds its own
// `dossier` executable, Dossier's built-in answerers plus `culture`.
//
// It depends on Dossier by path, the checkout it sits in (`../..`). A copy kept anywhere
// else names its checkout instead: `.package(name: "Dossier", path: "/path/to/dossier")`,
// or Dossier's repository by URL and version.
let package = Package(
    name: "CultureAnswerer",
    platforms: [.macOS(.v15)],
    products: [
        // `swift build --product dossier`: Dossier with this package's answerer added.
        .executable(name: "dossier", targets: ["CultureDossier"]),
        // `swift build --product dossier-mcp`: what `dossier mcp` runs from beside `dossier`,
        // the MCP server with the same answerers.
        .executable(name: "dossier-mcp", targets: ["CultureDossierMCP"]),
        .library(name: "CultureAnswerer", targets: ["CultureAnswerer"]),
    ],
    dependencies: [
        .package(name: "Dossier", path: "../.."),
    ],
    targets: [
        // The answerer: DossierKit only.
        .target(
            name: "CultureAnswerer",
            dependencies: [
                .product(name: "DossierKit", package: "Dossier"),
                .product(name: "DossierAnswering", package: "Dossier"),
            ]
        ),
        // The executable: the answerers and one call (see Sources/CultureDossier/main.swift).
        .executableTarget(
            name: "CultureDossier",
            dependencies: [
                "CultureAnswerer",
                .product(name: "DossierCLI", package: "Dossier"),
                .product(name: "DossierBuiltIns", package: "Dossier"),
            ]
        ),
        // The same answerers behind the MCP server (Sources/CultureDossierMCP/main.swift).
        .executableTarget(
            name: "CultureDossierMCP",
            dependencies: [
                "CultureAnswerer",
                .product(name: "DossierCLI", package: "Dossier"),
                .product(name: "DossierBuiltIns", package: "Dossier"),
                .product(name: "DossierMCP", package: "Dossier"),
            ]
        ),
        // The answerer on facts written for its tests, through Dossier's real analyzer and dispatcher.
        .testTarget(
            name: "CultureAnswererTests",
            dependencies: [
                "CultureAnswerer",
                .product(name: "DossierKit", package: "Dossier"),
                .product(name: "DossierTesting", package: "Dossier"),
            ]
        ),
        // The built `dossier` (`swift build --product dossier` first; `make test` does): it
        // lists `culture` beside the built-in answerers and answers with it.
        .testTarget(name: "CultureDossierTests"),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
