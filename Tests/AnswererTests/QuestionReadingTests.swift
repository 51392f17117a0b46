import DossierAnswering
import DossierEngine
import DossierKit
import DossierTesting
import Testing

/// FactSelector ranks several readings of one question and keeps each fact's best.
struct QuestionReadingTests {
    /// Answers trade facts, reading "A imports from B" also as "B exports to A" at `weight`.
    struct ConverseTrade: Answerer {
        let name = "converse"
        let domains: Set<String> = ["trade"]
        let weight: Double?

        func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
            var selector = FactSelector(domains: domains)
            if let weight {
                selector.alternativeReadings = { question in
                    guard question.entities.count == 2 else { return [] }
                    var swapped = question
                    swapped.terms = question.terms.map { ["import": "export", "export": "import"][$0] ?? $0 }
                    swapped.entities.reverse()
                    swapped.leadEntities = [swapped.entities[0].entity]
                    return [QuestionReading(swapped, weight: weight)]
                }
            }
            return selector.bid(for: question, in: facts).map { [$0] } ?? []
        }
    }

    private func bid(weight: Double?, _ question: String = "What does Estavia import from Norland?") async throws -> PluginBid? {
        let dossier = try TestDossier(entities: Fixtures.entities, facts: Fixtures.facts, answerers: [ConverseTrade(weight: weight)])
        return await dossier.ask(question).bids.first
    }

    @Test func aFactStatedTheOtherWayAnswersThroughTheOtherReading() async throws {
        let read = try #require(try await bid(weight: 1))
        #expect(read.bid.answer.text.contains("timber"))
        #expect(read.bid.confidence >= Confidence.threshold)
        let literal = try await bid(weight: nil)
        #expect((literal?.bid.confidence ?? 0) < read.bid.confidence)
    }

    @Test func aReadingsWeightScalesWhatItsMatchesAreWorth() async throws {
        let half = try #require(try await bid(weight: 0.5))
        let quarter = try #require(try await bid(weight: 0.25))
        #expect(half.bid.answer.text.contains("timber"))
        #expect(abs(quarter.bid.confidence * 2 - half.bid.confidence) < 1e-9)
    }

    @Test func eachFactKeepsItsBestReading() async throws {
        // Asked as the facts state it, the other reading (at full weight, but a worse
        // match) does not lower or replace the literal one.
        let asked = "What does Norland export to Estavia?"
        let withReading = try #require(try await bid(weight: 1, asked))
        let withoutReading = try #require(try await bid(weight: nil, asked))
        #expect(withReading.bid.answer.text.contains("timber"))
        #expect(withReading.bid.confidence == withoutReading.bid.confidence)
        #expect(withReading.bid.answer.text == withoutReading.bid.answer.text)
    }
}
