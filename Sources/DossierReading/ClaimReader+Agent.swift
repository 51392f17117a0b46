import DossierLanguage

extension ClaimReader {
    func agentOf(_ base: ClaimBase, at position: Int, quoted: Bool, speech: Bool) -> String? {
        let words = base.words
        if let agent = passiveAgent(base, at: position) { return agent }
        // "Arias, who received ...": a relative clause's verb has the name before "who".
        if position >= 2, position < words.count, words[position - 1].folded == "who", words[position - 2].after == ",",
           let antecedent = base.mentions.last(where: { $0.range.upperBound == position - 1 }) {
            return antecedent.entity
        }
        // "..., while importing steel", "Despite breaking off ties, X ...": a clause
        // without its own subject has the sentence's, the first name outside it that no
        // preposition governs.
        if position >= 1, position < words.count, words[position].folded.hasSuffix("ing"),
           ClaimDate.subordinators.contains(words[position - 1].folded), position == 1 || !words[position - 2].after.isEmpty {
            let own = base.dates.clause(at: position)
            if let subject = base.mentions.first(where: { mention in
                !own.contains(mention.range.lowerBound) && words[mention.range.lowerBound].quoted == quoted
                    && !(mention.range.lowerBound > 0 && Self.prepositions.contains(words[mention.range.lowerBound - 1].folded))
            }) {
                return subject.entity
            }
        }
        var clauseStart = 0
        for index in stride(from: min(position, words.count) - 1, through: 0, by: -1) where words[index].after == ";" {
            clauseStart = index + 1
            break
        }
        // A name right before the verb is its subject whatever precedes it ("leading to
        // Venezuela breaking off"); further back, a name after a preposition is not.
        let before = base.mentions.filter { mention in
            mention.range.upperBound <= position && mention.range.lowerBound >= clauseStart
                && words[mention.range.lowerBound].quoted == quoted
                && (mention.range.upperBound == position
                    || !(mention.range.lowerBound > 0 && Self.prepositions.contains(words[mention.range.lowerBound - 1].folded)))
        }
        if speech, let after = base.mentions.first(where: { $0.range.lowerBound > position && kinds[$0.entity] == "person" }),
           before.isEmpty || position > 0 && (words[position - 1].quoted || words[position - 1].after == ",") {
            return after.entity
        }
        if let last = before.last { return last.entity }
        if speech, let after = base.mentions.first(where: { $0.range.lowerBound > position }) { return after.entity }
        return nil
    }

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]

    /// True for a word that can be a past participle: a regular one ("signed", "given") or
    /// an irregular form WordNet lists for a verb ("spent", "sold", "held", "made").
    static func isParticiple(_ folded: String) -> Bool {
        folded.hasSuffix("ed") || folded.hasSuffix("en")
            || Morphology.wordNet.irregularLemmas(of: folded).contains { $0.partOfSpeech == .verb && $0.word != folded }
    }

    /// The agent of a passive verb: "was signed by Yang Jiechi", "a communiqué, signed on
    /// June 1 by ...", "will be spent by Havana": the first name after "by" in the verb's
    /// clause (a person there before the country of their title), when a form of "be" or a
    /// comma stands just before the participle.
    func passiveAgent(_ base: ClaimBase, at position: Int) -> String? {
        let words = base.words
        guard position > 0, position < words.count, Self.isParticiple(words[position].folded),
              Self.beForms.contains(words[position - 1].folded) || words[position - 1].after == ","
                || position > 1 && Self.beForms.contains(words[position - 2].folded) && words[position - 1].folded.hasSuffix("ly")
        else { return nil }
        var index = position
        while index + 1 < words.count, index - position < 8, words[index].after.isEmpty || index == position {
            index += 1
            guard words[index].folded == "by" else { continue }
            // "by Chinese Foreign Minister Yang Jiechi": the person, not the country before the title.
            let named = base.mentions.filter { $0.range.lowerBound > index && $0.range.lowerBound <= index + 5 }
            return (named.first { kinds[$0.entity] == "person" } ?? named.first)?.entity
        }
        return nil
    }
}
