import DossierKit

/// An answerer for dispatcher tests that bids what it is told, whatever the question.
struct FixedAnswerer: Answerer {
    let name: String
    let bids: [Bid]

    init(_ name: String, bids: [Bid]) {
        self.name = name
        self.bids = bids
    }

    init(_ name: String, confidence: Double, text: String? = nil, source: String = "atlas") {
        self.init(name, bids: [FixedAnswerer.bid(confidence, text: text ?? "\(name) says so.", source: source)])
    }

    func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] { bids }

    static func bid(_ confidence: Double, text: String, source: String = "atlas") -> Bid {
        Bid(
            confidence: confidence,
            answer: Answer(
                text: text,
                citations: [Citation(source: source, title: "Atlas of Norland", section: "History", paragraph: 1)],
                interpretation: "fixed"),
            reason: "told to bid \(confidence)")
    }
}

/// An answerer that always throws.
struct ThrowingAnswerer: Answerer {
    let name = "broken"

    func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        throw DossierError(.pluginFailed, "the broken answerer fell over")
    }
}

/// The smallest store the fake answerers can cite.
enum FakeStore {
    static let source = Source(id: "atlas", title: "Atlas of Norland", publisher: "Tests", sections: ["History"])
}
