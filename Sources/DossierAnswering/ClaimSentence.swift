public import DossierKit

/// Composes the English sentence an answer gives for a claim read from a document, from
/// the claim's roles: "Tsai Ing-wen arrived in Guatemala on 31 March 2023." The time is
/// said only to its precision ("in March 2023", "in 2007"); the claim's quote follows.
///
/// Curated facts (the bundled pack, facts written as literals) carry a hand-written
/// `statement` and are stated as written; only claims, which carry a `salience`, are
/// composed. A predicate the table does not know is stated by its quote alone, never by
/// its id.
public enum ClaimSentence {
    /// How a predicate reads as a clause: the verb in the past, its bare form after "did
    /// not", and the words that come before its object and its place.
    public struct Verb: Sendable, Hashable {
        public var past: String
        public var bare: String
        public var beforeObject: String
        public var beforePlace: String

        public init(past: String, bare: String, beforeObject: String = "", beforePlace: String = "in") {
            self.past = past
            self.bare = bare
            self.beforeObject = beforeObject
            self.beforePlace = beforePlace
        }
    }

    /// Each predicate of the fact model as a clause. Amounts and goods follow the verb
    /// for the predicates that move them (trade, aid, investment, debt).
    public static let verbs: [String: Verb] = [
        "embassy.opened": Verb(past: "opened an embassy", bare: "open an embassy", beforeObject: "in"),
        "embassy.closed": Verb(past: "closed its embassy", bare: "close its embassy", beforeObject: "in"),
        "embassy.moved": Verb(past: "moved its embassy", bare: "move its embassy", beforeObject: "to", beforePlace: "to"),
        "relations.established": Verb(past: "established diplomatic relations", bare: "establish diplomatic relations", beforeObject: "with"),
        "relations.restored": Verb(past: "restored relations", bare: "restore relations", beforeObject: "with"),
        "relations.frozen": Verb(past: "froze relations", bare: "freeze relations", beforeObject: "with"),
        "relations.severed": Verb(past: "broke off relations", bare: "break off relations", beforeObject: "with"),
        "relations.switched": Verb(past: "switched diplomatic recognition", bare: "switch diplomatic recognition", beforeObject: "to"),
        "relations.recognized": Verb(past: "recognised", bare: "recognise"),
        "debt.forgiven": Verb(past: "wrote off debt", bare: "write off debt", beforeObject: "owed by"),
        "aid.donation": Verb(past: "gave aid", bare: "give aid", beforeObject: "to"),
        "trade.export": Verb(past: "exported", bare: "export", beforeObject: "to"),
        "trade.import": Verb(past: "imported", bare: "import", beforeObject: "from"),
        "trade.flow": Verb(past: "traded", bare: "trade", beforeObject: "with"),
        "trade.goods": Verb(past: "traded", bare: "trade", beforeObject: "with"),
        "trade.agreement": Verb(past: "made a trade agreement", bare: "make a trade agreement", beforeObject: "with"),
        "investment.made": Verb(past: "invested", bare: "invest", beforeObject: "in"),
        "agreement.signed": Verb(past: "signed an agreement", bare: "sign an agreement", beforeObject: "with"),
        "visit.arrival": Verb(past: "arrived", bare: "arrive", beforeObject: "in"),
        "meeting.held": Verb(past: "met", bare: "meet"),
        "position.condemned": Verb(past: "condemned", bare: "condemn"),
        "position.supported": Verb(past: "supported", bare: "support"),
        "position.opposed": Verb(past: "opposed", bare: "oppose"),
        "position.changed": Verb(past: "changed its position", bare: "change its position", beforeObject: "on"),
        "position.stated": Verb(past: "stated a position", bare: "state a position", beforeObject: "on"),
        "statement.said": Verb(past: "said", bare: "say", beforeObject: "about"),
        "deportation.carried-out": Verb(past: "carried out deportations", bare: "carry out deportations", beforeObject: "to"),
        "sanctions.imposed": Verb(past: "imposed sanctions", bare: "impose sanctions", beforeObject: "on"),
        "alliance.held": Verb(past: "was allied", bare: "be allied", beforeObject: "with"),
    ]

    /// Predicates whose clause names the figure moved: "exported 40% of its coffee".
    static let movesValue: Set<String> = ["debt", "aid", "trade", "investment"]

    /// True for a claim read from a document, whose `statement` is not written for people.
    public static func isClaim(_ fact: Fact) -> Bool { fact.qualifiers["salience"] != nil }

    /// The sentence an answer shows for the fact: its own statement for a curated fact;
    /// for a claim, the clause composed from its roles followed by its quote.
    public static func text(of fact: Fact, in facts: any FactQuery) -> String {
        guard isClaim(fact) else { return fact.statement }
        let quote = fact.citations.first?.quote.map { "“" + $0 + "”" }
        guard let clause = clause(of: fact, in: facts) else { return quote ?? fact.statement }
        return [clause, quote].compactMap { $0 }.joined(separator: " ")
    }

    /// The sentences an answer gives for several facts, in order: the claims read from
    /// one sentence say their clauses one after another and the sentence's quote once
    /// ("Estavia exported salt to Norland. Estavia imported timber. “…”").
    public static func text(of shown: [Fact], in facts: any FactQuery) -> String {
        var parts: [String] = []
        var index = shown.startIndex
        while index < shown.endIndex {
            let fact = shown[index]
            guard isClaim(fact), let quote = fact.citations.first?.quote else {
                parts.append(text(of: fact, in: facts))
                index += 1
                continue
            }
            var end = index
            while end < shown.endIndex, isClaim(shown[end]), shown[end].citations.first?.quote == quote { end += 1 }
            let clauses = shown[index..<end].compactMap { clause(of: $0, in: facts) }
            var seen = Set<String>()
            parts.append((clauses.filter { seen.insert($0).inserted } + ["“" + quote + "”"]).joined(separator: " "))
            index = end
        }
        return parts.joined(separator: " ")
    }

    /// "Tsai Ing-wen arrived in Guatemala on 31 March 2023.", or nil when the predicate
    /// has no clause in ``verbs``.
    public static func clause(of fact: Fact, in facts: any FactQuery) -> String? {
        guard let verb = verbs[fact.predicate] else { return nil }
        let negative = fact.qualifiers["polarity"] == "negative"
        // A person closes "the" embassy; a country closes "its" own.
        let person = facts.entity(fact.subject)?.isPerson == true
        let said = { (phrase: String) in
            person ? phrase.split(separator: " ").map { $0 == "its" ? "the" : String($0) }.joined(separator: " ") : phrase
        }
        var words = [facts.name(of: fact.subject), said(negative ? "did not " + verb.bare : verb.past)]
        if movesValue.contains(fact.domain) {
            if let goods = fact.qualifiers["goods"] { words.append(goods) }
            if let amount = fact.qualifiers["amount"] { words.append("(\(amount))") }
        }
        let objectName = fact.object.map { facts.name(of: $0) }
        var place = fact.qualifiers["place"].flatMap { $0 == objectName ? nil : $0 }
        if let objectName {
            if let located = place, verb.beforePlace == verb.beforeObject {
                // The place said once: "in Jerusalem, Israel" when it lies in the object,
                // the place alone when it does not ("its embassy in Moscow", not "in Moscow, Guatemala").
                let inside = facts.entities.contains { $0.name == located && $0.partOf == fact.object }
                words.append(verb.beforePlace + " " + located + (inside ? ", " + objectName : ""))
                place = nil
            } else {
                words.append(verb.beforeObject.isEmpty ? objectName : verb.beforeObject + " " + objectName)
            }
        }
        if let counterpart = fact.qualifiers["counterpart"], counterpart != objectName, counterpart != words[0],
           fact.domain != "statement" {
            words.append("with " + counterpart)
        }
        if let place { words.append(verb.beforePlace + " " + place) }
        if let companions = fact.qualifiers["companions"] { words.append("with " + companions) }
        if let time = fact.time { words.append(time.phrase) }
        if let purpose = fact.qualifiers["purpose"] { words.append(purpose.hasPrefix("to ") ? purpose : "for " + purpose) }
        // What was said follows as the quote.
        return words.joined(separator: " ") + (fact.domain == "statement" ? ":" : ".")
    }
}
