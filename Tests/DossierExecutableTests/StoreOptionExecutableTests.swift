import Foundation
import Testing

/// `--store PATH` with files that are not Dossier stores, run as the built binary.
struct StoreOptionExecutableTests {
    @Test func aJunkStoreFileIsRefusedNamedAndLeftUnchanged() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let junk = dossier.home.appendingPathComponent("junk.sqlite")
        let bytes = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        try bytes.write(to: junk)

        let result = try await dossier.run(["--store", junk.path], lines: ["when did Russia open its embassy?"])
        #expect(result.status == 65)
        #expect(result.errors.contains(junk.path))
        #expect(result.output.isEmpty)
        #expect(try Data(contentsOf: junk) == bytes)
    }

    @Test func aStorePathInAMissingFolderIsCreated() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let path = dossier.home.appendingPathComponent("nested/deeper/store.sqlite").path
        let result = try await dossier.run(["--store", path], lines: ["when did Russia open its embassy?"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aSecondRunReusesTheStore() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let path = dossier.home.appendingPathComponent("store.sqlite").path
        let first = try await dossier.run(["--store", path, "--json"], lines: ["when did Russia open its embassy?"])
        let second = try await dossier.run(["--store", path, "--json"], lines: ["when did Russia open its embassy?"])
        #expect(first.status == 0)
        #expect(second.status == 0)
        #expect(first.output == second.output)
    }
}
