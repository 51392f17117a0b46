public import DossierKit

/// Answers from the sentences of ingested documents when no fact does: the sentence that
/// holds every word, name and year of the question, quoted with its citation.
///
/// Its confidence comes from the same evidence as any answerer's (``Confidence/Evidence``):
/// the sentence's share of the question's terms and entities, its years, and a role fit of
/// ``Confidence/unreadRoles``, since nothing in a bare sentence says who acts. A sentence
/// that misses a word, a name or a year of the question, or lacks what its kind wants (a
/// figure for "how much"), falls under the threshold (shown by `:why`, never answered).
/// When a fact read from the same documents already matches the question at the threshold,
/// the sentence's roles have been read there, and the sentence counts as a partial match.
public struct PassageAnswerer: Answerer {
    public let name = "passage"
    public let version = "1.0"
    public let summary = "Quotes the sentence of an ingested document that answers a question no fact covers."
    public let exampleQuestions = ["Which country monopolises Russia's banana market?"]

    /// The role fit of a sentence holding most of the question, or whose roles a fact
    /// already reads: never enough to answer.
    static let partialRoles = 0.3

    /// Creates the answerer.
    public init() {}

    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        guard !question.terms.isEmpty, question.terms.count + question.entityIDs.count >= 2,
              let best = facts.passages(matching: question, limit: 1).first
        else { return [] }
        let complete = best.termCoverage >= 0.999 && best.entityCoverage >= 0.999 && best.yearsMatch
            && Self.fitsKind(question.kind, best.passage.text)
        guard complete || best.score >= 0.6 else { return [] }
        // Ranking the facts costs as much as an answerer's bid: only a full match needs it.
        let factScore = complete ? facts.relevant(to: question, limit: 1).first?.score ?? 0 : 0
        let read = complete && factScore < Confidence.threshold
        let evidence = read
            ? Confidence.Evidence(terms: best.termCoverage, entities: best.entityCoverage, roles: Confidence.unreadRoles)
            : Confidence.Evidence(terms: best.termCoverage, entities: best.entityCoverage, roles: Self.partialRoles)
        let confidence = evidence.confidence
        let passage = best.passage
        let answer = Answer(
            text: passage.text, citations: [passage.citation],
            interpretation: "sentence search: " + question.terms.joined(separator: " "))
        let reason = complete
            ? "the sentence holds every term, name and year of the question; best fact relevance \(Self.percent(factScore))"
            : "partial sentence match \(Self.percent(best.score)); missing: \(best.missingTerms.joined(separator: " "))"
        return [Bid(confidence: confidence, answer: answer, reason: reason, evidence: evidence)]
    }

    /// A "when" question wants a date in the sentence; "how much" and "how many" a figure.
    static func fitsKind(_ kind: QuestionKind, _ text: String) -> Bool {
        switch kind {
        case .when, .howMuch, .howMany, .howLong: text.contains(where: \.isNumber)
        default: true
        }
    }

    private static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
