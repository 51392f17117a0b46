import DossierEngine
import DossierExternal
import DossierKit
import DossierTesting
import Foundation
import Testing
import DossierOutput

/// A well-behaved plugin: handshake, requests carrying the analysis and facts, and bids
/// whose citations are resolved against the store.
struct ExternalAnswererTests {
    @Test func handshakeGivesTheManifest() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let path = try scripts.write("echo", body: Reply.firstFact())

        let plugin = try await ExternalAnswerer(path: path, report: { _ in })

        #expect(plugin.name == "echo")
        #expect(plugin.version == "0.1")
        #expect(plugin.exampleQuestions == ["what does the echo plugin say?"])
        #expect(plugin.manifest.predicates == ["culture"])
    }

    @Test func bidCitingAFactIDTakesThatFactsCitations() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let plugin = try await ExternalAnswerer(path: try scripts.write("echo", body: Reply.firstFact()), report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let answer = await dossier.ask("Does Russia back language courses in Guatemala?")

        #expect(answer.plugin == "echo")
        #expect(answer.answer == "Russia backs Russian language courses in Guatemala.")
        #expect(answer.record.citations.first?.source == "fixture")
        #expect(answer.record.citations.first?.title == "Fixture notes")
    }

    @Test func requestCarriesTheAnalysisAndTheRelevantFacts() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let body = """
        q = msg["question"]
        text = "|".join([q["kind"], ",".join(e["id"] for e in q["entities"]), str(q["time"]["from"]), ",".join(f["id"] for f in msg["facts"])])
        send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.9, "answer": text,
              "citations": [{"source": "fixture", "section": "Notes", "paragraph": 2}]}]})
        """
        let plugin = try await ExternalAnswerer(path: try scripts.write("probe", body: body), report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let answer = await dossier.ask("When did Russia open an embassy in Guatemala after 2000?")

        let parts = answer.answer.split(separator: "|").map(String.init)
        #expect(parts.count == 4)
        #expect(parts.first == "when")
        #expect(parts.dropFirst().first == "russia,guatemala")
        #expect(parts.dropFirst(2).first == "2001")
        #expect(parts.last?.contains("russia-embassy-2007") == true)
        #expect(answer.record.citations.first?.locator == "Notes, paragraph 2")
    }

    @Test func errorMessageFromThePluginIsAFailureNotAnAnswer() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let body = #"send({"type": "error", "id": msg["id"], "message": "no idea"})"#
        let plugin = try await ExternalAnswerer(path: try scripts.write("shrug", body: body), report: { _ in })
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        let answer = await dossier.ask("Does Russia back language courses in Guatemala?")

        #expect(answer.plugin == "steady")
        #expect(answer.dispatch?.failures.first?.message.contains("no idea") == true)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func pluginInheritsOnlyItsStandardStreams() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let body = """
        import os
        fds = sorted(int(fd) for fd in os.listdir("/proc/self/fd"))
        send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.9, "answer": " ".join(map(str, fds)),
              "citations": [{"source": "fixture", "section": "Notes", "paragraph": 1}]}]})
        """
        let plugin = try await ExternalAnswerer(path: try scripts.write("fds", body: body), report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let answer = await dossier.ask("Does Russia back language courses in Guatemala?")

        // 0, 1 and 2, plus the descriptor listdir itself opens.
        #expect(answer.answer.split(separator: " ").count <= 4, "\(answer.answer)")
    }
}
