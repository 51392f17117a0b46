import DossierKit

/// The fact index as seen while answering one question: every fact is scored against
/// that question once, and each answerer's `relevant(to:)` filters the shared ranking
/// instead of scoring every fact again.
struct QuestionView: FactQuery {
    let index: FactIndex
    let question: Question
    /// Every fact that matches the question at all, best first.
    private let ranking: [FactMatch]

    init(index: FactIndex, question: Question) {
        self.index = index
        self.question = question
        ranking = index.relevant(to: question, limit: Int.max, where: { _ in true })
    }

    var sources: [Source] { index.sources }
    var entities: [Entity] { index.entities }
    var facts: [Fact] { index.facts }

    func entity(_ id: String) -> Entity? { index.entity(id) }
    func source(_ id: String) -> Source? { index.source(id) }
    func facts(about entity: String) -> [Fact] { index.facts(about: entity) }

    func relevant(to question: Question, limit: Int, where include: (Fact) -> Bool) -> [FactMatch] {
        guard question == self.question else { return index.relevant(to: question, limit: limit, where: include) }
        var kept: [FactMatch] = []
        for match in ranking where include(match.fact) {
            kept.append(match)
            if kept.count == limit { break }
        }
        return kept
    }

    func passages(matching question: Question, limit: Int) -> [PassageMatch] {
        index.passages(matching: question, limit: limit)
    }
}
