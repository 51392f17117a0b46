public import DossierKit
import DossierStore
import Foundation
public import DossierLanguage

/// The facts of a store held in memory and ranked against questions: the ``FactQuery``
/// every answerer reads.
///
/// Built once from the store's contents; each fact is read into terms and entities with
/// the same ``TextReader`` as questions, and terms are weighted by rarity, so a word only
/// one fact uses counts for more than "relations".
public struct FactIndex: FactQuery {
    public let sources: [Source]
    public let entities: [Entity]
    /// Every fact, in the store's order; an index opened from a stored image reads them
    /// from the store the first time this is asked for (see ``factCount``).
    public var facts: [Fact] { shelf.all }
    /// How many facts the index holds, without reading them.
    public var factCount: Int { shelf.count }
    /// The reader that reads facts; questions read with it compare term for term.
    public let reader: TextReader

    private let entityByID: [String: Entity]
    private let sourceByID: [String: Source]
    private let postings: FactPostings
    let traits: FactTraits
    let shelf: Shelf<Fact>
    /// The store facts and sentences are read from as questions reach them; nil when the
    /// index holds them all.
    let store: FactStore?
    private let weights: TermWeights
    /// The terms and entity ids of every fact, interned, and the profiles as ids of it.
    private let table: InternTable
    private let profiles: ProfileColumns
    private let graph: EntityGraph
    let passageIndex: PassageIndex
    let lookups = IndexLookups()
    /// Damage found in the reading image the index reads in place; nil when made from texts.
    private let imageDamage: ImageDamage?
    /// The word counts of the facts' and sentences' texts as the store keeps them, when an
    /// index of a store has them complete (``vocabulary()``); nil reads the texts.
    var storedWordCounts: (@Sendable () -> [String: Int]?)?

    /// Indexes facts, entities and sources. `roleConcepts` maps a role of the fact model to
    /// the concepts a question asks for it with (``Answerer/roleConcepts``, joined over the
    /// answerers): a fact filling the role carries those concepts as stated terms.
    public init(
        facts: [Fact], entities: [Entity], sources: [Source], passages: [Passage] = [], lexicon: Lexicon = .bundled,
        roleConcepts: [String: Set<String>] = [:]
    ) {
        let reader = TextReader(lexicon: lexicon, matcher: EntityMatcher(entities: entities))
        let roleTerms = Self.roleTerms(roleConcepts, lexicon: lexicon)
        let chains = Self.placeChains(entities)
        var table = InternTable()
        let interned = zip(facts, facts.map { FactProfile(fact: $0, reader: reader, roleTerms: roleTerms) }).map { fact, read in
            var profile = read
            profile.ancestors = Set(profile.entities.flatMap { chains[$0] ?? [] })
            return ProfileDraft(profile: profile, fact: fact, table: &table)
        }
        self.init(
            shelf: Shelf(holding: facts), store: nil, entities: entities, sources: sources, passages: Shelf(holding: passages),
            reader: reader,
            readings: InternedReadings(
                table: table, facts: ProfileColumns(interned), keys: FactTraits.Keys(facts: facts), rowIDs: [],
                passages: PassageIndex.Readings(passages.map { PassageIndex.Profile(passage: $0, reader: reader) }, of: passages),
                passageIDs: []))
    }

    /// Indexes facts and passages already read with `reader` (`readings`, in their order),
    /// the facts on `shelf`.
    init(
        shelf: Shelf<Fact>, store: FactStore?, entities: [Entity], sources: [Source], passages: Shelf<Passage>, reader: TextReader,
        readings: InternedReadings
    ) {
        self.shelf = shelf
        self.store = store
        self.entities = entities
        self.sources = sources
        self.reader = reader
        let lexicon = reader.lexicon
        entityByID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourceByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let people = Set(entities.filter(\.isPerson).map(\.id))
        let personParents = Dictionary(
            entities.compactMap { entity in entity.partOf.flatMap { entity.isPerson ? (entity.id, $0) : nil } },
            uniquingKeysWith: { first, _ in first })
        var table = readings.table
        profiles = readings.facts
        graph = EntityGraph(parents: Self.placeChains(entities), personParents: personParents, people: people, table: &table)
        self.table = table
        postings = readings.postings
        traits = FactTraits(keys: readings.keys, profiles: profiles, predicates: readings.predicates)
        weights = TermWeights(postings: postings, table: table, generic: lexicon.generic)
        passageIndex = PassageIndex(passages: passages, readings: readings.passages, generic: lexicon.generic)
        imageDamage = readings.damage
    }

    /// What was found damaged in the reading image this index reads from, once: the first
    /// call after damage is found says so (and that the image was removed, to be made again
    /// by the next process); every other call gives nil.
    public func takeImageDamageReport() -> String? { imageDamage?.takeReport() }

    /// Each place to the places it lies in, nearest first (a person's country is an
    /// affiliation, kept apart, so only places count): what a fact's entities add as the
    /// places it lies in.
    static func placeChains(_ entities: [Entity]) -> [String: [String]] {
        let entityByID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let partOf = entityByID.filter { !$0.value.isPerson }.compactMapValues(\.partOf)
        return partOf.mapValues { first in
            var chain = [first]
            while let next = partOf[chain.last!], !chain.contains(next), chain.count < 8 { chain.append(next) }
            return chain
        }
    }

    /// Role to the terms a question asks for it with.
    static func roleTerms(_ roleConcepts: [String: Set<String>], lexicon: Lexicon) -> [String: Set<String>] {
        roleConcepts.mapValues { Set($0.map(lexicon.term(for:))) }
    }

    public func entity(_ id: String) -> Entity? { entityByID[id] }

    public func source(_ id: String) -> Source? { sourceByID[id] }

    public func facts(about entity: String) -> [Fact] {
        guard let id = table.id(of: entity) else { return [] }
        return shelf.values(at: postings.facts(naming: id).map(Int.init))
    }

    public func passages(matching question: Question, limit: Int) -> [PassageMatch] {
        passageIndex.matches(for: question, limit: limit)
    }

    /// The facts matching the question as it reads, best first. One reading only: an
    /// answerer that reads a question several ways ranks each (DossierAnswering's
    /// `FactSelector` keeps the best per fact).
    public func relevant(to question: Question, limit: Int, where include: (Fact) -> Bool) -> [FactMatch] {
        ranking(for: question).top(limit, in: .every, where: include)
    }

    /// The facts of the domains `domains` admits matching the question, best first; only
    /// those facts are scored.
    public func relevant(to question: Question, limit: Int, in domains: DomainFilter, where include: (Fact) -> Bool) -> [FactMatch] {
        ranking(for: question).top(limit, in: domains, where: include)
    }

    /// The question's matches, to be scored as they are asked for: only the facts that
    /// share a term with the question or cover one of its entities, best bound first
    /// (every other fact would score nothing).
    func ranking(for question: Question) -> FactRanking {
        let scorer = RelevanceScorer(
            question: question, weights: weights, table: table, graph: graph, symmetric: reader.lexicon.symmetric)
        let idRanks = traits.idRanks
        // Facts read from the store are read a batch at a time: those of the next
        // candidates that will match.
        var readAhead: (@Sendable ([Int32]) -> Void)?
        if !shelf.isHeld {
            readAhead = { [shelf, profiles, traits] positions in
                // Only facts not read yet are scored for reading: once a store's facts are
                // all read, reading ahead costs a lookup a candidate.
                let matching = shelf.unread(positions.map { Int($0) }).filter { position in
                    scorer.matches(profile: profiles[position], years: traits.years[position])
                }
                if !matching.isEmpty { shelf.readAhead(matching) }
            }
        }
        return FactRanking(
            bounds: ScoreBounds(scorer: scorer, postings: postings, traits: traits, idRanks: idRanks), traits: traits,
            readAhead: readAhead
        ) { [shelf, profiles, traits] position in
            scorer.match(profile: profiles[Int(position)], years: traits.years[Int(position)]) { shelf.value(at: Int(position)) }
        }
    }
}

/// Rarity weights of terms over all facts: inverse document frequency, with generic
/// concepts ("happen", "relation") counted lightly and unknown words heaviest.
struct TermWeights: Sendable {
    /// By id of the index's table; nil for an id no fact carries as a term.
    private let weight: [Double?]
    private let table: InternTable
    private let generic: Set<String>
    let unknown: Double

    init(postings: FactPostings, table: InternTable, generic: Set<String>) {
        // A fact's terms do not repeat, so a term's postings are the facts carrying it.
        let count = Double(max(postings.factCount, 1))
        var weight: [Double?] = (0..<table.count).map { id in
            let facts = postings.factCount(carrying: Int32(id))
            return facts > 0 ? log((count + 1) / (Double(facts) + 0.5)) : nil
        }
        var genericWeight: Set<String> = []
        for term in generic {
            if let id = table.id(of: term), let known = weight[Int(id)] {
                weight[Int(id)] = known * RelevanceWeights.genericTermShare
            } else {
                genericWeight.insert(term)
            }
        }
        self.weight = weight
        self.table = table
        self.generic = generic
        unknown = log((count + 1) / 0.5)
        unweightedGeneric = genericWeight
    }

    /// Generic concepts no fact carries: they weigh a generic share of 1.
    private let unweightedGeneric: Set<String>

    func callAsFunction(_ term: String) -> Double {
        if let id = table.id(of: term), Int(id) < weight.count, let known = weight[Int(id)] { return known }
        return unweightedGeneric.contains(term) ? RelevanceWeights.genericTermShare : unknown
    }

    func isGeneric(_ term: String) -> Bool { generic.contains(term) }
}

extension FactIndex {
    /// Every fact scored against the question and sorted, without postings or bounds: the
    /// reference ``relevant(to:limit:where:)`` must agree with (its tests compare them).
    func exhaustiveMatches(for question: Question) -> [FactMatch] {
        let scorer = RelevanceScorer(
            question: question, weights: weights, table: table, graph: graph, symmetric: reader.lexicon.symmetric)
        let facts = facts
        return (0..<profiles.count).compactMap { position in
            scorer.match(profile: profiles[position], years: traits.years[position]) { facts[position] }
        }.sorted(by: FactRanking.precedes)
    }
}
