public import DossierKit
public import DossierStore

/// Quotes of citations against the documents in the store: filling them in again after
/// the fact pack is reinstalled, and checking that each one stands verbatim at its offsets.
public enum StoredQuotes {
    /// Resolves the quote of every citation whose source has a stored document.
    public static func refresh(in store: FactStore) throws(DossierError) {
        for info in try store.documents() {
            guard let document = try store.document(info.source) else { continue }
            let resolver = QuoteResolver(document: document)
            try store.updateQuotes(of: info.source) { resolver.resolve($0) }
        }
    }

    /// One thing `dossier check` found wrong.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The fact whose citation is wrong, or the source whose sentence is.
        public var subject: String
        /// What is wrong.
        public var message: String
        /// `subject: message`.
        public var description: String { "\(subject): \(message)" }
    }

    /// What `dossier check` looked at and what it found.
    public struct Audit: Sendable {
        /// Quotes found verbatim at their offsets.
        public var verified = 0
        /// Stored sentences checked against their document text.
        public var passages = 0
        /// Everything wrong.
        public var problems: [Problem] = []
    }

    /// Checks every stored sentence and every quote against the stored document text, and
    /// that every anchored citation of an ingested source carries a quote.
    public static func audit(_ store: FactStore) throws(DossierError) -> Audit {
        var audit = Audit()
        var texts: [String: [Unicode.Scalar]] = [:]
        for info in try store.documents() {
            guard let document = try store.document(info.source) else { continue }
            let text = Array(document.text.unicodeScalars)
            texts[info.source] = text
            for passage in document.passages {
                audit.passages += 1
                if !matches(passage.text, text, passage.start, passage.end) {
                    audit.problems.append(Problem(
                        subject: info.source,
                        message: "sentence \(passage.section), paragraph \(passage.paragraph).\(passage.sentence) does not match the text at \(passage.start)..<\(passage.end)"))
                }
            }
        }
        for fact in try store.contents().facts {
            for citation in fact.citations {
                guard let text = texts[citation.source] else {
                    if citation.quote != nil {
                        audit.problems.append(Problem(subject: fact.id, message: "quotes \(citation.source), which has no stored document"))
                    }
                    continue
                }
                guard let quote = citation.quote, let start = citation.start, let end = citation.end else {
                    if citation.anchor != nil {
                        audit.problems.append(Problem(
                            subject: fact.id,
                            message: "anchor \"\(citation.anchor!)\" not found in \(citation.source), \(citation.locator)"))
                    }
                    continue
                }
                if matches(quote, text, start, end) {
                    audit.verified += 1
                } else {
                    audit.problems.append(Problem(subject: fact.id, message: "quote is not at \(start)..<\(end) of \(citation.source)"))
                }
            }
        }
        return audit
    }

    private static func matches(_ quote: String, _ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard 0 <= start, start <= end, end <= text.count else { return false }
        return text[start..<end].elementsEqual(quote.unicodeScalars)
    }
}
