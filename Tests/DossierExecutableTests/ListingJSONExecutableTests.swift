import Foundation
import Testing

/// `--json` on every command that prints data: one JSON object a line, nothing else on
/// standard output, names from outside escaped.
struct ListingJSONExecutableTests {
    private func objects(_ result: DossierProcess.Result) throws -> [[String: Any]] {
        try result.lines.map(DossierProcess.object)
    }

    @Test func sourcesAreOneObjectEach() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["sources", "--json"])
        #expect(result.status == 0)
        let sources = try objects(result)
        #expect(!sources.isEmpty)
        #expect(sources.allSatisfy { $0["type"] as? String == "source" && $0["id"] is String && $0["facts"] is Int })
    }

    @Test func pluginsSayWhereEachComesFrom() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["plugins", "--json"])
        #expect(result.status == 0)
        let plugins = try objects(result)
        #expect(plugins.map { $0["name"] as? String } == ["timeline", "trade", "visits", "stance", "general", "passage"])
        #expect(plugins.allSatisfy { $0["origin"] as? String == "built-in" })
        #expect(plugins.allSatisfy { !(($0["examples"] as? [String]) ?? []).isEmpty || $0["name"] as? String == "passage" })
    }

    @Test func evalWritesACaseARecordAndASummary() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let file = dossier.home.appendingPathComponent("cases.jsonl")
        try Data((#"{"id": "e1", "question": "When did Russia open its embassy?", "expect": "answered", "answer_contains": ["2007"], "cite_any": [], "plugin": "timeline"}"# + "\n").utf8).write(to: file)

        let result = try await dossier.run(["eval", "--json", file.path])

        let records = try objects(result)
        let cases = records.filter { $0["type"] as? String == "case" }
        #expect(cases.count == 1)
        #expect(cases.first?["passed"] as? Bool == true)
        let summary = try #require(records.last)
        #expect(summary["type"] as? String == "summary")
        #expect(summary["correct"] as? Int == 1)
        #expect(summary["total"] as? Int == 1)
    }

    @Test func evalRefusesNaNAsTheMinimumAccuracy() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let file = dossier.home.appendingPathComponent("cases.jsonl")
        try Data().write(to: file)

        let result = try await dossier.run(["eval", file.path, "--min-accuracy", "nan"])

        #expect(result.status == 64)
        #expect(result.errors.contains("0 to 100"))
    }

    @Test func checkEndsWithASummary() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["check", "--json"])
        let summary = try DossierProcess.object(try #require(result.lines.last))
        #expect(summary["type"] as? String == "summary")
        #expect(summary["problems"] as? Int == (result.status == 0 ? 0 : summary["problems"] as? Int))
        #expect(summary["quotes"] is Int)
    }

    @Test func ingestEscapesBidiAndC1CharactersOfAFileName() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let name = "note\u{202E}txt.\u{85}md.txt"
        let file = dossier.home.appendingPathComponent(name)
        try Data("Norland and Southland opened embassies in each other's capitals in 1990.\n".utf8).write(to: file)

        let result = try await dossier.run(["ingest", "--json", file.path])

        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.output.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{85}" })
        let record = try DossierProcess.object(try #require(result.lines.first))
        #expect(record["type"] as? String == "document")
        #expect((record["path"] as? String)?.hasSuffix(name) == true)
    }

    @Test func ingestReportsAnUnreadableFileAsAnErrorRecord() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ingest", "--json", "/nonexistent.txt"])
        #expect(result.status == 74)
        let record = try DossierProcess.object(try #require(result.lines.first))
        #expect(record["type"] as? String == "error")
        #expect(record["path"] as? String == "/nonexistent.txt")
        #expect(result.errors.split(separator: "\n").count == 1, "one line a person can act on: \(result.errors)")
        #expect(!result.errors.contains("Error Domain"))
    }

    @Test func anEscapeInAFileNameTakenForAnOptionIsNotPrintedRaw() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ingest", "a.txt", "-\u{1B}]0;PWNED\u{07}.txt"])
        #expect(result.status == 64)
        #expect(result.errors.contains("PWNED"))
        #expect(!result.stderr.contains(0x1B) && !result.stderr.contains(0x07))
    }
}
