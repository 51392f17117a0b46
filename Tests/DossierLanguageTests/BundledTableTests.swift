@testable import DossierLanguage
import Foundation
import Testing

/// The generated tables start-up reads without working them out: looked up in place, they
/// must answer as the tables read whole; precomputed, they must be what the Swift code computes.
@Suite struct BundledTableTests {
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

    /// scripts/generate-language-resources.py works out the lexicon's concepts in Python;
    /// this holds them to what the Swift lexicon works out from its file.
    @Test func compiledConceptsAreTheLexiconsOwn() {
        let computed = Lexicon(Lexicon.File(table: PackageResources.lexicon_tsv)).concepts
        let compiled = Lexicon.bundled.concepts
        #expect(compiled.count == computed.count)
        let differing = Set(compiled.keys).union(computed.keys).filter { compiled[$0] != computed[$0] }.sorted()
        #expect(differing.isEmpty, "lexicon_concepts.tsv differs at \(differing.prefix(5).map { "\($0): \(compiled[$0] ?? "-") vs \(computed[$0] ?? "-")" }); run make language-resources")
    }

    /// scripts/generate-language-resources.py keys the gazetteer's names in Python; every
    /// key must be the one the Swift gazetteer gives, and every name that is not plain
    /// words must have one.
    @Test func gazetteerKeysAreTheGazetteersOwn() {
        var keyed: [String: String] = [:]
        LanguageTable.forEachRow(PackageResources.gazetteer_keys_tsv) { if $0.count == 2 { keyed[$0[0]] = $0[1] } }
        let differing = keyed.filter { Gazetteer.key($0.key) != $0.value }.keys.sorted()
        #expect(differing.isEmpty, "gazetteer_keys.tsv differs for \(differing.prefix(5)); run make language-resources")
        var unkeyed: [String] = []
        LanguageTable.forEachRow(PackageResources.gazetteer_tsv) { row in
            guard row.count == 4, !["code", "withdrawn"].contains(row[0]), keyed[row[3]] == nil else { return }
            if Gazetteer.key(row[3]) != row[3].lowercased() { unkeyed.append(row[3]) }
        }
        #expect(unkeyed.isEmpty, "names without a key in gazetteer_keys.tsv: \(unkeyed.prefix(5))")
        #expect(keyed.count > 100)
    }

    /// The fingerprint stored readings carry is the one the resources give; a table edited
    /// without `make language-resources` fails here.
    @Test func readingFingerprintIsTheResourcesOwn() {
        #expect(ReadingFingerprint.bundled == ReadingFingerprint.computed(), "run make language-resources")
    }

    /// Every row of the exception list and of the verb lemmas is found by its key, verbs first.
    @Test func everyRowIsFoundInPlace() {
        let morphology = Morphology.wordNet
        var expected: [String: [DossierLanguage.Morphology.Lemma]] = [:]
        LanguageTable.forEachRow(PackageResources.morphology_tsv) { row in
            let pos: DossierLanguage.Morphology.PartOfSpeech = row[0] == "v" ? .verb : row[0] == "n" ? .noun : .adjective
            expected[row[1], default: []].append(DossierLanguage.Morphology.Lemma(word: row[2], partOfSpeech: pos))
        }
        let order: [DossierLanguage.Morphology.PartOfSpeech] = [.verb, .noun, .adjective]
        let mismatched = expected.filter { form, lemmas in
            morphology.irregularLemmas(of: form) != lemmas.sorted { order.firstIndex(of: $0.partOfSpeech)! < order.firstIndex(of: $1.partOfSpeech)! }
        }
        #expect(mismatched.isEmpty)
        var missing: [String] = []
        LanguageTable.forEachRow(PackageResources.verbs_txt) { if !morphology.isVerb($0[0]) { missing.append($0[0]) } }
        #expect(missing.isEmpty)
    }

    /// The gazetteer's short cut for plain names gives the key the word splitter gives.
    @Test func gazetteerKeysOfPlainNamesAreTheirWords() {
        var texts = ["Russia", "russian federation", "A B", "U.S.A.", "Côte d'Ivoire", " Peru", "Peru ", "New  Zealand", ""]
        LanguageTable.forEachRow(PackageResources.gazetteer_tsv) { if $0.count == 4 { texts.append($0[3]) } }
        let differing = texts.filter { Gazetteer.key($0) != TextFolding.words($0).joined(separator: " ") }
        #expect(differing.isEmpty)
    }

    @Test func searchedTablesAnswerAsReadTables() {
        let derivations = Derivations.wordNet
        for verb in ["visit", "sell", "elect", "zzz", "a", "", "visit\tvisitor"] {
            #expect(Derivations.bundledAgents(of: verb) == derivations.agents(of: verb))
        }
        #expect(Morphology.wordNet.irregularLemmas(of: "better").map(\.partOfSpeech).first == .adjective)
        #expect(Morphology.wordNet.irregularLemmas(of: "found").first == DossierLanguage.Morphology.Lemma(word: "find", partOfSpeech: .verb))
        #expect(Morphology.wordNet.isVerb("abandon") && Morphology.wordNet.isVerb("zoom") && !Morphology.wordNet.isVerb("zzzz"))
    }
}

/// The bundled lexicon is read from lexicon.tsv; it must be the lexicon lexicon.json gives.
@Suite struct BundledLexiconTableTests {
    @Test func theTableReadsAsTheJSON() throws {
        let bundled = Lexicon.bundled
        let json = try Lexicon(json: Data(PackageResources.lexicon_json))
        #expect(bundled.stopwords == json.stopwords)
        #expect(bundled.concepts == json.concepts)
        #expect(bundled.generic == json.generic)
        #expect(bundled.symmetric == json.symmetric)
        func phrases(_ lexicon: Lexicon) -> [String: [String]] {
            lexicon.phrases.mapValues { $0.map { $0.words.joined(separator: " ") + "=" + $0.concept }.sorted() }
        }
        #expect(phrases(bundled) == phrases(json))
    }
}
