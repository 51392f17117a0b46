public import DossierKit

/// "Who is the president of Norland?", "who is Estavia's foreign minister?": a question in
/// the present tense, with no time, asking who holds an office of one country. It wants the
/// office's current holder, which only a sentence giving someone that title can say; a
/// fact that merely names a person of that country may tell of anyone, so the common
/// selector (``FactSelector``) gives such a question no bid and leaves it to an answerer
/// that reads titles.
public struct OfficeQuestion: Sendable, Hashable {
    /// The office's title as the question words it, lowercased: ["foreign", "minister"].
    public var title: [String]
    /// The country whose office it is.
    public var country: Entity

    /// Words of the titles of offices: an office is a run of them ("prime minister").
    public static let officeWords: Set<String> = [
        "president", "vice", "prime", "minister", "foreign", "deputy", "secretary", "general", "chancellor", "premier",
        "king", "queen", "ambassador", "governor", "mayor", "defence", "defense", "finance", "interior", "economy",
        "trade", "chief", "head", "leader",
    ]
    /// Question words that ask about another time than now, or about one holder among several.
    static let otherTimeWords: Set<String> = [
        "was", "were", "did", "had", "been", "former", "then", "first", "last", "previous", "next", "will", "future",
    ]
    /// Words of a present-tense question about who holds something.
    static let presentWords: Set<String> = ["is", "are", "s"]

    /// The office the question asks the current holder of; nil for any other question.
    public init?(_ question: Question, in facts: any FactQuery) {
        guard question.kind == .who, question.time == nil else { return nil }
        let named = question.entityIDs.compactMap(facts.entity)
        let country: Entity? = if named.count == 1, named[0].kind == "country" { named[0] }
            else if named.isEmpty, let affiliation = question.affiliation { facts.entity(affiliation) }
            else { nil }
        let words = Self.words(of: question.text)
        guard let country, words.first == "who", words.contains(where: Self.presentWords.contains),
              !words.contains(where: Self.otherTimeWords.contains)
        else { return nil }
        var runs: [[String]] = []
        for (index, word) in words.enumerated() where Self.officeWords.contains(word) {
            if index > 0, Self.officeWords.contains(words[index - 1]) { runs[runs.count - 1].append(word) } else { runs.append([word]) }
        }
        guard runs.count == 1 else { return nil }
        title = runs[0]
        self.country = country
    }

    /// Lowercased words, apostrophes and hyphens splitting them ("Norland's" is "norland", "s").
    public static func words(of text: String) -> [String] {
        LowercaseWords.of(text, keepingDigits: true)
    }
}
