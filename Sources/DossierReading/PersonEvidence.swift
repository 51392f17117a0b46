/// What says a capitalised run names a person. Two or three capitalised words are not
/// enough ("United Nation", "Nobel Peace Prize", "Tupolev Tu-160" look like names too): a
/// run is a person only where the text shows it, by a title before it ("President ...",
/// read in ``NameFinder``), an honorific ("Mr", "Dr"), a verb of saying next to it
/// ("Arias said", "added Sanchez Ceren"), "who" after it, or a title it stands in
/// apposition to ("the head of the party, Ana Ruiz"), a role after "is" or "as" ("X is a
/// former correspondent"), or a tenure before "of" ("the dictatorship of X"). One occurrence with evidence
/// is enough for the whole document (occurrences merge in ``NameFinder/entities(in:known:)``).
extension NameFinder {
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "lady", "lord", "senor", "senora"]
    /// Verbs of saying that stand right after or right before their speaker.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "stated", "explained", "noted", "recalled", "declared", "announced", "wrote",
        "insisted", "stressed", "argued", "asked", "replied", "warned", "tweeted", "remarked", "affirmed",
    ]
    /// Nouns of a person's role, besides the titles: "X is a former correspondent", "X as
    /// the president of ...".
    static let roleNouns: Set<String> = titles.union([
        "correspondent", "reporter", "journalist", "writer", "editor", "author", "dictator", "politician", "diplomat",
        "official", "spokesperson", "candidate", "activist", "lawyer", "economist", "analyst", "founder", "chief",
        "negotiator", "successor", "predecessor", "son", "daughter", "brother", "sister", "father", "mother",
    ])
    /// Nouns of a person's tenure: "the dictatorship of X", "the presidency of X".
    static let tenureNouns: Set<String> = [
        "dictatorship", "presidency", "administration", "regime", "reign", "tenure", "premiership", "chancellorship",
    ]
    static let articles: Set<String> = ["a", "an", "the", "its", "his", "her", "their"]

    /// Words that make a name a thing, never a person: prizes, products, documents.
    static let thingWords: Set<String> = [
        "prize", "award", "medal", "cup", "games", "olympics", "treaty", "accord", "accords", "communique", "declaration",
        "resolution", "act", "charter", "convention", "protocol", "summit", "war", "street", "avenue", "boulevard",
    ]

    /// True when the words around the run `start..<end` say it is a person.
    static func hasPersonEvidence(_ words: [SentenceWords.Word], start: Int, end: Int) -> Bool {
        if let before = words[safe: start - 1] {
            if honorifics.contains(before.folded) { return true }
            if speechVerbs.contains(before.folded), before.after.isEmpty { return true }
            // An appositive after a title: "the Secretary General of the ruling party, Medardo Gonzalez".
            if before.after == "," {
                var look = start - 1
                while look >= 0, start - look <= 7, look == start - 1 || words[look].after.isEmpty {
                    if titles.contains(words[look].folded), words[look].folded != "former" { return true }
                    look -= 1
                }
            }
        }
        if start >= 2, words[start - 1].folded == "of", tenureNouns.contains(words[start - 2].folded) { return true }
        if let after = words[safe: end], let last = words[safe: end - 1], !last.possessive {
            // "X is a former correspondent", "X as the president of Venezuela".
            if ["is", "was", "as"].contains(after.folded), last.after.isEmpty || last.after == "," {
                var look = end + 1
                while look < words.count, look - end <= 4, words[look - 1].after.isEmpty {
                    if roleNouns.contains(words[look].folded) { return true }
                    guard articles.contains(words[look].folded) || !words[look].capitalised else { break }
                    look += 1
                }
            }
            if speechVerbs.contains(after.folded), last.after.isEmpty || last.after == "," { return true }
            if after.folded == "who", last.after == "," { return true }
        }
        return false
    }

    /// True when the name's words make it a thing: a prize, a product with a model number
    /// ("Tu-160"), a document.
    static func namesAThing(_ words: ArraySlice<SentenceWords.Word>) -> Bool {
        words.contains { thingWords.contains($0.folded) || $0.surface.contains(where: \.isNumber) }
    }
}
