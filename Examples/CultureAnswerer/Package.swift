// swift-tools-version: 6.1
import PackageDescription

// An answerer plugin for Dossier, as its own package. It depends on Dossier by path, so
// it builds against the DossierKit API of the checkout it sits in; a copy kept elsewhere
// would name Dossier's repository URL and a version instead.
let package = Package(
    name: "CultureAnswerer",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "CultureAnswerer", targets: ["CultureAnswerer"]),
    ],
    dependencies: [
        .package(name: "Dossier", path: "../.."),
    ],
    targets: [
        .target(
            name: "CultureAnswerer",
            dependencies: [
                .product(name: "DossierKit", package: "Dossier"),
                .product(name: "DossierAnswering", package: "Dossier"),
            ]
        ),
        .testTarget(
            name: "CultureAnswererTests",
            dependencies: [
                "CultureAnswerer",
                .product(name: "DossierKit", package: "Dossier"),
                .product(name: "DossierTesting", package: "Dossier"),
            ]
        ),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
