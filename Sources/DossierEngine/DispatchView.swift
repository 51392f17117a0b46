import DossierKit

/// The store as answerers see it during one dispatch: the same facts, plus the domains
/// every registered answerer declares.
struct DispatchView: FactQuery {
    let base: any FactQuery
    let claimedDomains: Set<String>

    var sources: [Source] { base.sources }
    var entities: [Entity] { base.entities }
    var facts: [Fact] { base.facts }
    func entity(_ id: String) -> Entity? { base.entity(id) }
    func source(_ id: String) -> Source? { base.source(id) }
    func facts(about entity: String) -> [Fact] { base.facts(about: entity) }
    func fact(id: String) -> Fact? { base.fact(id: id) }
    func facts(beginningIn years: ClosedRange<Int>) -> [Fact] { base.facts(beginningIn: years) }
    func relevant(to question: Question, limit: Int, where include: (Fact) -> Bool) -> [FactMatch] {
        base.relevant(to: question, limit: limit, where: include)
    }

    func relevant(to question: Question, limit: Int, in domains: DomainFilter, where include: (Fact) -> Bool) -> [FactMatch] {
        base.relevant(to: question, limit: limit, in: domains, where: include)
    }
    func passages(matching question: Question, limit: Int) -> [PassageMatch] { base.passages(matching: question, limit: limit) }
    func holdsParagraph(source: String, section: String, paragraph: Int) -> Bool {
        base.holdsParagraph(source: source, section: section, paragraph: paragraph)
    }
}
