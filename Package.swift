// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v15)],  // v15: Synchronization.Mutex
    // The executables `dossier` and `dossier-bench` are not declared as products: SwiftPM
    // makes one for each executable target of the root package, so `swift build --product
    // dossier` works here, while a package that depends on Dossier to build its own
    // `dossier` (Examples/CultureAnswerer) sees no second product of that name.
    products: [
        .library(name: "DossierKit", targets: ["DossierKit"]),
        .library(name: "DossierTesting", targets: ["DossierTesting"]),
        // For a package that builds its own `dossier` with its answerers added:
        // `DossierCLI.main(answerers: BuiltInAnswerers.all + [MyAnswerer()])`.
        .library(name: "DossierCLI", targets: ["DossierCLI"]),
        .library(name: "DossierBuiltIns", targets: ["DossierBuiltIns"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `dossier mcp`: the Model Context Protocol SDK; swift-log for its transport's logger, swift-system
        // for the FileDescriptor the tests' client transport takes.
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The model and the plugin API: Foundation only.
        .target(name: "DossierKit"),
        .target(
            name: "DossierStore",
            dependencies: ["DossierKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Words, names, dates: one reading of text for questions and documents alike.
        .target(
            name: "DossierLanguage",
            dependencies: ["DossierKit"],
            resources: [.embedInCode("Resources/lexicon.json")]
        ),
        // Documents to passages and dated claims.
        .target(name: "DossierReading", dependencies: ["DossierKit", "DossierLanguage"]),
        // Retrieval: the facts and passages a question is scored against.
        .target(name: "DossierIndex", dependencies: ["DossierKit", "DossierLanguage", "DossierStore"]),
        // Records, renderers, the terminal sanitizer and input lines.
        .target(
            name: "DossierOutput",
            dependencies: [
                "DossierKit", "DossierLanguage", .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Question analysis, dispatch, the fact pack and the one entry point.
        .target(
            name: "DossierEngine",
            dependencies: [
                "DossierKit", "DossierLanguage", "DossierReading", "DossierStore", "DossierIndex", "DossierOutput",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.embedInCode("Resources/factpack.json")]
        ),

        // Answerers: each imports DossierKit and nothing else of ours.
        .target(name: "TimelinePlugin", dependencies: ["DossierKit"], path: "Plugins/Timeline"),
        .target(name: "TradePlugin", dependencies: ["DossierKit"], path: "Plugins/Trade"),
        .target(name: "VisitsPlugin", dependencies: ["DossierKit"], path: "Plugins/Visits"),
        .target(name: "StancePlugin", dependencies: ["DossierKit"], path: "Plugins/Stance"),
        .target(name: "GeneralPlugin", dependencies: ["DossierKit"], path: "Plugins/General"),
        .target(name: "PassagePlugin", dependencies: ["DossierKit"], path: "Plugins/Passage"),
        // The answerers shipped with Dossier, as one public list (`BuiltInAnswerers.all`).
        .target(
            name: "DossierBuiltIns",
            dependencies: ["DossierKit", "TimelinePlugin", "TradePlugin", "VisitsPlugin", "StancePlugin", "GeneralPlugin", "PassagePlugin"]
        ),
        // Out-of-process answerers: the JSON Lines protocol and fault containment.
        .target(
            name: "DossierExternal",
            dependencies: ["DossierKit", .product(name: "Logging", package: "swift-log")]
        ),

        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // `dossier mcp`: the MCP server over stdio.
        .target(
            name: "DossierMCP",
            dependencies: [
                "DossierKit", "DossierStore", "DossierIndex", "DossierEngine", "DossierOutput",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "DossierShell",
            dependencies: [
                "DossierKit", "DossierEngine", "DossierIndex", "DossierOutput", "CLibedit",
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The commands, as a library: `DossierCLI.main(answerers:)`.
        .target(
            name: "DossierCLI",
            dependencies: [
                "DossierKit", "DossierStore", "DossierIndex", "DossierEngine", "DossierOutput", "DossierShell", "DossierExternal",
                "DossierBuiltIns", "DossierMCP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The executable: the built-in answerers and one call.
        .executableTarget(name: "dossier", dependencies: ["DossierCLI", "DossierBuiltIns"]),
        .target(name: "DossierTesting", dependencies: ["DossierKit", "DossierStore", "DossierEngine", "DossierOutput"]),
        // `make bench`: times the built binary; Foundation only.
        .executableTarget(name: "dossier-bench"),

        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit"]),
        .testTarget(
            name: "DossierStoreTests",
            dependencies: ["DossierKit", "DossierStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "DossierEngineTests",
            dependencies: [
                "DossierKit", "DossierLanguage", "DossierStore", "DossierIndex", "DossierEngine", "DossierOutput",
                "DossierTesting", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "AnswererTests",
            dependencies: [
                "DossierKit", "DossierStore", "DossierIndex", "DossierEngine", "DossierOutput", "DossierTesting",
                "TimelinePlugin", "TradePlugin", "VisitsPlugin", "StancePlugin", "GeneralPlugin",
            ]
        ),
        .testTarget(
            name: "DossierShellTests",
            dependencies: ["DossierKit", "DossierIndex", "DossierEngine", "DossierOutput", "DossierShell"]
        ),
        .testTarget(name: "DossierExecutableTests", dependencies: ["DossierKit"]),
        // The commands parsed as ArgumentParser reads them, beside the tests that run the binary.
        .testTarget(
            name: "DossierCLITests",
            dependencies: [
                "DossierCLI", "DossierKit", "DossierOutput", "DossierBuiltIns",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "TimelineRenderingTests", dependencies: ["DossierKit", "DossierIndex", "DossierOutput"]),
        .testTarget(
            name: "DossierMCPTests",
            dependencies: [
                "DossierKit", "DossierOutput", .product(name: "MCP", package: "swift-sdk"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .testTarget(
            name: "DossierIngestTests",
            dependencies: [
                "DossierKit", "DossierLanguage", "DossierReading", "DossierStore", "DossierIndex", "DossierEngine",
                "DossierOutput", "DossierTesting", "PassagePlugin",
            ]
        ),
        .testTarget(
            name: "DossierPluginTests",
            dependencies: [
                "DossierKit", "DossierIndex", "DossierEngine", "DossierOutput", "DossierExternal", "DossierTesting",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
