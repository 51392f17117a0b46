import DossierKit
import DossierTesting

/// Facts written for these tests, in the shape of the bundled fact pack: two countries,
/// one university, the programmes, and one fact from another domain that the culture
/// answerer must leave alone.
enum CultureFixtures {
    static let entities = [
        Entity(id: "russia", name: "Russia", kind: "country", aliases: ["Russian Federation", "Russian"]),
        Entity(id: "guatemala", name: "Guatemala", kind: "country", aliases: ["Guatemalan"]),
        Entity(id: "rsuh", name: "Russian State University for the Humanities", kind: "organization", aliases: ["RSUH"]),
    ]

    static let facts = [
        Fact(
            id: "programmes", subject: "russia", predicate: "culture", object: "guatemala",
            statement: "Russia has said it wants to back cultural and educational programmes in Guatemala.",
            keywords: "support programs programmes culture education", citations: [TestDossier.cite(paragraph: 1)]),
        Fact(
            id: "language-courses", subject: "russia", predicate: "education", object: "guatemala",
            statement: "Among those programmes are Russian language courses.",
            keywords: "language courses classes learning teaching cultural programs support",
            citations: [TestDossier.cite(paragraph: 1)]),
        Fact(
            id: "academic-exchanges", subject: "russia", predicate: "education", object: "guatemala",
            statement: "Among those programmes are academic exchanges for students and scholars.",
            keywords: "academic exchange students scholars universities programs support",
            citations: [TestDossier.cite(paragraph: 2)]),
        Fact(
            id: "university-branch", subject: "rsuh", predicate: "education", object: "guatemala", entities: ["russia"],
            statement: "The Russian State University for the Humanities runs a branch in Guatemala.",
            keywords: "university campus branch school", citations: [TestDossier.cite(paragraph: 3)]),
        Fact(
            id: "embassy", subject: "russia", predicate: "embassy.opened", object: "guatemala", time: TimeValue("2007"),
            statement: "In 2007 Russia set up its own embassy in Guatemala City.",
            keywords: "embassy open", citations: [TestDossier.cite(paragraph: 4)]),
    ]
}
