public import DossierKit

/// Where a fact happened against where the question places it: a fact set in a place the
/// question does not name, while the question names places besides the one it is about,
/// happened somewhere else ("whom did they meet in Pellor" against talks held in Varnhal).
///
/// A fact's place is its `place` role, read as the entities of the fact that role names.
/// It is a part of a confidence's role fit (``Confidence/Evidence/roles``): 1 when the
/// place fits or the question or fact says none, and one of the weights below otherwise.
public enum PlaceFit {
    /// The fact is set elsewhere while the question says where ("in Pellor").
    public static let elsewhereAsked = 0.5
    /// The fact is set elsewhere while the question names places only as parties.
    public static let elsewhere = 0.9

    /// Kinds of entity that are places.
    public static let placeKinds: Set<String> = ["country", "city", "place"]

    /// A factor from 0 to 1 to multiply a match's score by, with a word on why.
    public static func factor(of fact: Fact, for question: Question, in facts: any FactQuery) -> (Double, String) {
        guard let place = fact.qualifiers["place"] else { return (1, "") }
        let asked = question.entityIDs.dropFirst().filter { placeKinds.contains(facts.entity($0)?.kind ?? "") }
        guard !asked.isEmpty else { return (1, "") }
        let placeText = place.lowercased()
        let asciiPlace = QuoteText.isPlainASCII(placeText)
        let set = fact.allEntities.filter { id in
            guard let entity = facts.entity(id) else { return false }
            return ([entity.name] + entity.aliases).contains { name in
                !(asciiPlace && QuoteText.staysOutsideASCII(name)) && QuoteText.names(placeText, name.lowercased())
            }
        }
        guard !set.isEmpty else { return (1, "") }
        if set.contains(where: { place in asked.contains { related($0, place, in: facts) } }) { return (1, "") }
        // A location that is the fact's own subject or object ("represented in A", with
        // the embassy in B) is not contradicted by the fact's place.
        let core = [fact.subject, fact.object].compactMap { $0 }
        // A visit is set where the visitor went: the place a question names is where it asks
        // about, whether "in Pellor" or "visit Estavia".
        let locations = fact.domain == "visit" ? asked : question.locations
        let located = locations.contains { location in
            asked.contains(location) && !core.contains { related(location, $0, in: facts) }
        }
        return located ? (elsewhereAsked, "set elsewhere than asked") : (elsewhere, "set elsewhere")
    }

    /// True when `b` is `a`, lies in it, or contains it; a person lies in nothing here.
    static func related(_ a: String, _ b: String, in facts: any FactQuery) -> Bool {
        a == b || ancestors(of: b, in: facts).contains(a) || ancestors(of: a, in: facts).contains(b)
    }

    /// The places an entity lies in, nearest first (a palace, its city, its country).
    static func ancestors(of id: String, in facts: any FactQuery) -> [String] {
        var chain: [String] = []
        var current = facts.entity(id)
        guard current?.isPerson == false else { return [] }
        while let next = current?.partOf, !chain.contains(next), next != id, chain.count < 8 {
            chain.append(next)
            current = facts.entity(next)
            if current?.isPerson == true { break }
        }
        return chain
    }
}
