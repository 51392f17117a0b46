public import DossierKit

/// The words of a document's sentences, split once (``SentenceWords``) for both readers
/// of a document: the ``NameFinder`` and the ``ClaimReader`` read the same words, and
/// splitting a sentence costs about as much as either reading of it.
public struct PassageWords: Sendable {
    /// One entry per passage, in the passages' order.
    let sentences: [SentenceWords]

    /// Splits every passage's text into words.
    public init(_ passages: [Passage]) {
        sentences = passages.map { SentenceWords($0.text) }
    }
}
