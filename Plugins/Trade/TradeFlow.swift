import DossierKit

/// A fact read as goods or money moving from one party to another: an export goes from
/// its subject to its object, an import from its object to its subject. Other trade facts
/// ("A and B trade") say no direction.
struct TradeFlow {
    let fact: Fact
    /// The party the goods leave.
    let from: String
    /// The party they reach.
    let to: String

    /// Predicates whose subject sends and whose object receives, and those the other way.
    static let outward: Set<String> = ["trade.export"]
    static let inward: Set<String> = ["trade.import"]

    /// The fact's flow, or nil when it says no direction or leaves a side unsaid.
    init?(_ fact: Fact) {
        guard let object = fact.object, object != fact.subject else { return nil }
        if Self.outward.contains(fact.predicate) {
            (from, to) = (fact.subject, object)
        } else if Self.inward.contains(fact.predicate) {
            (from, to) = (object, fact.subject)
        } else {
            return nil
        }
        self.fact = fact
    }

    /// True when the flow goes from `a` to `b`, each side being the party itself, a place
    /// in it or a person acting for it.
    func goes(from a: String, to b: String, in facts: any FactQuery) -> Bool {
        Self.stands(from, for: a, in: facts) && Self.stands(to, for: b, in: facts)
    }

    static func stands(_ side: String, for party: String, in facts: any FactQuery) -> Bool {
        side == party || facts.entity(side)?.partOf == party
    }
}
