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
    /// Each sentence's term and year ids, and its place among all by source and start
    /// (as equal scores are ordered), by position.
    private let sentenceTerms: IDLists
    private let sentenceYears: IDLists
    private let orderRanks: Column<Int32>
    private let terms: InternTable
    private let entities: InternTable
    private let years: InternTable
    /// Term id (of `terms`) to the positions of the sentences carrying it, ascending.
    private let termPostings: IDPostings
    /// Entity id (of `entities`) to the positions of the sentences naming it, ascending.
    private let entityPostings: IDPostings
    /// Term id to its rarity weight.
    private let weight: [Double]
    /// Generic concepts no sentence carries, to their weight.
    private let genericWeight: [String: Double]
    private let unknownWeight: Double

    /// Indexes sentences already read (`profiles`, in their order). Terms, entities and
    /// years are interned, each in its own table.
    init(passages: [Passage], profiles read: [Profile], generic: Set<String>) {
        self.init(passages: Shelf(holding: passages), readings: Readings(read, of: passages), generic: generic)
    }

    /// Indexes sentences whose readings are already interned (`readings`, in their order).
    init(passages: Shelf<Passage>, readings: Readings, generic: Set<String>) {
        self.passages = passages
        let termPostings = readings.termPostings
        self.termPostings = termPostings
        entityPostings = readings.entityPostings
        let terms = readings.terms
        let count = Double(max(passages.count, 1))
        var weight = (0..<terms.count).map { id in
            log((count + 1) / (Double(termPostings.count(of: Int32(id))) + 0.5))
        }
        var genericWeight: [String: Double] = [:]
        for term in generic {
            if let id = terms.id(of: term) {
                weight[Int(id)] *= RelevanceWeights.genericTermShare
            } else {
                genericWeight[term] = RelevanceWeights.genericTermShare
            }
        }
        sentenceTerms = readings.sentenceTerms
        sentenceYears = readings.sentenceYears
        orderRanks = readings.orderRanks
        self.terms = terms
        entities = readings.entities
        years = readings.years
        self.weight = weight
        self.genericWeight = genericWeight
        unknownWeight = log((count + 1) / 0.5)
    }

    /// The rarity weight of `term`: its own when some sentence carries it, else a generic
    /// concept's share of 1, else the weight of a term no sentence carries.
    private func weight(of term: String) -> Double {
        if let id = terms.id(of: term) { return weight[Int(id)] }
        return genericWeight[term] ?? unknownWeight
    }

    /// The `limit` sentences matching the question best. A sentence's term share and entity
    /// share are summed from the postings, in the question's term order as scoring sums
    /// them, and its years are in the index, so every score is known before any sentence is
    /// read: only the best `limit` are read from the store.
    func matches(for question: Question, limit: Int) -> [PassageMatch] {
        guard passages.count > 0, limit > 0 else { return [] }
        var seen = Set<String>()
        let terms = question.terms.filter { seen.insert($0).inserted }
        let entities = question.entityIDs
        // A year no sentence holds (nil) is missing from every one.
        let years = Set(TextFolding.words(question.text).filter(TextReader.isYear)).map { self.years.id(of: $0) }
        let termIDs = terms.map { self.terms.id(of: $0) }
        var termLists: [IDSlice] = []
        var termWeights: [Double] = []
        for (term, id) in zip(terms, termIDs) {
            guard let id else { continue }
            termLists.append(termPostings[id])
            termWeights.append(weight(of: term))
        }
        let entityLists = entities.compactMap { self.entities.id(of: $0).map { entityPostings[$0] } }
        // The sentences the question's terms reach (its terms or entities, when
        // `includingEntityOnly`), ascending, each with its terms' weights summed in the
        // question's term order and how many of its entities it names, summed a window at a
        // time (``PostingsWindow``). A sentence sharing no term has a term share, so a score,
        // of 0: it is needed only when fewer than `limit` sentences share one, and otherwise
        // the entities' postings are only asked about the sentences the terms reach.
        func gather(includingEntityOnly entityOnly: Bool) -> (candidates: [Int], found: [Double], named: [Int]) {
            var termCursors = termLists.map(PostingsCursor.init)
            var entityCursors = entityLists.map(PostingsCursor.init)
            let windows = PostingsWindow(covering: passages.count), size = windows.size
            var windowFound = [Double](repeating: 0, count: size)
            var windowNamed = [Int](repeating: 0, count: size)
            var reached = windows.slots()
            var gathered: (candidates: [Int], found: [Double], named: [Int]) = ([], [], [])
            var met: [Int] = []
            while let start = windows.next(after: entityOnly ? termCursors + entityCursors : termCursors) {
                for list in termCursors.indices {
                    termCursors[list].drain(below: start + size) { position, _ in
                        let slot = Int(position) - start
                        reached.insert(slot)
                        windowFound[slot] += termWeights[list]
                    }
                }
                if entityOnly {
                    for list in entityCursors.indices {
                        entityCursors[list].drain(below: start + size) { position, _ in
                            let slot = Int(position) - start
                            reached.insert(slot)
                            windowNamed[slot] += 1
                        }
                    }
                }
                met.removeAll(keepingCapacity: true)
                reached.removeAll { met.append($0) }
                if !entityOnly {
                    for list in entityCursors.indices {
                        for slot in met where entityCursors[list].holds(Int32(start + slot)) { windowNamed[slot] += 1 }
                    }
                }
                for slot in met {
                    gathered.candidates.append(start + slot)
                    gathered.found.append(windowFound[slot])
                    gathered.named.append(windowNamed[slot])
                    windowFound[slot] = 0
                    windowNamed[slot] = 0
                }
            }
            return gathered
        }
        var includesEntityOnly = false
        var (candidates, found, named) = gather(includingEntityOnly: false)
        let total = terms.reduce(0) { $0 + weight(of: $1) }
        // By a candidate's slot in `candidates`.
        func shares(_ slot: Int) -> (terms: Double, entities: Double) {
            let termCoverage = total > 0 ? found[slot] / total : 0
            return (termCoverage, entities.isEmpty ? 1 : Double(named[slot]) / Double(entities.count))
        }
        func bound(_ slot: Int) -> Double {
            let (termCoverage, entityCoverage) = shares(slot)
            return termCoverage * (entities.isEmpty
                ? RelevanceWeights.sentenceNoEntities
                : RelevanceWeights.sentenceEntityBase + RelevanceWeights.sentenceEntityShare * entityCoverage)
        }
        func yearsMatch(_ index: Int) -> Bool {
            guard !years.isEmpty else { return true }
            let held = sentenceYears[index]
            return years.allSatisfy { $0.map(held.sortedContains) == true }
        }
        func scores() -> [Double] {
            candidates.indices.map { slot in
                bound(slot) * (yearsMatch(candidates[slot]) ? 1 : RelevanceWeights.sentenceMissingYears)
            }
        }
        var scored = scores()
        // Every score is known from the index; only the best few sentences are read, and
        // again past any the store no longer holds.
        var gone = Set<Int>()
        while true {
            var best = BestFew<(slot: Int, score: Double)>(limit: limit) { a, b in
                a.score > b.score || (a.score == b.score && orderRanks[candidates[a.slot]] < orderRanks[candidates[b.slot]])
            }
            for (slot, index) in candidates.enumerated() where gone.isEmpty || !gone.contains(index) {
                best.offer((slot, scored[slot]))
            }
            if !best.isFull && !includesEntityOnly {
                includesEntityOnly = true
                (candidates, found, named) = gather(includingEntityOnly: true)
                scored = scores()
                continue
            }
            let chosen = best.values.map { candidates[$0.slot] }
            let read = passages.values(byPosition: chosen)
            let missing = chosen.filter { read[$0] == nil }
            guard missing.isEmpty else { gone.formUnion(missing); continue }
            return best.values.map { slot, score in
                let index = candidates[slot]
                let (termCoverage, entityCoverage) = shares(slot)
                let held = sentenceTerms[index]
                return PassageMatch(
                    passage: read[index]!, score: score, termCoverage: termCoverage, entityCoverage: entityCoverage,
                    yearsMatch: yearsMatch(index), missingTerms: zip(terms, termIDs).compactMap { term, id in
                        id.map(held.sortedContains) == true ? nil : term
                    })
            }
        }
    }

    /// Better score first; equal scores by source, then place in it.
    static func precedes(_ a: PassageMatch, _ b: PassageMatch) -> Bool {
        a.score > b.score || (a.score == b.score && (a.passage.source, a.passage.start) < (b.passage.source, b.passage.start))
    }
}
