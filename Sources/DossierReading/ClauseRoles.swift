import DossierLanguage

/// Roles a verb's clause gives a claim besides its agent and object: the goods a trade
/// verb moves, the people acting with the agent, and whether the clause tells of
/// something done or only of something planned or expected.
enum ClauseRoles {
    /// Words that end a list of goods: prepositions, conjunctions opening a clause and
    /// relative words ("exports nickel to Norland while importing steel").
    static let goodsStops: Set<String> = ClaimReader.prepositions.union([
        "while", "whereas", "but", "which", "that", "who", "as", "because", "since", "despite", "although", "when", "where",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "worth",
    ])
    /// Words before goods that say how much, not what: "more goods", "its own coffee".
    static let goodsOpeners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "more", "some", "own", "also"]
    /// Predicates whose verb takes the goods as its object.
    static let movesGoods: Set<String> = ["trade.export", "trade.import", "aid.donation"]

    /// The goods after a trade verb: "exports nickel to Norland" -> "nickel"; "importing
    /// fertilizer, medical supplies and paper" -> the list; "the sale of machinery" and
    /// "$4 billion worth of arms" -> what follows "of". Nil when a name, a figure or a
    /// preposition comes first ("exports to Norland").
    static func goods(after position: Int, in words: [SentenceWords.Word], named: Set<Int>) -> String? {
        var start = position + 1
        guard start < words.count, words[position].after.isEmpty else { return nil }
        if words[start].folded == "of" { start += 1 }
        if let worth = (start..<min(words.count, start + 6)).first(where: { words[$0].folded == "worth" }),
           words[safe: worth + 1]?.folded == "of", (start..<worth).contains(where: { words[$0].isFigure }) {
            start = worth + 2
        }
        while start < words.count, goodsOpeners.contains(words[start].folded), words[start].after.isEmpty { start += 1 }
        var end = start
        while end < words.count, end - start < 8 {
            let word = words[end]
            if named.contains(end) || word.isFigure || word.quoted != words[position].quoted || goodsStops.contains(word.folded) { break }
            end += 1
            // A list runs on over commas; other punctuation closes it.
            if !word.after.isEmpty && word.after != "," { break }
        }
        var list = Array(words[start..<end])
        while let last = list.last, ["and", "or", "other"].contains(last.folded) || last.after == "," && list.count == end - start && end < words.count && named.contains(end) {
            list.removeLast()
        }
        guard !list.isEmpty, list.contains(where: { !goodsOpeners.contains($0.folded) && !["and", "or"].contains($0.folded) }) else { return nil }
        return list.enumerated().map { index, word in word.surface + (index < list.count - 1 && word.after == "," ? "," : "") }
            .joined(separator: " ")
    }

    /// Words opening a clause that says what a general word stood for: ", mostly machinery".
    static let elaborations: Set<String> = ["mostly", "mainly", "chiefly", "largely", "primarily", "principally", "especially", "including"]

    /// The goods of a trade verb whose object is only the general word ("imported goods
    /// worth $2 billion, mostly machinery and textiles"): the list of the claim's own clause
    /// that an elaboration word opens, else nil.
    static func namedGoods(for goods: String, in words: [SentenceWords.Word], owned span: ClaimSpan, named: Set<Int>,
                           lexicon: Lexicon) -> String? {
        let general = lexicon.term(for: "goods")
        guard TextFolding.words(goods).allSatisfy({ lexicon.term(for: $0) == general }) else { return nil }
        for index in words.indices.dropLast() where span.contains(index) && elaborations.contains(words[index].folded)
            && index > 0 && !words[index - 1].after.isEmpty {
            if let list = self.goods(after: index, in: words, named: named) { return list }
        }
        return nil
    }

    /// The people acting with the agent: others of the same group reference ("these
    /// officials") and people joined to the agent by "and" before the verb ("the minister,
    /// Ada Ferro, and the party's secretary, Ivo Brandt, are in Pellor"), with no verb
    /// between them.
    static func companions(of agent: String, before position: Int, mentions: [Mention], kinds: [String: String],
                           words: [SentenceWords.Word], verbs: Set<Int>) -> [String] {
        guard kinds[agent] == "person",
              let own = mentions.last(where: { $0.entity == agent && $0.range.upperBound <= position }) ?? mentions.first(where: { $0.entity == agent })
        else { return [] }
        var found = mentions.filter { $0.range == own.range && $0.entity != agent }.map(\.entity)
        var right = own.range.lowerBound
        let people = mentions.filter { kinds[$0.entity] == "person" && $0.range.upperBound <= right && $0.range != own.range }
        for mention in people.reversed() {
            let gap = mention.range.upperBound..<right
            let folded = words[gap].map(\.folded)
            guard gap.count <= 10, folded.contains("and") || words[mention.range.upperBound - 1].after == ",",
                  !gap.contains(where: verbs.contains),
                  !folded.contains(where: companionStops.contains),
                  !words[mention.range.lowerBound..<right].contains(where: { $0.after == ";" })
            else { break }
            if !found.contains(mention.entity) && mention.entity != agent { found.insert(mention.entity, at: 0) }
            right = mention.range.lowerBound
        }
        return found
    }

    /// Words between two names that part them: a relative clause, a preposition making
    /// the first a counterpart, a verb of saying.
    static let companionStops: Set<String> = PredicateClasses.speechWords.union(["that", "who", "whom", "which", "with", "by", "to", "from"])

    /// Words that, before a verb, make it a plan or an expectation: "will visit", "is
    /// expected to sign", "plans to open", "were to explore".
    static let modals: Set<String> = ["will", "shall", "ll"]
    static let intentions: Set<String> = [
        "expected", "set", "scheduled", "due", "planned", "plans", "plan", "intends", "intend", "intended", "aims", "aim",
        "is", "are", "was", "were", "going",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "this", "that"]

    /// True when the clause of the verb at `position` tells of something planned or
    /// expected rather than done: a modal or "expected to" / "plans to" just before a verb,
    /// or, after a noun ("the visit", "Putin's meeting"), as the clause's own verb.
    static func isPlanned(at position: Int, in words: [SentenceWords.Word]) -> Bool {
        guard position < words.count else { return false }
        var index = position - 1
        while index >= 0, position - index <= 4, words[index].after.isEmpty {
            let word = words[index].folded
            if modals.contains(word) { return true }
            // "is to sign" only with "to" just before the verb; "expected to formally sign" further.
            if word == "to", index > 0, intentions.contains(words[index - 1].folded),
               index == position - 1 || !ClaimReader.beForms.contains(words[index - 1].folded) { return true }
            index -= 1
        }
        let isNoun = position > 0 && (determiners.contains(words[position - 1].folded) || words[position - 1].possessive)
        guard isNoun else { return false }
        var after = position + 1
        while after < words.count, after - position <= 16, words[after - 1].after.isEmpty {
            let word = words[after].folded
            if modals.contains(word) { return true }
            if word == "to", intentions.contains(words[after - 1].folded), !ClaimReader.beForms.contains(words[after - 1].folded) { return true }
            after += 1
        }
        return false
    }
}
