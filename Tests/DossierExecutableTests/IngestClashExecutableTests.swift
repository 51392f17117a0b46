import Foundation
import Testing

/// `dossier ingest` never replaces another document because of a name: only the same
/// file again, or `--replace`, does (issue 13, item 4).
struct IngestClashExecutableTests {
    static let first = "# Harbour notes\n\nThe harbour of Veldt opened to trade in 1901. Its pier was built of oak.\n"
    static let second = "# Harbour notes\n\nThe lighthouse of Orrin was lit in 1911. Its lamp burned whale oil.\n"

    @Test func theSameFileNameInTwoFoldersKeepsTheFirstAndRefusesTheSecond() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let a = try dossier.document("a/notes.txt", Self.first)
        let b = try dossier.document("b/notes.txt", Self.second)
        let result = try await dossier.run(["ingest", a.path, b.path])
        #expect(result.status == 65)
        #expect(result.lines.count == 1)
        #expect(result.output.hasPrefix("added notes"))
        #expect(result.errors.contains("b/notes.txt"))
        #expect(result.errors.contains("already taken by"))
        #expect(result.errors.contains("--replace"))
        let sources = try await dossier.run(["ask", "when did the harbour of Veldt open to trade?"])
        #expect(sources.output.contains("1901"))
    }

    @Test func theSameFileAgainReplacesItsOwnOlderText() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let a = try dossier.document("a/notes.txt", Self.first)
        _ = try await dossier.run(["ingest", a.path])
        try Data(Self.second.utf8).write(to: a)
        let again = try await dossier.run(["ingest", a.path])
        #expect(again.status == 0)
        #expect(again.output.hasPrefix("replaced notes"))
    }

    @Test func replaceTakesOverAnotherFilesSourceWhenAsked() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let a = try dossier.document("a/notes.txt", Self.first)
        let b = try dossier.document("b/notes.txt", Self.second)
        _ = try await dossier.run(["ingest", a.path])
        let replaced = try await dossier.run(["ingest", "--replace", b.path])
        #expect(replaced.status == 0)
        #expect(replaced.output.hasPrefix("replaced notes"))
    }

    /// Files are read side by side and stored in order: the second of one source, read
    /// before the first was stored, is read again and replaces it.
    @Test func replaceInOneRunKeepsTheLastFileOfASource() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let a = try dossier.document("a/notes.txt", Self.first)
        let b = try dossier.document("b/notes.txt", Self.second)
        let result = try await dossier.run(["ingest", "--replace", a.path, b.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.lines.count == 2)
        #expect(result.lines.first?.hasPrefix("added notes") == true)
        #expect(result.lines.last?.hasPrefix("replaced notes") == true)
        let lit = try await dossier.run(["ask", "when was the lighthouse of Orrin lit?"])
        #expect(lit.output.contains("1911"))
        let check = try await dossier.run(["check"])
        #expect(check.status == 0, "\(check.errors)")
    }

    @Test func aFileNamedLikeABundledSourceDoesNotReplaceItsText() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let file = try dossier.document("mine/wikipedia-guatemala-russia-relations.txt", Self.first)
        let result = try await dossier.run(["ingest", file.path])
        #expect(result.status == 65)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("bundled source"))
        #expect(result.errors.contains("only 0 of"))
        #expect(result.errors.contains("only 0 of"))
        #expect(result.errors.contains("sources.json"))
        let check = try await dossier.run(["check"])
        #expect(check.status == 0, "\(check.errors)")
    }

    @Test func aSourcesJSONIdThatIsTakenByAnotherFileIsRefused() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let a = try dossier.document("a/harbour.txt", Self.first)
        let b = try dossier.document("b/lighthouse.txt", Self.second)
        try dossier.document("b/sources.json", #"[{"id": "harbour", "file": "lighthouse.txt", "title": "Lights"}]"#)
        let result = try await dossier.run(["ingest", a.path, b.path])
        #expect(result.status == 65)
        #expect(result.lines.count == 1)
        #expect(result.errors.contains("'harbour' is already taken"))
    }

    @Test(arguments: ["", "../../etc/passwd", "-rf", "\u{202E}evil", String(repeating: "a", count: 200)])
    func aSourcesJSONIdThatCannotBeAnIdIsRefused(id: String) async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let file = try dossier.document("odd/harbour.txt", Self.first)
        let entry = try JSONSerialization.data(withJSONObject: [["id": id, "file": "harbour.txt", "title": "Harbour"]])
        try entry.write(to: dossier.home.appendingPathComponent("odd/sources.json"))
        let result = try await dossier.run(["ingest", file.path])
        #expect(result.status == 65)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("an id is 1 to 128 letters"), "\(result.errors)")
    }
}
