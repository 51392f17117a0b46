public import DossierKit

/// How long a claim's event lasted, when its sentence says so of the event itself. A
/// reader finds a length of time anywhere in a sentence, and many are not the event's
/// ("three months after the break", "the first visit in 14 years"): a claim read from a
/// document has a duration only when the length qualifies a word for the lasting event
/// in the same clause:
/// - as an adjective before it: "a six-day state visit", "a two-week tour";
/// - after a word that measures it ("for", "lasting", "spent"), in a clause that names the
///   event: "stayed for three days", "the visit lasted two weeks", "spent a week there";
/// and never when it measures a distance between two events ("two days after"), unless
/// that distance is what the question asks ("how long after A did B happen").
/// Curated facts keep the duration they were written with.
public enum ClaimDuration {
    /// The qualifier holding a length of time.
    public static let role = "duration"

    /// Words for an event that lasts, besides the words of the claim's own predicate, as
    /// the beginnings of their forms ("spen": spend, spent).
    static let lastingWords = ["stay", "visit", "trip", "tour", "journey", "voyage", "mission", "talks", "session", "summit", "spen"]
    /// Words that measure a length of time: "for three days", "lasting a week".
    static let measures: Set<String> = ["for", "lasting", "lasted", "last", "lasts", "spent", "spend", "spends", "spending"]
    /// Words that may stand between a measuring word and the length: "for about three days".
    static let fillers: Set<String> = ["a", "an", "the", "about", "some", "nearly", "almost", "around", "over", "just", "only", "roughly"]
    /// Words after a length that make it a distance between events: "two days after".
    static let distances: Set<String> = ["after", "before", "later", "earlier", "ago", "since", "prior", "beforehand"]
    /// How many words after an adjectival length the word for the event may stand.
    static let adjectiveReach = 3
    /// Marks that end a clause.
    static let clauseMarks: Set<Character> = [",", ";", ":", "(", ")", "–", "—", ".", "!", "?"]

    /// True when the question asks how far apart two events are ("how long after",
    /// "how many days before") rather than how long one lasted.
    public static func asksForDistance(_ question: Question) -> Bool {
        !Set(LowercaseWords.of(question.text)).isDisjoint(with: distances)
    }

    /// The claim's duration as the question asks it: the distance between two events its
    /// sentence states ("two days after"), or, by default, a length its sentence says of
    /// the event; nil otherwise.
    public static func of(_ fact: Fact, asked question: Question) -> String? {
        asksForDistance(question) ? distance(of: fact) : of(fact)
    }

    /// The claim's duration when its sentence gives it as a distance between events.
    public static func distance(of fact: Fact) -> String? {
        guard let duration = fact.qualifiers[role], !duration.isEmpty else { return nil }
        guard fact.qualifiers["salience"] != nil else { return duration }
        guard let quote = fact.citations.first?.quote else { return nil }
        let said = words(of: quote.lowercased()), asked = words(of: duration.lowercased())
        let found = said.indices.contains { start in
            Array(said[start...].prefix(asked.count)) == asked && start + asked.count < said.count
                && distances.contains(said[start + asked.count])
        }
        return found ? duration : nil
    }

    /// The claim's duration when its sentence says it of the event; nil otherwise.
    public static func of(_ fact: Fact) -> String? {
        guard let duration = fact.qualifiers[role], !duration.isEmpty else { return nil }
        guard fact.qualifiers["salience"] != nil else { return duration }
        guard let quote = fact.citations.first?.quote else { return nil }
        let eventWords = lastingWords + fact.keywords.lowercased().split(separator: " ").map(String.init).filter { $0.count >= 3 }
        let asked = words(of: duration.lowercased())
        guard !asked.isEmpty else { return nil }
        for clause in clauses(of: quote.lowercased()) {
            let said = words(of: clause)
            for start in said.indices where Array(said[start...].prefix(asked.count)) == asked {
                if qualifiesEvent(said, start: start, length: asked.count, eventWords: eventWords) { return duration }
            }
        }
        return nil
    }

    static func qualifiesEvent(_ said: [String], start: Int, length: Int, eventWords: [String]) -> Bool {
        let end = start + length
        let names = { (word: String) in eventWords.contains { word.hasPrefix($0) } }
        if end < said.count, distances.contains(said[end]) { return false }
        // "a six-day state visit": the length is written as one adjective before the event.
        if length == 1, said[start].contains("-") {
            return said[end...].prefix(adjectiveReach).contains(where: names)
        }
        var before = start - 1
        while before >= 0, fillers.contains(said[before]) { before -= 1 }
        guard before >= 0, measures.contains(said[before]) else { return false }
        return said.contains(where: names)
    }

    /// The clauses of a text, split at commas, semicolons, dashes and brackets.
    static func clauses(of text: String) -> [String] {
        text.split(whereSeparator: { clauseMarks.contains($0) }).map(String.init)
    }

    /// The words of a text, hyphenated words kept whole: "a six-day visit".
    static func words(of text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init).filter { $0 != "-" }
    }
}
