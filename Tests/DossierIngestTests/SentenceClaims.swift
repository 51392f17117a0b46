import DossierKit
import DossierReading

/// Claims read from a fixture document of one-sentence paragraphs, all in one section
/// ("Introduction"), published on 2020-05-13: what the reader makes of each sentence, with
/// no store or index in between.
enum SentenceClaims {
    static let published = "2020-05-13"

    /// The claims of `sentences`, paragraph 1, 2, ... of a document with this id and title.
    static func read(_ sentences: [String], entities: [Entity], source id: String, title: String) -> [Fact] {
        let source = Source(id: id, title: title, publisher: "tests", published: published)
        let passages = sentences.enumerated().map { index, text in
            Passage(source: id, title: title, section: "Introduction", paragraph: index + 1, sentence: 1,
                    start: 0, end: text.unicodeScalars.count, text: text)
        }
        return ClaimReader(entities: entities).claims(source: source, passages: passages, reference: TimeValue(published))
    }

    /// The first claim of a domain read from one paragraph.
    static func first(_ domain: String, in claims: [Fact], paragraph: Int) -> Fact? {
        claims.first { $0.predicate.hasPrefix(domain + ".") && $0.citations.first?.paragraph == paragraph }
    }
}
