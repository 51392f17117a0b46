/// A read-only view of the fact store, the way answerers see it.
public protocol FactQuery: Sendable {
    /// Every source the store knows.
    var sources: [Source] { get }
    /// Every entity the store knows.
    var entities: [Entity] { get }
    /// Every fact, in a stable order.
    var facts: [Fact] { get }

    /// The entity with this id, if any.
    func entity(_ id: String) -> Entity?
    /// The source with this id, if any.
    func source(_ id: String) -> Source?
    /// Facts that involve the entity (as subject, object or otherwise).
    func facts(about entity: String) -> [Fact]
    /// Facts ranked by how well they match the question, best first, keeping only those
    /// `include` accepts and that share at least one term or entity with the question.
    func relevant(to question: Question, limit: Int, where include: (Fact) -> Bool) -> [FactMatch]
    /// ``relevant(to:limit:where:)`` keeping only the facts of the domains `domains` admits:
    /// a store that ranks facts by domain ranks only those (the default filters the ranking
    /// of every fact).
    func relevant(to question: Question, limit: Int, in domains: DomainFilter, where include: (Fact) -> Bool) -> [FactMatch]
    /// Sentences of ingested documents ranked by how well they match the question, best
    /// first; only those sharing at least one term or entity with it. Empty when no
    /// document has been ingested (the default).
    func passages(matching question: Question, limit: Int) -> [PassageMatch]
    /// True when the store holds this paragraph of this section of the source; plugins'
    /// citations by place are checked with it.
    func holdsParagraph(source: String, section: String, paragraph: Int) -> Bool
    /// The domains the registered answerers declare (``Answerer/domains``); empty when
    /// the view is not being read through a dispatcher (the default).
    var claimedDomains: Set<String> { get }
    /// The fact with this id, if any (the default looks through ``facts``).
    func fact(id: String) -> Fact?
    /// Dated facts whose time begins in one of the years, in ``facts`` order (the default
    /// looks through them all).
    func facts(beginningIn years: ClosedRange<Int>) -> [Fact]
}

extension FactQuery {
    /// No claimed domains: a view read outside a dispatch.
    public var claimedDomains: Set<String> { [] }

    /// The first of ``facts`` with this id.
    public func fact(id: String) -> Fact? { facts.first { $0.id == id } }

    /// Every one of ``facts`` whose time has a first year inside `years`.
    public func facts(beginningIn years: ClosedRange<Int>) -> [Fact] {
        facts.filter { $0.time?.from.map(years.contains) == true }
    }

    /// The ranking of every fact, filtered by domain.
    public func relevant(to question: Question, limit: Int, in domains: DomainFilter, where include: (Fact) -> Bool) -> [FactMatch] {
        relevant(to: question, limit: limit, where: { domains.admits($0) && include($0) })
    }

    /// No passages: a view of the store without ingested documents.
    public func passages(matching question: Question, limit: Int) -> [PassageMatch] { [] }

    /// Facts ranked by how well they match the question, best first.
    public func relevant(to question: Question, limit: Int = 10) -> [FactMatch] {
        relevant(to: question, limit: limit, where: { _ in true })
    }

    /// The entity's display name, or the id when the store does not know it.
    public func name(of entityID: String) -> String { entity(entityID)?.name ?? entityID }

    /// Dated facts whose time overlaps the years, oldest first.
    public func dated(in years: ClosedRange<Int>) -> [Fact] {
        facts.filter { $0.time?.overlaps(years) == true }.sorted { $0.time! < $1.time! }
    }
}

extension FactQuery {
    /// True when the store holds paragraph `paragraph` of section `section` of `source`:
    /// the source lists the section and a stored fact cites that paragraph. A store with
    /// the documents' sentences (``FactIndex``) also knows the paragraphs no fact cites.
    public func holdsParagraph(source: String, section: String, paragraph: Int) -> Bool {
        guard paragraph >= 1, let stored = self.source(source), stored.sections.contains(section) else { return false }
        return facts.contains { fact in
            fact.citations.contains { $0.source == source && $0.section == section && $0.paragraph == paragraph }
        }
    }
}
