public import DossierKit
import DossierAnswering

/// Answers questions about cultural and educational ties: programmes, language courses,
/// universities and academic exchanges.
///
/// It bids only when the question speaks of culture, education, languages or
/// universities, and only from facts whose predicate lies in the `culture` or
/// `education` domain, so it cannot take a trade or visits question from the
/// specialists. A question about programmes gets every programme the best fact's
/// subject has backed, joined into one answer.
public struct CultureAnswerer: Answerer {
    /// `"culture"`, as records and `dossier plugins` show it.
    public let name = "culture"
    /// The answerer's version.
    public let version = "1.0"
    /// One line for `dossier plugins`.
    public let summary = "Cultural and educational ties: programmes, language courses, universities, academic exchanges."
    /// Questions it must win; `dossier eval` checks that it does.
    public let exampleQuestions = [
        "What cultural programs has Russia supported in Guatemala?",
        "Which Russian university has a branch in Guatemala?",
        "Has Russia backed Russian language courses in Guatemala?",
    ]

    /// Question terms (concepts of the analyzer's lexicon) that make a question a culture
    /// question; without one of them the answerer stays silent.
    static let cues: Set<String> = ["culture", "education", "language", "university"]

    /// The predicate domains it answers from; the general answerer leaves them to it.
    public let domains: Set<String> = ["culture", "education"]

    private var selector: FactSelector { FactSelector(domains: domains) }

    /// Creates the answerer.
    public init() {}

    /// A programme listing when the question asks for programmes, otherwise the best
    /// culture or education fact.
    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        guard question.terms.contains(where: Self.cues.contains) else { return [] }
        let ranked = selector.rankedMatches(for: question, in: facts)
        guard let best = ranked.first, best.confidence > 0.05 else { return [] }
        let confidence = best.confidence
        if let listing = ProgrammeListing(question: question, ranked: ranked.map(\.match)) {
            let answer = Answer(text: listing.text, facts: listing.facts, interpretation: "programmes backed by \(facts.name(of: best.match.fact.subject))")
            return [Bid(confidence: confidence, answer: answer, reason: "programme listing; " + FactSelector.reason(best.match, fit: best.fit))]
        }
        guard let single = selector.bid(for: question, in: facts) else { return [] }
        return [Bid(confidence: confidence, answer: single.answer, reason: single.reason)]
    }
}
