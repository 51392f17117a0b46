/// What an answerer proposes to say, with the sources that back it.
public struct Answer: Sendable, Hashable {
    /// The short answer a person reads first.
    public var text: String
    /// The sources of every fact the answer rests on; never empty for a real answer.
    public var citations: [Citation]
    /// How the question was read ("embassy.opened, subject Russia").
    public var interpretation: String
    /// Ids of the facts the answer rests on.
    public var factIDs: [String]

    /// Creates an answer.
    public init(text: String, citations: [Citation], interpretation: String = "", factIDs: [String] = []) {
        self.text = text
        self.citations = citations
        self.interpretation = interpretation
        self.factIDs = factIDs
    }

    /// An answer that states one fact in its own words, citing its sources.
    public init(stating fact: Fact, interpretation: String = "") {
        self.init(
            text: fact.statement, citations: fact.citations,
            interpretation: interpretation.isEmpty ? fact.predicate : interpretation, factIDs: [fact.id])
    }

    /// An answer that joins several facts, citing each source once.
    public init(text: String, facts: [Fact], interpretation: String) {
        var seen = Set<String>()
        let citations = facts.flatMap(\.citations).filter { seen.insert($0.source + "|" + $0.locator).inserted }
        self.init(text: text, citations: citations, interpretation: interpretation, factIDs: facts.map(\.id))
    }
}
