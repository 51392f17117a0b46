import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// A claim answers only when every entity of the question fits its role, the time fits
/// and the predicate class fits: the right names in the wrong pairing, year or place
/// stay unknown.
struct ClaimAbstentionTests {
    @Test(arguments: [
        "When did Tomás Quirera arrive in Estavia?",  // another person in the visitor's role
        "When did Ilsa Marrow arrive in Norland?",  // another country
        "When did Ilsa Marrow arrive in Estavia in 2019?",  // another year
        "Whom did Marrow meet in Varnhal?",  // another place
        "When did Estavia condemn Norland?",  // the roles reversed
    ])
    func staysUnknown(question: String) async throws {
        let answer = try await ClaimFixtures.makeDossier().ask(question)
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }
}
