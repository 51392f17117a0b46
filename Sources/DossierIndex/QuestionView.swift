public import DossierKit
import DossierLanguage

/// The fact index as seen while answering one question: every fact is scored against
/// that question once, and each answerer's `relevant(to:)` filters the shared ranking
/// instead of scoring every fact again.
public struct QuestionView: FactQuery {
    public let index: FactIndex
    public let question: Question
    /// Every fact that matches the question at all, best first.
    private let ranking: [FactMatch]

    public init(index: FactIndex, question: Question) {
        self.index = index
        self.question = question
        ranking = index.relevant(to: question, limit: Int.max, where: { _ in true })
    }

    public var sources: [Source] { index.sources }
    public var entities: [Entity] { index.entities }
    public var facts: [Fact] { index.facts }

    public func entity(_ id: String) -> Entity? { index.entity(id) }
    public func source(_ id: String) -> Source? { index.source(id) }
    public func facts(about entity: String) -> [Fact] { index.facts(about: entity) }
    public func fact(id: String) -> Fact? { index.fact(id: id) }
    public func facts(beginningIn years: ClosedRange<Int>) -> [Fact] { index.facts(beginningIn: years) }

    public func relevant(to question: Question, limit: Int, where include: (Fact) -> Bool) -> [FactMatch] {
        guard question == self.question else { return index.relevant(to: question, limit: limit, where: include) }
        var kept: [FactMatch] = []
        for match in ranking where include(match.fact) {
            kept.append(match)
            if kept.count == limit { break }
        }
        return kept
    }

    public func passages(matching question: Question, limit: Int) -> [PassageMatch] {
        index.passages(matching: question, limit: limit)
    }
}
