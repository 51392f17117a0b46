import DossierKit
import DossierOutput
import DossierTesting

/// A small store for the plugin tests, and a Swift answerer that always bids, so a test
/// can show the question is still answered when a plugin fails.
enum Fixtures {
    static let entities = [
        Entity(id: "russia", name: "Russia", kind: "country", aliases: ["Russian"]),
        Entity(id: "guatemala", name: "Guatemala", kind: "country", aliases: ["Guatemalan"]),
    ]

    static let facts = [
        Fact(
            id: "russia-language-courses", subject: "russia", predicate: "education", object: "guatemala",
            statement: "Russia backs Russian language courses in Guatemala.",
            keywords: "language courses classes teaching", citations: [TestDossier.cite(paragraph: 1)]),
        Fact(
            id: "russia-embassy-2007", subject: "russia", predicate: "embassy.opened", object: "guatemala",
            time: TimeValue("2007"), statement: "Russia opened an embassy in Guatemala in 2007.",
            keywords: "embassy open", citations: [TestDossier.cite(paragraph: 2)]),
    ]

    /// The dispatch budget is as generous as the plugin limits of these tests: a loaded
    /// machine starts a Python plugin slowly, and the plugin layer's own timeouts are tested.
    static func dossier(_ answerers: [any Answerer]) throws -> TestDossier {
        try TestDossier(entities: entities, facts: facts, answerers: answerers, budget: .seconds(120))
    }
}

/// Bids 0.7 on every question with the embassy fact.
struct SteadyAnswerer: Answerer {
    let name = "steady"

    func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        guard let fact = facts.facts.first(where: { $0.id == "russia-embassy-2007" }) else { return [] }
        return [Bid(confidence: 0.7, answer: Answer(stating: fact), reason: "always bids")]
    }
}
