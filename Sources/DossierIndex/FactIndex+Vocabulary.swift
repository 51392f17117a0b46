import DossierKit
public import DossierLanguage

extension FactIndex {
    /// The words the store knows, counted per occurrence: every fact statement, every
    /// ingested sentence, and every entity's name and aliases. A question's misspelt word is
    /// corrected only to one of these.
    ///
    /// An index of a store whose readings keep their texts' word counts sums those
    /// (``FactStore/storedWordCounts()``) and reads only the names; otherwise every text is
    /// read, with the same counts.
    public func vocabulary() -> Vocabulary {
        let names = entities.flatMap { [$0.name] + $0.aliases }
        guard let stored = storedWordCounts?() else {
            return Vocabulary(texts: facts.map(\.statement) + passageIndex.passages.all.map(\.text) + names)
        }
        var counts = stored
        for name in names {
            for (word, count) in Vocabulary.wordCounts(of: name) { counts[word, default: 0] += count }
        }
        return Vocabulary(counts: counts)
    }
}
