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
        for term in generic { weight[term] = (weight[term] ?? 1) * 0.3 }
        self.profiles = profiles
        self.postings = postings
        self.weight = weight
        unknownWeight = log((count + 1) / 0.5)
    }

    func matches(for question: Question, limit: Int) -> [PassageMatch] {
        guard !passages.isEmpty else { return [] }
        var seen = Set<String>()
        let terms = question.terms.filter { seen.insert($0).inserted }
        let entities = question.entityIDs
        let years = Set(TextFolding.words(question.text).filter(TextReader.isYear))
        var candidates = Set<Int>()
        for term in terms { candidates.formUnion(postings["t:" + term] ?? []) }
        for entity in entities { candidates.formUnion(postings["e:" + entity] ?? []) }
        let total = terms.reduce(0) { $0 + (weight[$1] ?? unknownWeight) }
        var matches: [PassageMatch] = []
        for index in candidates {
            let profile = profiles[index]
            let found = terms.filter(profile.terms.contains)
            let termCoverage = total > 0 ? found.reduce(0) { $0 + (weight[$1] ?? unknownWeight) } / total : 0
            let named = entities.filter(profile.entities.contains).count
            let entityCoverage = entities.isEmpty ? 1 : Double(named) / Double(entities.count)
            let yearsMatch = years.isSubset(of: profile.years)
            let score = termCoverage * (entities.isEmpty ? 0.85 : 0.4 + 0.6 * entityCoverage) * (yearsMatch ? 1 : 0.3)
            matches.append(PassageMatch(
                passage: passages[index], score: score, termCoverage: termCoverage, entityCoverage: entityCoverage,
                yearsMatch: yearsMatch, missingTerms: terms.filter { !profile.terms.contains($0) }))
        }
        matches.sort {
            $0.score > $1.score || ($0.score == $1.score && ($0.passage.source, $0.passage.start) < ($1.passage.source, $1.passage.start))
        }
        return Array(matches.prefix(limit))
    }
}
