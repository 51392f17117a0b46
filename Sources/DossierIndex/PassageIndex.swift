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
    let passages: [Passage]
    private let profiles: [Profile]
    private let postings: [String: [Int]]
    private let weight: [String: Double]
    private let unknownWeight: Double

    /// A sentence as read: its terms, entities and years.
    struct Profile: Sendable {
        var terms: Set<String>
        var entities: Set<String>
        var years: Set<String>

        /// The sentence's profile, and the folded words it was read from.
        init(passage: Passage, reader: TextReader) {
            let reading = reader.read(passage.text)
            self.init(
                terms: Set(reading.terms.map(\.term)), entities: Set(reading.entities.map(\.entity)),
                years: Set(reading.tokens.map(\.folded).filter(TextReader.isYear)))
            words = Set(reading.tokens.map(\.folded))
            wordCounts = Vocabulary.wordCounts(ofFolded: reading.tokens.lazy.map(\.folded))
        }

        private init(terms: Set<String>, entities: Set<String>, years: Set<String>) {
            self.terms = terms
            self.entities = entities
            self.years = years
        }

        /// The folded words read (``init(passage:reader:)`` only): stored beside the
        /// profile, not kept in the index.
        var words: Set<String> = []
        /// How often each word of the sentence's text occurs in it (``init(passage:reader:)``
        /// only): stored beside the profile for the store's vocabulary.
        var wordCounts: [String: Int] = [:]

        /// The profile as the store keeps it: lines of tab-separated terms, entities, years.
        var stored: String {
            StoredFields.text([terms.sorted(), entities.sorted(), years.sorted()])
        }

        /// A profile from ``stored``; nil when the text is not one.
        init?(stored: String) {
            let lines = StoredFields.lines(stored)
            guard lines.count == 3 else { return nil }
            self.init(terms: Set(lines[0]), entities: Set(lines[1]), years: Set(lines[2]))
        }
    }

    /// Indexes sentences already read (`profiles`, in their order).
    init(passages: [Passage], profiles read: [Profile], generic: Set<String>) {
        self.passages = passages
        var profiles: [Profile] = []
        var postings: [String: [Int]] = [:]
        var frequency: [String: Int] = [:]
        profiles.reserveCapacity(passages.count)
        for (index, read) in read.enumerated() {
            var profile = read
            profile.words = []
            profile.wordCounts = [:]
            for term in profile.terms {
                postings["t:" + term, default: []].append(index)
                frequency[term, default: 0] += 1
            }
            for entity in profile.entities { postings["e:" + entity, default: []].append(index) }
            profiles.append(profile)
        }
        let count = Double(max(passages.count, 1))
        var weight = frequency.mapValues { log((count + 1) / (Double($0) + 0.5)) }
        for term in generic { weight[term] = (weight[term] ?? 1) * RelevanceWeights.genericTermShare }
        self.profiles = profiles
        self.postings = postings
        self.weight = weight
        unknownWeight = log((count + 1) / 0.5)
    }

    /// The `limit` sentences matching the question best. A sentence's term share and entity
    /// share are summed from the postings, in the question's term order as scoring sums
    /// them; their product bounds its score (the years can only lower it), so sentences are
    /// read best bound first until no bound is left that could enter.
    func matches(for question: Question, limit: Int) -> [PassageMatch] {
        guard !passages.isEmpty, limit > 0 else { return [] }
        var seen = Set<String>()
        let terms = question.terms.filter { seen.insert($0).inserted }
        let entities = question.entityIDs
        let years = Set(TextFolding.words(question.text).filter(TextReader.isYear))
        var found = [Double](repeating: 0, count: passages.count)
        var named = [Int](repeating: 0, count: passages.count)
        var touched = [Bool](repeating: false, count: passages.count)
        var candidates: [Int] = []
        for term in terms {
            let termWeight = weight[term] ?? unknownWeight
            for index in postings["t:" + term] ?? [] {
                if !touched[index] { touched[index] = true; candidates.append(index) }
                found[index] += termWeight
            }
        }
        for entity in entities {
            for index in postings["e:" + entity] ?? [] {
                if !touched[index] { touched[index] = true; candidates.append(index) }
                named[index] += 1
            }
        }
        let total = terms.reduce(0) { $0 + (weight[$1] ?? unknownWeight) }
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
        for (index, bound) in ranked {
            if kept.isFull, let last = kept.values.last, last.score > bound { break }
            let profile = profiles[index]
            let (termCoverage, entityCoverage) = shares(index)
            let yearsMatch = years.isSubset(of: profile.years)
            kept.offer(PassageMatch(
                passage: passages[index], score: bound * (yearsMatch ? 1 : RelevanceWeights.sentenceMissingYears), termCoverage: termCoverage,
                entityCoverage: entityCoverage, yearsMatch: yearsMatch, missingTerms: terms.filter { !profile.terms.contains($0) }))
        }
        return kept.values
    }

    /// Better score first; equal scores by source, then place in it.
    static func precedes(_ a: PassageMatch, _ b: PassageMatch) -> Bool {
        a.score > b.score || (a.score == b.score && (a.passage.source, a.passage.start) < (b.passage.source, b.passage.start))
    }
}
