import DossierAnswering
import DossierKit

/// Reactions: an act of any domain that its sentence presents as the response to an event
/// ("Following the invasion, the president closed the embassy", "in protest, it recalled
/// its ambassador") is a stance taken, and answers a question asking what someone did in
/// response to something ("what step did X take after the invasion?", "how did X react").
///
/// A position or a statement about the event ("condemned the decision", "welcomed the
/// move") is how its speaker reacted to it, whatever its sentence's opening.
///
/// The reading explains the question's words for the act itself ("step", "take",
/// "measure", "react"): they are what a reaction is, so they are read as answered by it
/// rather than missing from the claim. The claim still has to fit every entity, the time
/// and the question's kind, as any claim does.
enum ReactionReading {
    /// Question words (lemmas) asking for an act taken.
    static let actWords: Set<String> = ["step", "take", "action", "measure", "move", "react", "reaction", "respond", "response"]
    /// Question words that place the act after what it answers.
    static let responseWords: Set<String> = ["after", "following", "response", "reaction", "protest", "retaliation", "react", "respond"]
    /// How a sentence opens when its act answers an event.
    static let responseOpenings = ["following ", "after ", "in response to ", "in reaction to ", "in protest ", "in retaliation "]
    /// Phrases that present an act as an answer anywhere in a sentence.
    static let responsePhrases = [" in response to ", " in reaction to ", " in protest ", " in retaliation "]

    /// Domains whose claims are themselves a reaction to what they are about: condemning,
    /// protesting, welcoming or saying something of a decision is how one reacts to it.
    static let stanceDomains: Set<String> = ["position", "statement"]

    static let selector: FactSelector = {
        var selector = FactSelector(excluding: [])
        selector.accepts = { stanceDomains.contains($0.domain) || isReaction($0) }
        return selector
    }()

    static func bid(for question: Question, in facts: any FactQuery) -> Bid? {
        let words = Set(LowercaseWords.of(question.text))
        guard question.terms.contains(where: actWords.contains) || !words.isDisjoint(with: actWords),
              !words.isDisjoint(with: responseWords)
        else { return nil }
        var read = question
        read.terms = question.terms.filter { !actWords.contains($0) }
        guard !read.terms.isEmpty || !read.entities.isEmpty else { return nil }
        return selector.bid(for: read, in: facts)
    }

    /// True for a claim whose sentence presents its act as the answer to an event.
    static func isReaction(_ fact: Fact) -> Bool {
        guard ClaimSentence.isClaim(fact), let sentence = fact.citations.first?.quote?.lowercased() else { return false }
        return responseOpenings.contains { sentence.hasPrefix($0) } || responsePhrases.contains { sentence.contains($0) }
    }
}
