public import DossierKit
import DossierLanguage
import Synchronization

/// The fact index as seen while answering one question: each reading of the question the
/// answerers rank facts against is scored lazily once (``FactRanking``), and every
/// answerer's `relevant(to:)` takes what it needs of that shared ranking instead of
/// scoring the facts again.
public struct QuestionView: FactQuery {
    public let index: FactIndex
    public let question: Question
    /// The rankings made so far, by the question read.
    private let rankings = Rankings()

    /// Ranks the question as read at once: every answerer asks for it first.
    public init(index: FactIndex, question: Question) {
        self.index = index
        self.question = question
        let literal = index.ranking(for: question)
        rankings.made.withLock { $0[question] = literal }
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
        relevant(to: question, limit: limit, in: .every, where: include)
    }

    public func relevant(to question: Question, limit: Int, in domains: DomainFilter, where include: (Fact) -> Bool) -> [FactMatch] {
        // Made outside the lock, so answerers asking for other readings rank side by side.
        let ranking = rankings.made.withLock { $0[question] } ?? {
            let made = index.ranking(for: question)
            return rankings.made.withLock { rankings in
                if let first = rankings[question] { return first }
                rankings[question] = made
                return made
            }
        }()
        return ranking.top(limit, in: domains, where: include)
    }

    public func passages(matching question: Question, limit: Int) -> [PassageMatch] {
        index.passages(matching: question, limit: limit)
    }
}

/// The rankings a ``QuestionView`` has made, by the question read.
private final class Rankings: Sendable {
    let made = Mutex<[Question: FactRanking]>([:])
}
