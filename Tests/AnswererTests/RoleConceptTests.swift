import DossierAnswering
import DossierEngine
import DossierKit
import DossierTesting
import Testing

/// Roles an answerer says its questions ask for by a concept reach the index, which then
/// matches that concept against every fact filling the role.
struct RoleConceptTests {
    /// Answers talks facts, declaring the role concepts it is given.
    struct Talks: Answerer {
        let name = "talks"
        let domains: Set<String> = ["talks"]
        let roleConcepts: [String: String]

        func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
            FactSelector(domains: domains).bid(for: question, in: facts).map { [$0] } ?? []
        }
    }

    static let talks = Fact(
        id: "marrow-quirera-talks", subject: "ilsa-marrow", predicate: "talks", object: "tomas-quirera",
        qualifiers: ["topic": "fishing quotas"], time: TimeValue("2012"),
        statement: "Ilsa Marrow and Tomás Quirera held talks on fishing quotas in 2012.",
        keywords: "talks", citations: [TestDossier.cite(paragraph: 14)])

    private func bids(for fact: Fact = talks, roleConcepts: [String: String]) async throws -> [PluginBid] {
        let dossier = try TestDossier(entities: Fixtures.entities, facts: [fact], answerers: [Talks(roleConcepts: roleConcepts)])
        return await dossier.ask("What did Marrow and Quirera discuss?").bids
    }

    @Test func aDeclaredRoleConceptMatchesTheFactsFillingTheRole() async throws {
        // The fact's words do not say "discuss": only its topic answers the question.
        let declared = try #require(try await bids(roleConcepts: ["topic": "discuss"]).first)
        #expect(!declared.bid.reason.contains("missing: discuss"))
        #expect(declared.bid.confidence >= Confidence.threshold)
        #expect(try await bids(roleConcepts: [:]).isEmpty)
    }

    @Test func aFactThatLeavesTheRoleEmptyGetsNoConcept() async throws {
        var untopical = Self.talks
        untopical.qualifiers = [:]
        #expect(try await bids(for: untopical, roleConcepts: ["topic": "discuss"]).isEmpty)
    }

    @Test func theEngineJoinsEveryAnswerersRoleConcepts() {
        let joined = QuestionEngine.roleConcepts(of: [
            Talks(roleConcepts: ["topic": "discuss", "reason": "reason"]), Talks(roleConcepts: ["topic": "agenda"]),
        ])
        #expect(joined == ["topic": ["discuss", "agenda"], "reason": ["reason"]])
    }
}
