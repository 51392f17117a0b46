public import Foundation
import DossierKit

/// The words the analyzer reads: stopwords, multiword phrases and concept groups, loaded
/// from the bundled `lexicon.json`; irregular forms come from WordNet (``Morphology``) and
/// stems from Snowball (``Stemmer``).
///
/// Lookups are precomputed on folded, stemmed words, so a question, a fact statement and
/// the lexicon itself all meet in the same form.
///
/// What stays hand-kept here, and why: stopwords (no packaged list fits questions: "tell",
/// "main", "currently" carry no content here), phrases, and the concept groups, which say
/// which words count as the same for this field (WordNet's synonym sets are far wider:
/// "sever" shares a synset with "break" in the sense of breaking a bone, "open" with "undo").
public struct Lexicon: Sendable {
    struct File: Decodable {
        var version: Int
        var stopwords: [String]
        var phrases: [String: String]
        var concepts: [String: [String]]
        /// Kept for older lexicon files; irregular forms now come from WordNet.
        var irregular: [String: String]?
        var generic: [String]
        var symmetric: [String]?
    }

    public let stopwords: Set<String>
    /// Folded word sequences to the concept they stand for, by first word, longest first.
    public let phrases: [String: [(words: [String], concept: String)]]
    /// Stemmed word to concept.
    public let concepts: [String: String]
    /// Concepts that say nothing about which fact is meant ("happen", "relation").
    public let generic: Set<String>
    /// Concepts whose two sides may swap without changing the meaning: A meets B when B
    /// meets A.
    public let symmetric: Set<String>

    /// Reads a lexicon from JSON.
    public init(json: Data) throws {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: json)
        } catch {
            throw DossierError(.badData, "the lexicon is not valid JSON of the expected shape", cause: error)
        }
        self.init(file)
    }

    /// A lexicon from its file. `concepts`, when given, is the stemmed word-to-concept table
    /// this init would work out from the file (the generator's `lexicon_concepts.tsv`), so
    /// none of the file's words, WordNet's person nouns or pertainyms is stemmed again.
    init(_ file: File, concepts compiled: [String: String]? = nil) {
        stopwords = Set(file.stopwords.map { TextFolding.fold($0) })
        var phrases: [(words: [String], concept: String)] = file.phrases.map {
            (TextFolding.words($0.key), $0.value)
        }
        var concepts: [String: String] = [:]
        for (concept, words) in file.concepts.sorted(by: { $0.key < $1.key }) {
            for word in words {
                let parts = TextFolding.words(word)
                if parts.count > 1 {
                    phrases.append((parts, concept))
                } else if compiled == nil, let part = parts.first {
                    concepts[TextFolding.stem(part)] = concept
                }
            }
        }
        self.phrases = Dictionary(grouping: phrases.sorted { $0.words.count > $1.words.count }, by: { $0.words[0] })
        if let compiled {
            self.concepts = compiled
        } else {
            let withAgents = concepts.merging(Self.agentNouns(of: concepts), uniquingKeysWith: { listed, _ in listed })
            self.concepts = withAgents.merging(Self.pertainymNouns(of: withAgents), uniquingKeysWith: { listed, _ in listed })
        }
        generic = Set(file.generic)
        symmetric = Set(file.symmetric ?? [])
    }

    /// The rows `stem concept` of a compiled concept table.
    static func concepts(table: [UInt8]) -> [String: String] {
        var concepts: [String: String] = [:]
        LanguageTable.forEachRow(table) { row in
            if row.count == 2 { concepts[row[0]] = row[1] }
        }
        return concepts
    }

    /// WordNet's person nouns of each concept's verbs read as that concept ("visitor" and
    /// "visitant" as visit, "seller" as export), unless the lexicon lists the noun itself
    /// or two concepts claim it.
    static func agentNouns(of concepts: [String: String], agents: (String) -> [String] = Derivations.bundledAgents) -> [String: String] {
        var claims: [String: Set<String>] = [:]
        for (verb, concept) in concepts {
            for noun in agents(verb) where concepts[TextFolding.stem(noun)] == nil {
                claims[TextFolding.stem(noun), default: []].insert(concept)
            }
        }
        return claims.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// WordNet's adjectives that pertain to one noun read as that noun, or as its concept
    /// ("ambassadorial" as ambassador, "presidential" as president), unless the lexicon
    /// lists the adjective itself. The generator keeps only adjectives that are no noun and
    /// are spelt from the noun (see scripts/generate-language-resources.py).
    ///
    /// The table holds the pairs already stemmed (``TextFolding/stem(_:)`` of each word of
    /// `pertainyms.tsv`, pairs whose stems meet left out; see ``stemmedPertainyms(_:)``), so
    /// start-up stems none of its 3,000 words.
    static func pertainymNouns(of concepts: [String: String], stemmed: [UInt8] = PackageResources.pertainyms_stemmed_tsv) -> [String: String] {
        var nouns: [String: String] = [:]
        LanguageTable.forEachRow(stemmed) { row in
            guard row.count == 2 else { return }
            let adjective = row[0], noun = row[1]
            guard concepts[adjective] == nil, adjective != noun else { return }
            nouns[adjective] = concepts[noun] ?? noun
        }
        return nouns
    }

    /// What `pertainyms_stemmed.tsv` must hold: each row of a pertainym table stemmed, in
    /// order, without the rows whose two stems meet (for the test that holds the generated
    /// file to the Swift stemming).
    static func stemmedPertainyms(_ table: [UInt8] = PackageResources.pertainyms_tsv) -> [[String]] {
        var rows: [[String]] = []
        LanguageTable.forEachRow(table) { row in
            guard row.count == 2 else { return }
            let adjective = TextFolding.stem(row[0]), noun = TextFolding.stem(row[1])
            if adjective != noun { rows.append([adjective, noun]) }
        }
        return rows
    }

    /// The lexicon compiled into the binary, read from `lexicon.tsv` and
    /// `lexicon_concepts.tsv`: the rows the generator writes from `lexicon.json` and the
    /// concepts it works out from them, so start-up decodes no JSON and stems no word.
    public static let bundled = Lexicon(
        File(table: PackageResources.lexicon_tsv), concepts: concepts(table: PackageResources.lexicon_concepts_tsv))

    /// True for words that carry no content.
    public func isStopword(_ folded: String) -> Bool { stopwords.contains(folded) }

    /// The term a folded word stands for: the concept of its base form, or the base form
    /// (``TextFolding/stem(_:)``).
    public func term(for folded: String) -> String {
        let stem = TextFolding.stem(folded)
        return concepts[stem] ?? stem
    }
}
