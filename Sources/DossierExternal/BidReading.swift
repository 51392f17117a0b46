import DossierKit

/// Turns a plugin's wire bids into ``Bid``s, resolving citations against the store.
///
/// A citation by fact id takes that fact's citations; one by place takes the source's
/// title from the store. A bid citing a fact the store does not hold, or a place it does
/// not hold (an unknown source, a section the source does not have, a paragraph that is
/// not in that section), is dropped here, with the reason kept; the other checks
/// (confidence in 0...1) are left to the dispatcher, which records the reason in
/// `Dispatch.rejected`.
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
            for citation in bid.citations where missing == nil {
                switch citation {
                case .fact(let id):
                    guard let fact = fact(id) else { missing = "fact '\(id)'"; break }
                    factIDs.append(fact.id)
                    citations += fact.citations.filter { !citations.contains($0) }
                case .place(let source, let section, let paragraph):
                    guard let stored = store.source(source) else { missing = "source '\(source)'"; break }
                    guard store.holdsParagraph(source: source, section: section, paragraph: paragraph) else {
                        missing = "paragraph \(paragraph) of section '\(section)' of source '\(source)'"
                        break
                    }
                    citations.append(Citation(source: source, title: stored.title, section: section, paragraph: paragraph))
                }
            }
            if let missing {
                problems.append("a bid cites \(missing), which the store does not hold")
                continue
            }
            let interpretation = bid.interpretation ?? "\(plugin) plugin"
            let answer = Answer(text: bid.answer, citations: citations, interpretation: interpretation, factIDs: factIDs)
            bids.append(Bid(confidence: bid.confidence, answer: answer, reason: bid.reason ?? ""))
        }
        return (bids, problems)
    }

    private func fact(_ id: String) -> Fact? {
        sent[id] ?? store.fact(id: id)
    }
}
