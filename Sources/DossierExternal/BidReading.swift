import DossierKit

/// Turns a plugin's wire bids into ``Bid``s, resolving citations against the store.
///
/// A citation by fact id takes that fact's citations; one by place takes the source's
/// title from the store. A bid citing a fact the store does not hold is dropped here,
/// with the reason kept; every other check (confidence in 0...1, sources the store holds)
/// is left to the dispatcher, which records the reason in `Dispatch.rejected`.
struct BidReading {
    let store: any FactQuery
    let sent: [String: Fact]
    let plugin: String

    init(store: any FactQuery, sent: [Fact], plugin: String) {
        self.store = store
        self.sent = Dictionary(sent.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.plugin = plugin
    }

    /// The bids that could be read, and why the others could not.
    func read(_ wire: [WireBid]) -> (bids: [Bid], problems: [String]) {
        var bids: [Bid] = []
        var problems: [String] = []
        for bid in wire {
            var citations: [Citation] = []
            var factIDs: [String] = []
            var missing: String?
            for citation in bid.citations {
                switch citation {
                case .fact(let id):
                    guard let fact = fact(id) else { missing = id; break }
                    factIDs.append(fact.id)
                    citations += fact.citations.filter { !citations.contains($0) }
                case .place(let source, let section, let paragraph):
                    let title = store.source(source)?.title ?? ""
                    citations.append(Citation(source: source, title: title, section: section, paragraph: paragraph))
                }
            }
            if let missing {
                problems.append("a bid cites fact '\(missing)', which the store does not hold")
                continue
            }
            let interpretation = bid.interpretation ?? "\(plugin) plugin"
            let answer = Answer(text: bid.answer, citations: citations, interpretation: interpretation, factIDs: factIDs)
            bids.append(Bid(confidence: bid.confidence, answer: answer, reason: bid.reason ?? ""))
        }
        return (bids, problems)
    }

    private func fact(_ id: String) -> Fact? {
        sent[id] ?? store.facts.first { $0.id == id }
    }
}
