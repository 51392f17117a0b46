/// Verb classes as data: which words of a sentence (or a question) name which predicate
/// of the fact model, and what other word a trigger needs nearby to mean it.
///
/// A trigger is a lemma, matched in every form English inflection gives it
/// (``Inflection``: "open", "opens", "opened", "opening"); a class with `needs` only
/// fires when one of those words stands within ``window`` words (an embassy opened,
/// relations broken, a debt written off). Order matters: the first class a word fits wins.
public struct PredicateClasses: Sendable {
    /// One class: a predicate, the lemmas that trigger it and the terms it needs nearby.
    public struct Entry: Sendable {
        public var predicate: String
        public var triggers: [String]
        public var needs: [String]
    }

    /// Words either side of a trigger in which a needed term must stand.
    public static let window = 12

    /// Words for diplomatic relations, which several classes need nearby.
    static let relationWords = ["relation", "tie", "relationship", "diplomatic"]

    /// The classes, most specific first.
    public static let entries: [Entry] = [
        Entry(predicate: "embassy.opened", triggers: ["open", "inaugurate", "opening", "inauguration"], needs: ["embassy", "consulate", "mission"]),
        Entry(predicate: "embassy.closed", triggers: ["close", "shut", "closure"], needs: ["embassy", "consulate", "mission"]),
        Entry(predicate: "embassy.moved", triggers: ["move", "relocate", "transfer", "relocation"], needs: ["embassy", "consulate", "mission"]),
        Entry(predicate: "relations.established", triggers: ["establish", "establishment", "open", "maintain"], needs: relationWords),
        Entry(predicate: "relations.restored", triggers: ["restore", "renew", "resume", "restoration", "reestablish"], needs: relationWords),
        Entry(predicate: "relations.frozen", triggers: ["freeze", "suspend"], needs: relationWords),
        Entry(predicate: "relations.severed", triggers: ["sever", "break", "cut", "severance", "rupture"], needs: relationWords + ["with", "off"]),
        Entry(predicate: "relations.switched", triggers: ["switch"], needs: ["recognition", "to"] + relationWords),
        Entry(predicate: "debt.forgiven", triggers: ["write", "forgive", "wipe", "cancel"], needs: ["debt"]),
        Entry(predicate: "aid.donation", triggers: ["donate", "donation", "aid", "grant"], needs: []),
        Entry(predicate: "trade.export", triggers: ["export", "exporter", "sell", "sale", "ship", "shipment"], needs: []),
        Entry(predicate: "trade.import", triggers: ["import", "importer", "buy", "purchase"], needs: []),
        Entry(predicate: "investment.made", triggers: ["invest", "investment", "investor", "spend"], needs: []),
        Entry(predicate: "trade.agreement", triggers: ["agreement", "deal", "contract"], needs: ["trade", "commercial", "oil", "investment"]),
        Entry(predicate: "agreement.signed", triggers: ["sign", "ratify", "signature", "signing"], needs: []),
        Entry(predicate: "trade.flow", triggers: ["trade", "commerce", "commercial"], needs: []),
        Entry(predicate: "trade.goods", triggers: ["oil", "gas", "coffee", "banana", "nickel", "iron", "steel", "fertilizer", "arms", "weapon", "barrel", "grain", "wheat", "gold"], needs: ["figure"]),
        Entry(predicate: "visit.arrival", triggers: ["visit", "travel", "tour", "arrive", "arrival", "trip", "journey", "set foot", "touch down"], needs: []),
        Entry(predicate: "visit.arrival", triggers: ["land"], needs: ["plane", "aircraft", "airport", "helicopter"]),
        Entry(predicate: "meeting.held", triggers: ["meet", "meeting", "talk", "summit", "hold talks", "conference"], needs: []),
        Entry(predicate: "position.condemned", triggers: ["condemn", "denounce", "criticize", "criticise", "accuse", "condemnation"], needs: []),
        Entry(predicate: "position.supported", triggers: ["support", "back", "recognize", "recognise", "endorse"], needs: ["person"]),
        Entry(predicate: "relations.recognized", triggers: ["recognize", "recognise", "recognition"], needs: []),
        Entry(predicate: "position.supported", triggers: ["support", "welcome", "hail", "praise", "back", "endorse"], needs: []),
        Entry(predicate: "position.opposed", triggers: ["oppose", "refuse", "reject", "opposition"], needs: []),
        Entry(predicate: "position.changed", triggers: ["change"], needs: ["opinion", "mind", "position", "stance", "view"]),
        Entry(predicate: "position.stated", triggers: ["position", "stance", "opinion"], needs: []),
        Entry(predicate: "deportation.carried-out", triggers: ["deport", "deportation", "expel", "expulsion"], needs: []),
        Entry(predicate: "sanctions.imposed", triggers: ["sanction", "embargo"], needs: []),
        Entry(predicate: "alliance.held", triggers: ["ally", "alliance"], needs: []),
    ]

    /// Forms of "be" that, before "in" and a place, say someone is there.
    static let presenceVerbs: Set<String> = ["is", "are", "was", "were"]

    /// Classes that name their whole domain: a question using them asks about any
    /// predicate of it ("trade with" covers exports and imports).
    public static let generalPredicates: Set<String> = ["trade.flow"]

    /// Verbs of saying, as lemmas; their inflections are made by ``Inflection``.
    public static let speechLemmas = [
        "say", "add", "announce", "state", "declare", "recall", "describe", "tell", "note", "mention", "vow", "insist",
        "stress", "explain", "reply", "respond", "react", "invoke", "cite", "affirm", "reaffirm", "reiterate",
        "warn", "point", "report", "quote", "urge", "ask", "claim", "according", "judge", "assess", "consider", "regard",
        "respond", "react", "reply", "recall", "hope", "wish",
    ]

    /// Every inflected form of a speech verb.
    public static let speechWords: Set<String> = Set(speechLemmas.flatMap { lemma in
        nounLike.contains(lemma) ? Inflection.forms(of: lemma).filter { $0 != lemma } : Inflection.forms(of: lemma)
    })

    /// Speech verbs that are also common nouns or adjectives ("a state firm", "the
    /// report"): their bare form is read as the noun.
    static let nounLike: Set<String> = ["state", "report", "claim", "quote", "note", "point", "regard"]

    /// Entries by each inflected form of their triggers, so matching is one lookup.
    private let byForm: [String: [Int]]
    private let needForms: [Set<String>]
    public let lexicon: Lexicon

    /// Classes over the shared form tables; the lexicon reads the words around a trigger.
    public init(lexicon: Lexicon = .bundled) {
        self.lexicon = lexicon
        byForm = Self.formTables.byForm
        needForms = Self.formTables.needForms
    }

    /// The inflected forms of every entry's triggers and needs: fixed by ``entries``, so
    /// made once a process (``BundledTables`` makes them ahead of the first question).
    static let formTables: (byForm: [String: [Int]], needForms: [Set<String>]) = {
        var byForm: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for trigger in entry.triggers {
                for form in Set(Inflection.forms(of: trigger)) { byForm[form, default: []].append(index) }
            }
        }
        let needForms = entries.map { Set($0.needs.flatMap { ["with", "to", "off", "person", "figure"].contains($0) ? [$0] : Inflection.forms(of: $0) }) }
        return (byForm, needForms)
    }()

    /// A trigger found in a run of words.
    public struct Hit: Sendable, Hashable {
        public var predicate: String
        /// Index of the trigger word.
        public var position: Int
        /// True for a verb of saying.
        public var isSpeech: Bool
    }

    /// Every class the words name. `terms[i]` is the lexicon term of word `i` (nil for a
    /// stopword), `words` the folded words; `persons` marks words that name a person and
    /// `figures` words that are numbers.
    public func hits(words: [String], terms: [String?] = [], persons: Set<Int> = [], figures: Set<Int> = [], places: Set<Int> = []) -> [Hit] {
        var hits: [Hit] = []
        for index in words.indices {
            let word = words[index]
            // Presence: "are in Beijing on an official mission" is a visit under way.
            if Self.presenceVerbs.contains(word), words[safe: index + 1] == "in", places.contains(index + 2) {
                hits.append(Hit(predicate: "visit.arrival", position: index, isSpeech: false))
                continue
            }
            if Self.speechWords.contains(word) && !(word == "point" && words[safe: index + 1] != "out") {
                hits.append(Hit(predicate: "statement.said", position: index, isSpeech: true))
                continue
            }
            let phrase = words[safe: index + 1].map { word + " " + $0 }
            guard let candidates = phrase.flatMap({ byForm[$0] }) ?? byForm[word] else { continue }
            let low = max(0, index - Self.window), high = min(words.count, index + Self.window + 1)
            let near = Set(words[low..<high])
            for candidate in candidates {
                let needs = needForms[candidate]
                let fits = needs.isEmpty || needs.contains { need in
                    switch need {
                    case "person": (index + 1..<high).contains(where: persons.contains)
                    case "figure": (low..<high).contains(where: figures.contains)
                    case "with", "to", "off": words[safe: index + 1] == need || words[safe: index + 2] == need
                    default: near.contains(need) && need != word
                    }
                }
                if fits {
                    hits.append(Hit(predicate: Self.entries[candidate].predicate, position: index, isSpeech: false))
                    break
                }
            }
        }
        return hits
    }

    /// The words that name a predicate: its triggers (or the verbs of saying), which a
    /// claim of it carries as keywords, so a question may use any of them.
    public static func words(of predicate: String, trigger: String? = nil) -> [String] {
        if predicate == "statement.said" {
            let lemma = trigger.flatMap { word in speechLemmas.first { Inflection.forms(of: $0).contains(word) } }
            return speechGroups.first { group in lemma.map(group.contains) ?? false } ?? speechGroups[0]
        }
        return entries.filter { $0.predicate == predicate }.flatMap(\.triggers)
    }

    /// Verbs of saying that a question may use for one another; a statement carries the
    /// group of the verb that reported it. The first group is plain saying, and a
    /// response is what someone said.
    static let speechGroups: [[String]] = [
        ["say", "state", "add", "tell", "declare", "note", "mention", "point", "respond", "react", "reply", "stress", "explain", "insist"],
        ["announce", "declare", "say"],
        ["recall", "say"],
        ["hope", "wish", "say"],
        ["describe", "judge", "assess", "consider", "regard", "say"],
        ["invoke", "cite", "quote", "say"],
        ["warn", "urge", "ask", "say"],
        ["according", "report", "claim", "say"],
    ]

    /// The predicate's domain: the part before the first dot.
    public static func domain(of predicate: String) -> String {
        String(predicate.prefix { $0 != "." })
    }
}

/// Regular English inflection of a lemma: -s, -ed, -ing, with the usual spelling rules,
/// plus the irregular past forms the classes need.
public enum Inflection {
    static let irregular: [String: [String]] = [
        "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "forgive": ["forgave", "forgiven"],
        "break": ["broke", "broken"], "shut": ["shut"], "meet": ["met"], "buy": ["bought"], "sell": ["sold"],
        "freeze": ["froze", "frozen"], "spend": ["spent"], "set": ["set"], "hold": ["held"], "cut": ["cut"], "ally": ["allies"], "mind": [], "back": [],
    ]

    /// The lemma and its inflected forms; a phrase inflects its first word ("set foot",
    /// "touched down").
    public static func forms(of lemma: String) -> [String] {
        if let space = lemma.firstIndex(of: " ") {
            let rest = lemma[space...]
            return forms(of: String(lemma[..<space])).map { $0 + rest }
        }
        var forms = [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
        let vowels = lemma.filter { "aeiou".contains($0) }.count
        if lemma.count <= 4, vowels == 1, let last = lemma.last, !"aeiouwxy".contains(last),
           let before = lemma.dropLast().last, "aeiou".contains(before) {
            forms = [lemma, lemma + "s", lemma + String(last) + "ed", lemma + String(last) + "ing"]  // ship, shipped
        } else if lemma.hasSuffix("e") {
            forms = [lemma, lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !"aeiou".contains(before) {
            forms = [lemma, String(lemma.dropLast()) + "ies", String(lemma.dropLast()) + "ied", lemma + "ing"]
        }
        return forms + (irregular[lemma] ?? [])
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
