import DossierKit
import Foundation
import DossierLanguage

/// The sentences of ingested documents held in memory with a term index, ranked against
/// questions for ``FactQuery/passages(matching:limit:)``.
///
/// Each sentence is read with the same ``TextReader`` as questions; a posting list from
/// every term and entity to the sentences that carry it keeps a question's work to the
/// sentences that share something with it.
struct PassageIndex: Sendable {
    /// The sentences, by position: held, or read from the store as questions reach them.
    let passages: Shelf<Passage>
    private let profiles: [Indexed]
    private let terms: InternTable
    private let entities: InternTable
    /// Term id (of `terms`) to the positions of the sentences carrying it, ascending.
    private let termPostings: [[Int32]]
    /// Entity id (of `entities`) to the positions of the sentences naming it, ascending.
    private let entityPostings: [[Int32]]
    /// Term id to its rarity weight.
    private let weight: [Double]
    /// Generic concepts no sentence carries, to their weight.
    private let genericWeight: [String: Double]
    private let unknownWeight: Double

    /// Indexes sentences already read (`profiles`, in their order). Terms and entities are
    /// interned, each in its own table, and a sentence keeps only its term ids and years.
    init(passages: [Passage], profiles read: [Profile], generic: Set<String>) {
        self.init(passages: Shelf(holding: passages), readings: Readings(read), generic: generic)
    }

    /// Indexes sentences whose readings are already interned (`readings`, in their order).
    init(passages: Shelf<Passage>, readings: Readings, generic: Set<String>) {
        self.passages = passages
        var termPostings = [[Int32]](repeating: [], count: readings.terms.count)
        var entityPostings = [[Int32]](repeating: [], count: readings.entities.count)
        var profiles: [Indexed] = []
        profiles.reserveCapacity(readings.sentences.count)
        for (index, sentence) in readings.sentences.enumerated() {
            let position = Int32(index)
            for id in sentence.terms { termPostings[Int(id)].append(position) }
            for id in sentence.entities { entityPostings[Int(id)].append(position) }
            profiles.append(Indexed(terms: sentence.terms, years: Array(Set(sentence.years))))
        }
        let terms = readings.terms
        let count = Double(max(passages.count, 1))
        var weight = termPostings.map { log((count + 1) / (Double($0.count) + 0.5)) }
        var genericWeight: [String: Double] = [:]
        for term in generic {
            if let id = terms.id(of: term) {
                weight[Int(id)] *= RelevanceWeights.genericTermShare
            } else {
                genericWeight[term] = RelevanceWeights.genericTermShare
            }
        }
        self.profiles = profiles
        self.terms = terms
        self.entities = readings.entities
        self.termPostings = termPostings
        self.entityPostings = entityPostings
        self.weight = weight
        self.genericWeight = genericWeight
        unknownWeight = log((count + 1) / 0.5)
    }

    /// A sentence as the index keeps it: its term ids, ascending, and its years.
    private struct Indexed: Sendable {
        let terms: [Int32]
        let years: [String]
    }

    /// The rarity weight of `term`: its own when some sentence carries it, else a generic
    /// concept's share of 1, else the weight of a term no sentence carries.
    private func weight(of term: String) -> Double {
        if let id = terms.id(of: term) { return weight[Int(id)] }
        return genericWeight[term] ?? unknownWeight
    }

    /// The `limit` sentences matching the question best. A sentence's term share and entity
    /// share are summed from the postings, in the question's term order as scoring sums
    /// them; their product bounds its score (the years can only lower it), so sentences are
    /// read best bound first until no bound is left that could enter.
    func matches(for question: Question, limit: Int) -> [PassageMatch] {
        guard passages.count > 0, limit > 0 else { return [] }
        var seen = Set<String>()
        let terms = question.terms.filter { seen.insert($0).inserted }
        let entities = question.entityIDs
        let years = Set(TextFolding.words(question.text).filter(TextReader.isYear))
        var found = [Double](repeating: 0, count: passages.count)
        var named = [Int](repeating: 0, count: passages.count)
        var touched = [Bool](repeating: false, count: passages.count)
        var candidates: [Int] = []
        let termIDs = terms.map { self.terms.id(of: $0) }
        for (term, id) in zip(terms, termIDs) {
            guard let id else { continue }
            let termWeight = weight(of: term)
            for position in termPostings[Int(id)] {
                let index = Int(position)
                if !touched[index] { touched[index] = true; candidates.append(index) }
                found[index] += termWeight
            }
        }
        for entity in entities {
            guard let id = self.entities.id(of: entity) else { continue }
            for position in entityPostings[Int(id)] {
                let index = Int(position)
                if !touched[index] { touched[index] = true; candidates.append(index) }
                named[index] += 1
            }
        }
        let total = terms.reduce(0) { $0 + weight(of: $1) }
        func shares(_ index: Int) -> (terms: Double, entities: Double) {
            let termCoverage = total > 0 ? found[index] / total : 0
            return (termCoverage, entities.isEmpty ? 1 : Double(named[index]) / Double(entities.count))
        }
        func bound(_ index: Int) -> Double {
            let (termCoverage, entityCoverage) = shares(index)
            return termCoverage * (entities.isEmpty
                ? RelevanceWeights.sentenceNoEntities
                : RelevanceWeights.sentenceEntityBase + RelevanceWeights.sentenceEntityShare * entityCoverage)
        }
        let ranked = candidates.map { (index: $0, bound: bound($0)) }
            .sorted { $0.bound > $1.bound || ($0.bound == $1.bound && $0.index < $1.index) }
        var kept = BestFew(limit: limit, by: Self.precedes)
        // Sentences are read a batch at a time, in the bounds' order, as the walk reaches them.
        var read: [Int: Passage] = [:], readUpTo = 0
        for (place, (index, bound)) in ranked.enumerated() {
            if kept.isFull, let last = kept.values.last, last.score > bound { break }
            if place >= readUpTo {
                readUpTo = min(place + Self.readBatch, ranked.count)
                read = passages.values(byPosition: ranked[place..<readUpTo].map(\.index))
            }
            guard let passage = read[index] else { continue }
            let profile = profiles[index]
            let (termCoverage, entityCoverage) = shares(index)
            let yearsMatch = years.allSatisfy(profile.years.contains)
            kept.offer(PassageMatch(
                passage: passage, score: bound * (yearsMatch ? 1 : RelevanceWeights.sentenceMissingYears), termCoverage: termCoverage,
                entityCoverage: entityCoverage, yearsMatch: yearsMatch, missingTerms: zip(terms, termIDs).compactMap { term, id in
                    id.map(profile.terms.sortedContains) == true ? nil : term
                }))
        }
        return kept.values
    }

    /// Sentences read from the store in one go while matching.
    private static let readBatch = 32

    /// Better score first; equal scores by source, then place in it.
    static func precedes(_ a: PassageMatch, _ b: PassageMatch) -> Bool {
        a.score > b.score || (a.score == b.score && (a.passage.source, a.passage.start) < (b.passage.source, b.passage.start))
    }
}
