import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// A question's misspelt words are read as the store's words one edit away; words spelt
/// right are read as written, even when a store word lies one edit from them.
struct MisspeltQuestionTests {
    @Test(arguments: [
        "When did Estavia open its embasy in Varnhal?",
        "When did Estavia open its embassy in Varnhall?",
        "When did Estavia open its embsasy in Varnhal?",
    ])
    func aWordOneEditFromTheStoresIsReadAsIt(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "timeline")
        #expect(answer.answer.contains("1978"))
    }

    @Test func aMisspeltWordReadsLikeTheWordItMeant() throws {
        let dossier = try Fixtures.makeDossier()
        let misspelt = dossier.analyze("Where did Norland open an embasy?")
        #expect(misspelt.terms == dossier.analyze("Where did Norland open an embassy?").terms)
        #expect(misspelt.terms != QuestionAnalyzer(entities: Fixtures.entities).analyze("Where did Norland open an embasy?").terms)
    }

    /// "teacher" is one letter from the store's "teaches" but an English word; "timbers" is
    /// a form of the store's "timber": both stay as written.
    @Test(arguments: ["Which teacher did Norland send to Pellor?", "Did Norland sell timbers?"])
    func aCorrectlySpeltWordIsLeftAlone(question: String) throws {
        let asWritten = QuestionAnalyzer(entities: Fixtures.entities).analyze(question)
        let read = try Fixtures.makeDossier().analyze(question)
        #expect(!asWritten.terms.isEmpty)
        #expect(read.terms == asWritten.terms)
    }
}
