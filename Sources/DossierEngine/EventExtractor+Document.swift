public import DossierKit
public import DossierReading
public import DossierStore

extension EventExtractor {
    /// Every dated event a document on its way into the store states, in document order.
    public func events(in document: DocumentText) -> [Fact] {
        events(source: document.source, passages: document.passages)
    }
}
