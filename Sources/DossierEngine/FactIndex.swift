public import DossierKit
import Foundation

/// The facts of a store held in memory and ranked against questions: the ``FactQuery``
/// every answerer reads.
///
/// Built once from the store's contents; each fact is read into terms and entities with
/// the same ``TextReader`` as questions, and terms are weighted by rarity, so a word only
/// one fact uses counts for more than "relations".
public struct FactIndex: FactQuery {
    public let sources: [Source]
    public let entities: [Entity]
    public let facts: [Fact]
    /// The analyzer that reads questions the way this index reads facts.
    public let analyzer: QuestionAnalyzer

    private let entityByID: [String: Entity]
    private let sourceByID: [String: Source]
    private let profiles: [FactProfile]
    private let factsByEntity: [String: [Int]]
    private let weights: TermWeights
    private let parents: [String: String]

    /// Indexes facts, entities and sources.
    public init(facts: [Fact], entities: [Entity], sources: [Source], lexicon: Lexicon = .bundled) {
        self.facts = facts
        self.entities = entities
        self.sources = sources
        analyzer = QuestionAnalyzer(entities: entities, lexicon: lexicon)
        entityByID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourceByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reader = analyzer.reader
        let parents = entityByID.compactMapValues(\.partOf)
        self.parents = parents
        let profiles = facts.map { FactProfile(fact: $0, reader: reader) }
        self.profiles = profiles
        var byEntity: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for entity in profile.entities { byEntity[entity, default: []].append(index) }
        }
        factsByEntity = byEntity
        weights = TermWeights(profiles: profiles, generic: lexicon.generic)
    }

    public func entity(_ id: String) -> Entity? { entityByID[id] }

    public func source(_ id: String) -> Source? { sourceByID[id] }

    public func facts(about entity: String) -> [Fact] {
        (factsByEntity[entity] ?? []).map { facts[$0] }
    }

    public func relevant(to question: Question, limit: Int, where include: (Fact) -> Bool) -> [FactMatch] {
        let scorer = RelevanceScorer(question: question, weights: weights, parents: parents)
        var matches: [FactMatch] = []
        for (index, fact) in facts.enumerated() where include(fact) {
            if let match = scorer.match(fact, profile: profiles[index]) { matches.append(match) }
        }
        matches.sort { $0.score > $1.score || ($0.score == $1.score && $0.fact.id < $1.fact.id) }
        return Array(matches.prefix(limit))
    }
}

/// A fact as the index reads it: its terms and every entity it involves or names.
struct FactProfile: Sendable {
    var terms: Set<String>
    var entities: Set<String>

    init(fact: Fact, reader: TextReader) {
        let text = ([fact.statement, fact.keywords] + fact.qualifiers.values.sorted()).joined(separator: ". ")
        let reading = reader.read(text)
        terms = Set(reading.terms.map(\.term))
        entities = Set(fact.allEntities + reading.entities.map(\.entity))
    }
}

/// Rarity weights of terms over all facts: inverse document frequency, with generic
/// concepts ("happen", "relation") counted lightly and unknown words heaviest.
struct TermWeights: Sendable {
    private let weight: [String: Double]
    let unknown: Double

    init(profiles: [FactProfile], generic: Set<String>) {
        var frequency: [String: Int] = [:]
        for profile in profiles { for term in profile.terms { frequency[term, default: 0] += 1 } }
        let count = Double(max(profiles.count, 1))
        var weight = frequency.mapValues { log((count + 1) / (Double($0) + 0.5)) }
        for term in generic { weight[term] = (weight[term] ?? 1) * 0.3 }
        self.weight = weight
        unknown = log((count + 1) / 0.5)
    }

    func callAsFunction(_ term: String) -> Double { weight[term] ?? unknown }
}
