import DossierKit
import Synchronization

/// One question's matches, scored lazily in the order of their bounds (``ScoreBounds``)
/// and shared by every caller that asks for them: a request for the best few facts of some
/// domains walks only the candidates of those domains, and scores only until no fact left
/// unscored could be among what it asked for.
///
/// Rules: ``top(_:in:where:)`` gives exactly what scoring every candidate and sorting by
/// score (then fact id) would, for any limit, domains and filter; each candidate is
/// scored once however many callers ask (two racing for the same one may both score it,
/// and keep the same match).
final class FactRanking: Sendable {
    private struct Progress {
        /// For each candidate (an index into the bounds' facts): not scored yet (-2), no
        /// match (-1), or the position of its match in `matches`.
        var outcome: [Int32]
        var matches: [FactMatch] = []
        /// The candidates each domain filter admits, in order as far as walked.
        var admitted: [DomainFilter: any CandidateOrder] = [:]
        /// Every candidate, in order as far as walked, for the filters that admit most.
        var all: LazyOrder?
    }

    private static let unscored: Int32 = -2, unmatched: Int32 = -1
    /// How many candidates' facts are read in one go ahead of scoring: at first the limit
    /// asked for (at least `readAheadFirst`), twice as many each time the walk goes on,
    /// up to `readAheadMost`, so a walk that stops early reads little more than it scores.
    private static let readAheadFirst = 4, readAheadMost = 256

    private let bounds: ScoreBounds
    /// The index's facts' domains.
    private let traits: FactTraits
    private let score: @Sendable (Int32) -> FactMatch?
    private let readAhead: (@Sendable ([Int32]) -> Void)?
    private let progress: Mutex<Progress>

    /// `score` matches the fact at a position of the postings (nil when it does not match);
    /// `readAhead`, when given, is told the positions of the next candidates to be scored,
    /// so the facts that will be needed are read in one go rather than one at a time.
    init(
        bounds: ScoreBounds, traits: FactTraits, readAhead: (@Sendable ([Int32]) -> Void)? = nil,
        score: @escaping @Sendable (Int32) -> FactMatch?
    ) {
        self.bounds = bounds
        self.traits = traits
        self.readAhead = readAhead
        self.score = score
        progress = Mutex(Progress(outcome: [Int32](repeating: Self.unscored, count: bounds.facts.count)))
    }

    /// The best `limit` matches of the domains `domains` admits that `include` accepts,
    /// best first.
    func top(_ limit: Int, in domains: DomainFilter, where include: (Fact) -> Bool) -> [FactMatch] {
        guard limit > 0 else { return [] }
        let order = admitted(by: domains)
        var kept = BestFew<(match: FactMatch, rank: Int32)>(limit: limit) { Self.precedes($0.match, $1.match) }
        var readUpTo = 0, readCount = max(limit, Self.readAheadFirst)
        var index = 0
        while let candidate = order.element(at: index) {
            defer { index += 1 }
            // Nothing unscored can beat the last kept match: its bound is lower, or equal
            // with a later id (and the bounds after it are lower, or equal with later ids).
            let bound = bounds.bounds[Int(candidate)]
            if kept.isFull, let last = kept.values.last,
               last.match.score > bound || (last.match.score == bound && last.rank < bounds.ranks[Int(candidate)]) { break }
            if let readAhead, index >= readUpTo {
                let next = order.elements(index..<(index + readCount))
                readUpTo = index + next.count
                readCount = min(2 * readCount, Self.readAheadMost)
                readAhead(progress.withLock { progress in
                    next.filter { progress.outcome[Int($0)] == Self.unscored }.map { bounds.facts[Int($0)] }
                })
            }
            guard let match = match(at: Int(candidate)), include(match.fact) else { continue }
            kept.offer((match, bounds.ranks[Int(candidate)]))
        }
        return kept.values.map(\.match)
    }

    /// The match of the candidate `candidate` (an index into the bounds' facts), scoring it
    /// the first time; the lock is not held while scoring, so callers score side by side.
    private func match(at candidate: Int) -> FactMatch? {
        let known: FactMatch?? = progress.withLock { progress in
            switch progress.outcome[candidate] {
            case Self.unscored: nil
            case Self.unmatched: .some(nil)
            case let found: .some(progress.matches[Int(found)])
            }
        }
        if let known { return known }
        let made = score(bounds.facts[candidate])
        progress.withLock { progress in
            guard progress.outcome[candidate] == Self.unscored else { return }
            if let made {
                progress.outcome[candidate] = Int32(progress.matches.count)
                progress.matches.append(made)
            } else {
                progress.outcome[candidate] = Self.unmatched
            }
        }
        return made
    }

    /// The candidates whose domain `domains` admits, in order as far as walked, found once
    /// per filter: those of a filter admitting at least ``sharedShare`` of the candidates
    /// are taken from one order of them all, shared by such filters, and the others are
    /// put in an order of their own.
    private func admitted(by domains: DomainFilter) -> any CandidateOrder {
        if let made = progress.withLock({ $0.admitted[domains] }) { return made }
        let admits = traits.domainNames.map(domains.admits(domain:))
        let count = zip(admits, bounds.domainCounts).reduce(0) { $0 + ($1.0 ? $1.1 : 0) }
        let order: any CandidateOrder
        if count == bounds.facts.count {
            order = allCandidates()
        } else if Double(count) >= Self.sharedShare * Double(bounds.facts.count) {
            order = FilteredOrder(allCandidates()) { [bounds] candidate in admits[Int(bounds.domains[Int(candidate)])] }
        } else {
            order = bounds.order(admitting: admits)
        }
        return progress.withLock { progress in
            if let made = progress.admitted[domains] { return made }
            progress.admitted[domains] = order
            return order
        }
    }

    /// Every candidate in order, made the first time a filter asks for it.
    private func allCandidates() -> LazyOrder {
        if let made = progress.withLock({ $0.all }) { return made }
        let order = bounds.order(admitting: traits.domainNames.map { _ in true })
        return progress.withLock { progress in
            if let made = progress.all { return made }
            progress.all = order
            return order
        }
    }

    /// The least share of the candidates a filter admits for it to walk the shared order
    /// of them all: walking it meets at most 1 / `sharedShare` candidates for each admitted.
    private static let sharedShare = 0.25

    /// Better score first; equal scores by fact id.
    static func precedes(_ a: FactMatch, _ b: FactMatch) -> Bool {
        a.score > b.score || (a.score == b.score && a.fact.id < b.fact.id)
    }
}
