import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// An act its sentence presents as the response to an event is a stance taken: the stance
/// answerer gives it to a question asking what someone did in response, while the
/// answerer of its domain keeps questions about when it happened.
struct ReactionReadingTests {
    @Test(arguments: [
        "What step did Norland take after the border clash?",
        "How did Norland respond to the border clash?",
    ])
    func answersWhatWasDoneInResponse(question: String) async throws {
        let answer = try await ClaimFixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "stance")
        #expect(answer.answer.hasPrefix("Norland closed its embassy in Pellor, Estavia in August 2016."))
    }

    @Test func leavesTheDateOfTheActToItsDomain() async throws {
        let answer = try await ClaimFixtures.makeDossier().ask("When did Norland close its embassy in Pellor?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "timeline")
    }

    @Test(arguments: [
        "What step did Estavia take after the border clash?",  // another actor
        "What step did Norland take after the border clash in 2019?",  // another year
    ])
    func staysUnknownWhenTheReactionIsSomeoneElses(question: String) async throws {
        let answer = try await ClaimFixtures.makeDossier().ask(question)
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }
}
