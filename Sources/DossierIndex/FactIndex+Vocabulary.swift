import DossierKit
public import DossierLanguage

extension FactIndex {
    /// The words the store knows, counted: every fact statement, every ingested sentence,
    /// and every entity's name and aliases. A question's misspelt word is corrected only
    /// to one of these.
    public func vocabulary() -> Vocabulary {
        let names = entities.flatMap { [$0.name] + $0.aliases }
        return Vocabulary(texts: facts.map(\.statement) + passageIndex.passages.map(\.text) + names)
    }
}
