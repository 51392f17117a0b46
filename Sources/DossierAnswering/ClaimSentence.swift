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
        /// The verb with the figure it moves, "#" standing for the figure: "invested #".
        /// Nil when the predicate says no figure.
        public var withAmount: String?
        /// The verb and the word before its object when the act is planned ("is expected
        /// to visit Norland"), where they differ from ``bare`` and ``beforeObject``.
        public var planned: (bare: String, beforeObject: String)? {
            get { plannedBare.map { ($0, plannedBeforeObject ?? beforeObject) } }
            set { (plannedBare, plannedBeforeObject) = (newValue?.bare, newValue?.beforeObject) }
        }
        private var plannedBare: String?
        private var plannedBeforeObject: String?

        public init(past: String, bare: String, beforeObject: String = "", beforePlace: String = "in", withAmount: String? = nil,
                    planned: (bare: String, beforeObject: String)? = nil) {
            self.past = past
            self.bare = bare
            self.beforeObject = beforeObject
            self.beforePlace = beforePlace
            self.withAmount = withAmount
            self.planned = planned
        }

        /// The verb as a plan says it, with the word before its object.
        var asPlanned: (bare: String, beforeObject: String) { planned ?? (bare, beforeObject) }
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
        "debt.forgiven": Verb(past: "wrote off debt", bare: "write off debt", beforeObject: "owed by", withAmount: "wrote off # of the debt"),
        "aid.donation": Verb(past: "gave aid", bare: "give aid", beforeObject: "to", withAmount: "gave # in aid"),
        "trade.export": Verb(past: "exported", bare: "export", beforeObject: "to", withAmount: "exported # worth"),
        "trade.import": Verb(past: "imported", bare: "import", beforeObject: "from", withAmount: "imported # worth"),
        "trade.flow": Verb(past: "traded", bare: "trade", beforeObject: "with", withAmount: "traded # worth"),
        "trade.goods": Verb(past: "traded", bare: "trade", beforeObject: "with", withAmount: "traded # worth"),
        "trade.agreement": Verb(past: "made a trade agreement", bare: "make a trade agreement", beforeObject: "with"),
        "investment.made": Verb(past: "invested", bare: "invest", beforeObject: "in", withAmount: "invested #"),
        "agreement.signed": Verb(past: "signed an agreement", bare: "sign an agreement", beforeObject: "with"),
        "visit.arrival": Verb(past: "arrived", bare: "arrive", beforeObject: "in", planned: (bare: "visit", beforeObject: "")),
        "meeting.held": Verb(past: "met", bare: "meet"),
        "position.condemned": Verb(past: "condemned", bare: "condemn"),
        "position.supported": Verb(past: "supported", bare: "support"),
        "position.opposed": Verb(past: "opposed", bare: "oppose"),
        "position.changed": Verb(past: "changed position", bare: "change position", beforeObject: "on"),
        "position.stated": Verb(past: "stated a position", bare: "state a position", beforeObject: "on"),
        "statement.said": Verb(past: "said", bare: "say", beforeObject: "about"),
        "deportation.carried-out": Verb(past: "carried out deportations", bare: "carry out deportations", beforeObject: "to"),
        "sanctions.imposed": Verb(past: "imposed sanctions", bare: "impose sanctions", beforeObject: "on"),
        "alliance.held": Verb(past: "was allied", bare: "be allied", beforeObject: "with"),
    ]

    /// Domains whose clause names the figure moved and the goods: "exported coffee".
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
    /// one sentence say their clauses once each, those of one subject folded into one
    /// sentence, and the sentence's quote once ("Estavia exported salt to Norland and
    /// imported timber. “…”").
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
            let clauses = shown[index..<end].compactMap { clauseParts(of: $0, in: facts) }
            parts.append((folded(clauses) + ["“" + quote + "”"]).joined(separator: " "))
            index = end
        }
        return parts.joined(separator: " ")
    }

    /// A clause split where one subject's clauses join: "Estavia" | "exported salt" | ".".
    struct ClauseParts: Hashable {
        var subject: String
        var predicate: String
        var end: String
        var sentence: String { Self.capitalised(subject) + " " + predicate + end }

        static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
    }

    /// The clauses once each, neighbours with one subject said as one sentence: "Estavia
    /// exported salt to Norland and imported timber."
    static func folded(_ clauses: [ClauseParts]) -> [String] {
        var seen = Set<ClauseParts>()
        let once = clauses.filter { seen.insert($0).inserted }
        var groups: [[ClauseParts]] = []
        for clause in once {
            if let last = groups.last?.last, last.subject == clause.subject, last.end == ".", clause.end == "." {
                groups[groups.count - 1].append(clause)
            } else {
                groups.append([clause])
            }
        }
        return groups.map { group in
            let predicates = group.map(\.predicate)
            let joined = predicates.count == 1 ? predicates[0]
                : predicates.dropLast().joined(separator: ", ") + " and " + predicates[predicates.count - 1]
            return ClauseParts(subject: group[0].subject, predicate: joined, end: group[0].end).sentence
        }
    }

    /// "Tsai Ing-wen arrived in Guatemala on 31 March 2023.", or nil when the predicate
    /// has no clause in ``verbs`` or the claim's roles leave it saying nothing.
    public static func clause(of fact: Fact, in facts: any FactQuery) -> String? {
        clauseParts(of: fact, in: facts)?.sentence
    }

    /// Predicates whose clause says something with no role but the subject.
    static let sayableAlone: Set<String> = ["agreement.signed", "position.changed", "position.stated", "statement.said"]

    /// Domains whose clause says where it happened as its complement ("arrived in Pellor").
    static let placeCompletes: Set<String> = ["visit", "embassy"]

    static func clauseParts(of fact: Fact, in facts: any FactQuery) -> ClauseParts? {
        guard let verb = verbs[fact.predicate] else { return nil }
        let roles = ClaimRoles(fact, in: facts)
        // A plan is said as one ("is expected to visit"); of any other claim of a sentence
        // that tells of things yet to happen, only what was said is said.
        let planned = ModalityFit.isPlanned(fact)
        guard roles.subjectActs, planned || fact.domain == "statement" || !QuoteText.speaksOfFuture(roles.quote) else { return nil }
        // A plan is said only of a subject its sentence names: who is to act is the part of
        // a plan a reader most easily mistakes.
        guard !planned || roles.namesSubject else { return nil }
        let negative = fact.qualifiers["polarity"] == "negative"
        let form = planned ? verb.asPlanned : (bare: verb.bare, beforeObject: verb.beforeObject)
        let beforeObject = form.beforeObject
        // A planned visit names where it goes as its object: "visit Pellor, Estavia".
        let beforePlace = planned && verb.planned != nil ? beforeObject : verb.beforePlace
        let phrase = { (before: String, name: String) in before.isEmpty ? name : before + " " + name }
        // A person closes "the" embassy; a country closes "its" own.
        let person = roles.subjectEntity?.isPerson == true
        let said = { (phrase: String) in
            person ? phrase.split(separator: " ").map { $0 == "its" ? "the" : String($0) }.joined(separator: " ") : phrase
        }
        // A figure is said with what it measures ("wrote off 90 percent of the debt"),
        // goods after it ("exported $4 million worth of coffee"), or not at all.
        let template = movesValue.contains(fact.domain) && !negative && !planned ? roles.amount.flatMap { amount in
            verb.withAmount.map { $0.replacing("#", with: amount) }
        } : nil
        let done = negative ? "did not " + verb.bare : verb.past
        let expected = (negative ? "is not expected to " : "is expected to ") + form.bare
        var words = [said(template ?? (planned ? expected : done))]
        var complete = template != nil
        let worth = template != nil && verb.withAmount?.hasSuffix("worth") == true
        if movesValue.contains(fact.domain), let goods = roles.goods {
            words.append((worth ? "of " : "") + goods)
            complete = true
        } else if worth {
            words.append("of goods")
        }
        let object = roles.object
        let objectNamed = object.map { facts.name(of: $0.id) }
        var place = fact.qualifiers["place"] == objectNamed ? nil : roles.place.flatMap { $0 == objectNamed ? nil : $0 }
        if let object {
            complete = true
            if let located = place, beforePlace == beforeObject {
                // The place said once: "in Jerusalem, Israel" when it lies in the object,
                // the place alone when it does not ("its embassy in Moscow", not "in Moscow,
                // Guatemala"), except for a visit, whose object is where the visitor went.
                let inside = facts.entities.contains { $0.name == located && $0.partOf == object.id }
                if !inside, fact.domain == "visit" {
                    words.append(phrase(beforeObject, object.name))
                } else {
                    words.append(phrase(beforePlace, located + (inside ? ", " + object.name : "")))
                }
                place = nil
            } else {
                words.append(phrase(beforeObject, object.name))
            }
        }
        if let counterpart = roles.counterpart(besides: object) {
            words.append("with " + counterpart)
            complete = true
        }
        if let place {
            words.append(phrase(beforePlace, place))
            if placeCompletes.contains(fact.domain) { complete = true }
        }
        guard complete || sayableAlone.contains(fact.predicate) else { return nil }
        var subject = ArticledName.of(fact.subject, in: facts)
        // Those travelling with the subject: after the act done ("arrived in Pellor with
        // Odo Venn"), beside the subject of a plan ("Marrow, with Odo Venn, is expected to").
        if let companions = fact.qualifiers["companions"] {
            if planned { subject += ", with " + companions + "," } else { words.append("with " + companions) }
        }
        if let time = fact.time { words.append(time.phrase) }
        if let purpose = fact.qualifiers["purpose"] { words.append(purpose.hasPrefix("to ") ? purpose : "for " + purpose) }
        // What was said follows as the quote.
        return ClauseParts(subject: subject, predicate: words.joined(separator: " "), end: fact.domain == "statement" ? ":" : ".")
    }
}
