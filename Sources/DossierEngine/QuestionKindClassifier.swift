import DossierKit

/// Decides what kind of answer a question wants from its interrogative words, wherever
/// they stand ("when did ...", "... opened when?", "in what year ...").
enum QuestionKindClassifier {
    /// Cue word sequences, most specific first.
    private static let cues: [(words: [String], kind: QuestionKind)] = [
        (["how", "many", "years"], .howLong), (["how", "long"], .howLong), (["how", "many", "months"], .howLong),
        (["how", "many", "days"], .howLong), (["how", "many", "decades"], .howLong),
        (["how", "many"], .howMany), (["how", "much"], .howMuch),
        (["how", "large"], .compare), (["how", "big"], .compare),
        (["for", "what", "reason"], .why), (["what", "reason"], .why), (["what", "was", "the", "reason"], .why),
        (["for", "what", "purpose"], .why), (["what", "purpose"], .why), (["what", "for"], .why), (["how", "come"], .why),
        (["what", "caused"], .why), (["what", "led", "to"], .why), (["why"], .why),
        (["what", "year"], .when), (["which", "year"], .when), (["what", "date"], .when), (["which", "date"], .when),
        (["what", "month"], .when), (["which", "month"], .when), (["what", "day"], .when), (["since", "when"], .when),
        (["when"], .when),
        (["where"], .where), (["what", "place"], .where), (["which", "city"], .where), (["what", "city"], .where),
        (["who"], .who), (["whom"], .who), (["whose"], .who),
    ]

    static let personNouns: Set<String> = [
        "president", "presidents", "leader", "leaders", "minister", "ministers", "official", "officials", "person",
        "people", "politician", "politicians", "diplomat", "diplomats", "ambassador", "head", "citizen", "citizens",
        "individual", "individuals", "man", "woman", "candidate", "expert", "experts",
    ]

    /// Words that open a question asking for something other than yes or no.
    static let interrogatives: Set<String> = ["what", "which", "who", "whom", "whose", "when", "where", "why", "how"]

    static let auxiliaries: Set<String> = [
        "did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "can", "could", "will", "would", "should",
    ]

    /// Words that make any question a comparison, wherever they stand.
    private static let comparisonWords: Set<String> = ["compare", "compared", "comparison", "versus", "vs", "relative"]

    static func classify(_ words: [String]) -> QuestionKind {
        if words.contains(where: comparisonWords.contains) { return .compare }
        for index in words.indices {
            for cue in cues where matches(cue.words, in: words, at: index) {
                return cue.kind
            }
            if ["which", "what"].contains(words[index]) {
                return kindAfterWhich(words, at: index)
            }
            if words[index] == "how" { return .how }
        }
        if let first = words.first, auxiliaries.contains(first) { return .yesNo }
        // Keyword queries: "putin guatemala visit date", "year relations established".
        if words.contains(where: ["year", "date", "when"].contains) { return .when }
        if words.first == "list" || words.first == "name" { return .list }
        return .other
    }

    private static func kindAfterWhich(_ words: [String], at index: Int) -> QuestionKind {
        // "which Russian president", "what countries": look at the next two words.
        let following = words[(index + 1)..<min(words.count, index + 4)]
        if following.contains(where: personNouns.contains) { return .who }
        if let noun = following.first(where: { !auxiliaries.contains($0) }), noun.hasSuffix("s"),
           !noun.hasSuffix("ss"), !noun.hasSuffix("us"), noun.count > 3 {
            return .list
        }
        return .what
    }

    private static func matches(_ cue: [String], in words: [String], at index: Int) -> Bool {
        index + cue.count <= words.count && zip(words[index...], cue).allSatisfy { $0 == $1 }
    }
}
