public import DossierKit
import DossierLanguage

extension ClaimReader {
    /// True for a country named as part of a person's title: a title word follows it
    /// ("Norland Prime Minister", "the Norlandic ambassador").
    static func isTitleCountry(_ mention: Mention, in words: [SentenceWords.Word]) -> Bool {
        let last = mention.range.upperBound - 1
        guard last >= 0, last + 1 < words.count, words[last].after.isEmpty, !words[last].possessive else { return false }
        return NameFinder.titles.contains(words[last + 1].folded) && words[last + 1].folded != "former"
    }

    /// Names as a list: "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// A section's name in ids: its folded words joined by hyphens ("x" for none).
    static func slug(_ text: String) -> String {
        let words = TextFolding.words(text)
        return words.isEmpty ? "x" : words.joined(separator: "-")
    }

    /// Drops claims a curated fact already tells: one citing the same paragraph. Facts
    /// read from documents (ids `claim-` and `event-`) do not count.
    public static func unseen(_ claims: [Fact], besides facts: [Fact]) -> [Fact] {
        unseen(claims, outside: curatedParagraphs(of: facts))
    }

    /// The paragraphs curated facts cite (not those read from documents, ids `claim-` and
    /// `event-`), for ``unseen(_:outside:)``: made once for a store, not per document.
    public static func curatedParagraphs(of facts: [Fact]) -> Set<String> {
        var curated = Set<String>()
        for fact in facts where !fact.id.hasPrefix("claim-") && !fact.id.hasPrefix("event-") {
            for citation in fact.citations { curated.insert("\(citation.source)|\(citation.section)|\(citation.paragraph)") }
        }
        return curated
    }

    /// Drops claims citing one of the `curated` paragraphs (``curatedParagraphs(of:)``).
    public static func unseen(_ claims: [Fact], outside curated: Set<String>) -> [Fact] {
        guard !curated.isEmpty else { return claims }
        return claims.filter { claim in
            !claim.citations.contains { curated.contains("\($0.source)|\($0.section)|\($0.paragraph)") }
        }
    }
}
