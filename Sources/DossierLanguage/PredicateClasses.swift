/// Verb classes as data: which words of a sentence (or a question) name which predicate
/// of the fact model, and what other word a trigger needs nearby to mean it.
///
/// A trigger is a lemma read through the ``Lexicon`` (so "opened", "set up" and
/// "inaugurate" all reach the concept `start`); a class with `needs` only fires when one of
/// those terms stands within ``window`` words (an embassy opened, relations broken, a debt
/// written off). Speech verbs are matched on the word itself, since "say" and "tell" are
/// stopwords for retrieval. Order matters: the first class a word fits wins.
public struct PredicateClasses: Sendable {
    /// One class: a predicate, the lemmas that trigger it and the terms it needs nearby.
    public struct Entry: Sendable {
        public var predicate: String
        public var triggers: [String]
        public var needs: [String]
    }

    /// Words either side of a trigger in which a needed term must stand.
    public static let window = 10

    /// The classes, most specific first.
    public static let entries: [Entry] = [
        Entry(predicate: "embassy.opened", triggers: ["open", "inaugurate", "establish"], needs: ["embassy", "consulate"]),
        Entry(predicate: "embassy.closed", triggers: ["close", "shut"], needs: ["embassy", "consulate"]),
        Entry(predicate: "embassy.moved", triggers: ["move", "relocate", "transfer", "relocating"], needs: ["embassy", "consulate"]),
        Entry(predicate: "relations.established", triggers: ["establish", "establishment", "open"], needs: ["relation"]),
        Entry(predicate: "relations.restored", triggers: ["restore", "renew"], needs: ["relation"]),
        Entry(predicate: "relations.frozen", triggers: ["freeze"], needs: ["relation"]),
        Entry(predicate: "relations.severed", triggers: ["sever", "break", "severance"], needs: ["relation", "with"]),
        Entry(predicate: "relations.switched", triggers: ["switch"], needs: ["recognition", "relation", "recognize", "to"]),
        Entry(predicate: "debt.forgiven", triggers: ["write", "forgive", "wipe", "cancel", "forgave"], needs: ["debt"]),
        Entry(predicate: "aid.donation", triggers: ["donate", "donation", "aid", "grant"], needs: []),
        Entry(predicate: "trade.export", triggers: ["export"], needs: []),
        Entry(predicate: "trade.import", triggers: ["import"], needs: []),
        Entry(predicate: "investment.made", triggers: ["invest"], needs: []),
        Entry(predicate: "trade.agreement", triggers: ["agreement"], needs: ["trade", "oil", "invest"]),
        Entry(predicate: "trade.flow", triggers: ["trade"], needs: []),
        Entry(predicate: "trade.goods", triggers: ["oil", "coffee", "banana", "metal", "fertilizer", "weapon", "machinery", "gold", "silver", "energy", "apparel", "chemical", "nickel", "barrel"], needs: ["figure"]),
        Entry(predicate: "visit.arrival", triggers: ["visit", "travel", "tour", "arrive", "trip"], needs: []),
        Entry(predicate: "meeting.held", triggers: ["meet"], needs: []),
        Entry(predicate: "position.condemned", triggers: ["condemn"], needs: []),
        Entry(predicate: "position.supported", triggers: ["support", "welcome", "hail", "praise", "recognize"], needs: ["person"]),
        Entry(predicate: "relations.recognized", triggers: ["recognize", "recognition"], needs: []),
        Entry(predicate: "position.supported", triggers: ["support", "welcome", "hail", "praise"], needs: []),
        Entry(predicate: "position.changed", triggers: ["change"], needs: ["position"]),
        Entry(predicate: "position.stated", triggers: ["position"], needs: []),
        Entry(predicate: "deportation.carried-out", triggers: ["deport"], needs: []),
        Entry(predicate: "sanctions.imposed", triggers: ["sanction"], needs: []),
        Entry(predicate: "alliance.held", triggers: ["ally"], needs: []),
    ]

    /// Verbs of saying, as lemmas; their inflections are made by ``Inflection``.
    public static let speechLemmas = [
        "say", "add", "announce", "state", "declare", "recall", "describe", "tell", "note", "mention", "vow", "insist",
        "stress", "explain", "reply", "respond", "react", "invoke", "cite", "affirm", "reaffirm", "reiterate",
        "warn", "point", "report", "quote", "urge", "ask", "claim",
    ]

    /// Every inflected form of a speech verb.
    public static let speechWords: Set<String> = Set(speechLemmas.flatMap(Inflection.forms(of:)))

    /// The lexicon's term for each trigger, so matching is one dictionary lookup.
    private let byTerm: [String: [Int]]
    private let needTerms: [[String]]
    public let lexicon: Lexicon

    /// Reads the classes through a lexicon.
    public init(lexicon: Lexicon = .bundled) {
        self.lexicon = lexicon
        var byTerm: [String: [Int]] = [:]
        for (index, entry) in Self.entries.enumerated() {
            for trigger in entry.triggers {
                for form in Set(Inflection.forms(of: trigger).map(lexicon.term(for:))) { byTerm[form, default: []].append(index) }
            }
        }
        self.byTerm = byTerm
        needTerms = Self.entries.map { $0.needs.flatMap { ["with", "to", "person", "figure"].contains($0) ? [$0] : Inflection.forms(of: $0).map(lexicon.term(for:)) } }
    }

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
    public func hits(words: [String], terms: [String?], persons: Set<Int> = [], figures: Set<Int> = []) -> [Hit] {
        var hits: [Hit] = []
        for index in words.indices {
            if Self.speechWords.contains(words[index]) && !(words[index] == "point" && words[safe: index + 1] != "out") {
                hits.append(Hit(predicate: "statement.said", position: index, isSpeech: true))
                continue
            }
            guard let term = terms[index], let candidates = byTerm[term] else { continue }
            let low = max(0, index - Self.window), high = min(words.count, index + Self.window + 1)
            let near = Set((low..<high).compactMap { terms[$0] } + words[low..<high])
            for candidate in candidates {
                let needs = needTerms[candidate]
                let fits = needs.isEmpty || needs.contains { need in
                    switch need {
                    case "person": (index + 1..<high).contains(where: persons.contains)
                    case "figure": (low..<high).contains(where: figures.contains)
                    case "with", "to": words[safe: index + 1] == need || words[safe: index + 2] == need
                    default: near.contains(need) && need != term
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
    ]

    /// The lemma and its inflected forms.
    public static func forms(of lemma: String) -> [String] {
        if lemma.contains(" ") { return [] }
        var forms = [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
        if lemma.hasSuffix("e") {
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
