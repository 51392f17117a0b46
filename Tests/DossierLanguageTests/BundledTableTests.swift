@testable import DossierLanguage
import Testing

/// The generated tables start-up reads without working them out: searched in place, they
/// must be sorted; precomputed, they must be what the Swift code computes.
@Suite struct BundledTableTests {
    @Test func morphologyTablesAreSortedForSearching() {
        #expect(Morphology.wordNet.tablesAreSorted)
        #expect(SortedLines(PackageResources.agents_tsv).isSorted(fields: 1))
    }

    /// scripts/generate-language-resources.py stems in Python; this holds it to TextFolding.stem.
    @Test func stemmedPertainymsMatchTheSwiftStemming() {
        var committed: [[String]] = []
        LanguageTable.forEachRow(PackageResources.pertainyms_stemmed_tsv) { committed.append($0) }
        let computed = Lexicon.stemmedPertainyms()
        #expect(committed.count == computed.count)
        for (line, pair) in zip(committed, computed).enumerated() where pair.0 != pair.1 {
            Issue.record("pertainyms_stemmed.tsv line \(line + 1): \(pair.0), Swift stems \(pair.1); run make language-resources")
            break
        }
    }

    @Test func searchedTablesAnswerAsReadTables() {
        let derivations = Derivations.wordNet
        for verb in ["visit", "sell", "elect", "zzz", "a", ""] {
            #expect(Derivations.bundledAgents(of: verb) == derivations.agents(of: verb))
        }
        #expect(Morphology.wordNet.irregularLemmas(of: "better").map(\.partOfSpeech).first == .adjective)
        #expect(Morphology.wordNet.irregularLemmas(of: "found").first == Morphology.Lemma(word: "find", partOfSpeech: .verb))
        #expect(Morphology.wordNet.isVerb("abandon") && Morphology.wordNet.isVerb("zoom") && !Morphology.wordNet.isVerb("zzzz"))
    }
}
