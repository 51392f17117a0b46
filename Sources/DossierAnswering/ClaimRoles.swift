import DossierKit

/// The roles of a read claim as an English clause may say them. A role is said only when
/// what fills it can fill it (a person is met, not an era; a country has relations, not an
/// adjective), when it adds something (not the subject again, not a person's own country
/// as the other side) and, for places and figures, as the claim's sentence says them: a
/// place as the most specific name the sentence gives it, an amount only with what it
/// measures and only when each of its numbers is in the sentence. Better to say less
/// than something wrong: the quote follows every clause.
struct ClaimRoles {
    let fact: Fact
    let facts: any FactQuery
    /// The claim's sentence, as quoted.
    let quote: String

    /// Kinds of entity that act: a claim whose subject is of another kind (an era, an
    /// agreement, a region, a word the reader could not place) is not composed.
    static let actorKinds: Set<String> = ["person", "country", "organization", "group", "city"]

    /// The kinds that can fill the object or the other side of each domain's predicates;
    /// a domain not listed takes any kind the reader placed.
    static let otherSideKinds: [String: Set<String>] = [
        "meeting": ["person", "group", "organization"],
        "visit": ["country", "city", "place"],
        "embassy": ["country", "city"],
        "relations": ["country", "organization"],
        "alliance": ["country", "organization", "group"],
        "agreement": ["country", "organization", "group", "person"],
        "sanctions": ["country", "organization", "group", "person"],
        "debt": ["country", "organization"],
        "trade": ["country", "city", "place", "organization"],
        "aid": ["country", "city", "place", "organization", "group"],
        "investment": ["country", "city", "place", "organization"],
        "deportation": ["country", "city", "place"],
    ]

    /// The kind a reader gives a name it could not place; it fills no role.
    static let unplacedKind = "name"

    /// Predicates between two parties that are not said without the other one.
    static let twoSided: Set<String> = [
        "relations.established", "relations.restored", "relations.frozen", "relations.severed",
        "alliance.held", "trade.agreement",
    ]

    /// Predicates whose direction the verb says ("exported to", "imported from"): the
    /// other side is never said with "with".
    static let directed: Set<String> = ["trade.export", "trade.import"]

    /// Domains whose object or counterpart is the other party, said "with" it: a person's
    /// own country is never that party, and other domains say no counterpart.
    static let withOtherParty: Set<String> = ["relations", "alliance", "agreement", "trade", "meeting"]

    init(_ fact: Fact, in facts: any FactQuery) {
        self.fact = fact
        self.facts = facts
        quote = fact.citations.first?.quote ?? ""
    }

    var subjectEntity: Entity? { facts.entity(fact.subject) }

    /// True when the sentence names the subject, by its name or an alias that is not a
    /// word for its people ("Russian input" does not name Russia as acting).
    var namesSubject: Bool { subjectEntity.map(names) ?? false }

    /// Words that name no goods in particular: goods read as "goods worth" say nothing.
    static let genericGoods: Set<String> = ["goods", "worth", "products", "value", "of", "merchandise"]

    /// The claim's goods, when they name something besides goods in general.
    var goods: String? {
        guard let goods = fact.qualifiers["goods"] else { return nil }
        let words = LowercaseWords.of(goods)
        return words.allSatisfy(Self.genericGoods.contains) ? nil : goods
    }

    /// True when the subject is of a kind that acts.
    var subjectActs: Bool { subjectEntity.map { Self.actorKinds.contains($0.kind) } ?? true }

    /// The subject's own country, for a person: the country a person's acts are not "with".
    var ownCountry: String? { subjectEntity.flatMap { $0.isPerson ? $0.partOf : nil } }

    /// True when an entity of this kind can be the other side of the claim's predicate.
    func canBeOtherSide(_ entity: Entity) -> Bool {
        guard entity.kind != Self.unplacedKind, entity.id != fact.subject else { return false }
        return Self.otherSideKinds[fact.domain].map { $0.contains(entity.kind) } ?? true
    }

    /// The object's entity when it can fill the role, else nil; an object the store does
    /// not know is kept as named.
    var object: (id: String, name: String)? {
        guard let id = fact.object, id != fact.subject else { return nil }
        if let entity = facts.entity(id) {
            let ownParty = id == ownCountry && Self.withOtherParty.contains(fact.domain)
            // Where a visitor went is a place the sentence names, not one it names only by
            // a word for its people ("the first trip by a Norlandic leader").
            let whereWent = fact.domain != "visit" || names(entity) || facts.entities.contains { $0.partOf == id && names($0) }
            let spokenOf = !Self.verbObjectDomains.contains(fact.domain) || followsVerb(entity)
            return canBeOtherSide(entity) && !ownParty && whereWent && spokenOf ? (id, ArticledName.of(entity)) : nil
        }
        return (id, id)
    }

    /// Domains whose object is what the verb itself takes ("condemned Estavia's dam"): one
    /// named further on ("condemned the decision and recalled its envoy from Pellor") is
    /// not what was condemned. (What a statement is about may be named anywhere in it.)
    static let verbObjectDomains: Set<String> = ["position"]
    /// How many words after a word of the predicate its object may begin.
    static let objectReach = 3

    /// True when the entity's name, or an alias, begins within ``objectReach`` words after a
    /// word of the claim's predicate in the sentence.
    func followsVerb(_ entity: Entity) -> Bool {
        let verbs = fact.keywords.lowercased().split(separator: " ").map(String.init).filter { $0.count >= 3 }
        let words = quote.split { $0.isWhitespace }.map(String.init)
        return words.indices.contains { index in
            let word = words[index].lowercased()
            guard verbs.contains(where: { word.hasPrefix($0) }) else { return false }
            let after = words[(index + 1)..<min(words.count, index + 1 + Self.objectReach + 2)].joined(separator: " ")
            let reach = words[(index + 1)..<min(words.count, index + 1 + Self.objectReach)]
            return ([entity.name] + entity.aliases).contains { name in
                QuoteText.names(after, name) && reach.contains { $0.hasPrefix(name.split(separator: " ").first.map(String.init) ?? name) }
            }
        }
    }

    /// True when the sentence names the entity by its name or an alias that is not a word
    /// for its people (an alias longer than the name and starting as it does: "Norlandic").
    func names(_ entity: Entity) -> Bool {
        let stem = String(entity.name.prefix(4)).lowercased()
        return QuoteText.names(quote, entity.name)
            || entity.aliases.contains { QuoteText.names(quote, $0) && !($0.lowercased().hasPrefix(stem) && $0.count > entity.name.count) }
    }

    /// The other party named by the claim's `counterpart`, or, for a two-sided predicate
    /// with no object, the one other country among the claim's entities; nil when it is
    /// the subject, the object, the subject's own country or of a kind that cannot fill it.
    func counterpart(besides object: (id: String, name: String)?) -> String? {
        guard Self.withOtherParty.contains(fact.domain), !Self.directed.contains(fact.predicate) else { return nil }
        if let named = fact.qualifiers["counterpart"] {
            let entity = facts.entities.first { $0.name == named }
            if let entity, !canBeOtherSide(entity) || entity.id == ownCountry || entity.id == object?.id { return nil }
            guard named != object?.name, named != facts.name(of: fact.subject) else { return nil }
            return entity.map(ArticledName.of) ?? named
        }
        guard object == nil, Self.twoSided.contains(fact.predicate) else { return nil }
        let others = fact.entities.compactMap(facts.entity).filter {
            $0.kind == "country" && $0.id != fact.subject && $0.id != ownCountry
        }
        return others.count == 1 ? ArticledName.of(others[0]) : nil
    }

    /// The claim's place as the sentence names it, the most specific name first: its name
    /// after "in", "to" or "at"; else a known city of it the sentence names; else a name of
    /// it the sentence gives after those words that is not a word for its people
    /// ("Israeli"); else its name when the sentence says it anywhere; else as read.
    var place: String? {
        guard let place = fact.qualifiers["place"] else { return nil }
        let placed = { (name: String) in Self.placeWords.contains { QuoteText.names(quote, $0 + name) } }
        if placed(place) { return place }
        guard let entity = facts.entities.first(where: { $0.name == place }) else { return place }
        if let city = facts.entities.first(where: { $0.partOf == entity.id && $0.kind == "city" && QuoteText.names(quote, $0.name) }) {
            return city.name
        }
        let stem = String(place.prefix(4)).lowercased()
        if let alias = entity.aliases.first(where: { !$0.lowercased().hasPrefix(stem) && placed($0) }) { return alias }
        return place
    }

    /// The words before a place's name that make it where something happened.
    static let placeWords = ["in ", "to ", "at "]

    /// The claim's amount, when it measures something the predicate moves and each of its
    /// numbers is in the sentence: a share (the debt's share, before its sum) or a sum for
    /// debt, a sum for the rest; nil for a
    /// bare figure ("20 billion"), a list of figures or a number the sentence does not hold.
    var amount: String? {
        if fact.domain == "debt", let share = fact.qualifiers["share"], !share.contains(", "),
           QuoteText.holdsNumbers(of: share, in: quote) {
            return share
        }
        guard let amount = fact.qualifiers["amount"], !amount.contains(", "),
              QuoteText.holdsNumbers(of: amount, in: quote) else { return nil }
        let lowered = amount.lowercased()
        let isSum = ["$", "€", "£", "dollar", "euro", "pound", "ruble", "rouble", "yuan"].contains { lowered.contains($0) }
        let isShare = lowered.contains("%") || lowered.contains("percent") || lowered.contains("per cent")
        return isSum || isShare && fact.domain == "debt" ? amount : nil
    }
}
