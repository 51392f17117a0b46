// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
        .library(name: "DossierAnswering", targets: ["DossierAnswering"]),
        .library(name: "DossierTesting", targets: ["DossierTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The model and the plugin API: Foundation only.
        .target(name: "DossierKit"),
        // Optional help for answerers: ranking owned facts and weighing them by kind of question.
        .target(name: "DossierAnswering", dependencies: ["DossierKit"]),
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
        .target(name: "DossierOutput", dependencies: ["DossierKit", "DossierLanguage"]),
        // Question analysis, dispatch, the fact pack and the one entry point.
        .target(
            name: "DossierEngine",
            dependencies: ["DossierKit", "DossierLanguage", "DossierReading", "DossierStore", "DossierIndex", "DossierOutput"],
            resources: [.embedInCode("Resources/factpack.json")]
        ),

        // Answerers: each imports DossierKit and nothing else of ours.
        .target(name: "TimelinePlugin", dependencies: ["DossierKit", "DossierAnswering"], path: "Plugins/Timeline"),
        .target(name: "TradePlugin", dependencies: ["DossierKit", "DossierAnswering"], path: "Plugins/Trade"),
        .target(name: "VisitsPlugin", dependencies: ["DossierKit", "DossierAnswering"], path: "Plugins/Visits"),
        .target(name: "StancePlugin", dependencies: ["DossierKit", "DossierAnswering"], path: "Plugins/Stance"),
        .target(name: "GeneralPlugin", dependencies: ["DossierKit", "DossierAnswering"], path: "Plugins/General"),
        .target(name: "PassagePlugin", dependencies: ["DossierKit"], path: "Plugins/Passage"),
        // The example answerer package's sources, registered like any Swift plugin.
        .target(name: "CulturePlugin", dependencies: ["DossierKit", "DossierAnswering"], path: "Examples/CultureAnswerer/Sources/CultureAnswerer"),
        // Out-of-process answerers: the JSON Lines protocol and fault containment.
        .target(name: "DossierExternal", dependencies: ["DossierKit"]),

        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "DossierShell", dependencies: ["DossierKit", "DossierEngine", "DossierIndex", "DossierOutput", "CLibedit"]),
        // The commands, as a library: `DossierCLI.main(answerers:)`.
        .target(
            name: "DossierCLI",
            dependencies: [
                "DossierKit", "DossierStore", "DossierIndex", "DossierEngine", "DossierOutput", "DossierShell", "DossierExternal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The executable: the list of answerers and one call.
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit", "DossierCLI",
                "TimelinePlugin", "TradePlugin", "VisitsPlugin", "StancePlugin", "GeneralPlugin",
                "CulturePlugin", "PassagePlugin",
            ]
        ),
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
                "DossierTesting",
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
        .testTarget(
            name: "DossierIngestTests",
            dependencies: [
                "DossierKit", "DossierLanguage", "DossierReading", "DossierStore", "DossierIndex", "DossierEngine",
                "DossierOutput", "DossierTesting", "PassagePlugin",
                "TimelinePlugin", "TradePlugin", "VisitsPlugin", "StancePlugin", "GeneralPlugin",
            ]
        ),
        .testTarget(
            name: "DossierPluginTests",
            dependencies: [
                "DossierKit", "DossierIndex", "DossierEngine", "DossierOutput", "DossierExternal", "DossierTesting",
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
