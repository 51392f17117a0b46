import Foundation
import Testing

/// `dossier ask "QUESTION"`, run as the built binary.
struct AskExecutableTests {
    @Test func answersOneQuestionFromTheArguments() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ask", "when did Russia open its embassy?"])
        #expect(result.status == 0)
        #expect(result.lines.first?.contains("2007") == true)
        #expect(result.lines.dropFirst().first?.contains("[1]") == true)
    }

    @Test func joinsSeveralWordsIntoOneQuestion() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ask", "--json", "when", "did", "Russia", "open", "its", "embassy?"])
        let json = try DossierProcess.object(try #require(result.lines.first))
        #expect(json["question"] as? String == "when did Russia open its embassy?")
        #expect(json["status"] as? String == "answered")
        #expect(result.lines.count == 1)
    }

    @Test func exitsWith1WhenTheAnswerIsUnknown() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ask", "--json", "What is the population of Guatemala?"])
        #expect(result.status == 1)
        #expect(try DossierProcess.object(try #require(result.lines.first))["status"] as? String == "unknown")
    }

    @Test func createsTheStoreUnderXDGDataHome() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        _ = try await dossier.run(["ask", "when did Russia open its embassy?"])
        #expect(FileManager.default.fileExists(atPath: dossier.storePath))
    }
}
