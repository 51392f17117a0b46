public import DossierKit
import Foundation

/// One question of an evaluation file (the format of `questions/dev.jsonl`): what must be
/// said, which sources may be cited, and which answerer should win.
public struct EvalCase: Sendable, Hashable, Decodable {
    /// The case's id (`"d01"`).
    public var id: String
    /// The question asked.
    public var question: String
    /// `"answered"`, or `"unknown"` when Dossier must abstain.
    public var expect: String
    /// Every entry must appear in the answer; an entry with several spellings is met by any one.
    public var answerContains: [[String]]
    /// The answer must cite one of these sources; empty means any.
    public var citeAny: [String]
    /// The answerer that should win, or nil when any may.
    public var plugin: String?

    /// Creates a case.
    public init(
        id: String, question: String, expect: String, answerContains: [[String]] = [],
        citeAny: [String] = [], plugin: String? = nil
    ) {
        self.id = id
        self.question = question
        self.expect = expect
        self.answerContains = answerContains
        self.citeAny = citeAny
        self.plugin = plugin
    }

    enum CodingKeys: String, CodingKey {
        case id, question, expect, plugin
        case answerContains = "answer_contains"
        case citeAny = "cite_any"
    }

    /// Reads a case; `answer_contains` entries are a string or a list of spellings.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        question = try c.decode(String.self, forKey: .question)
        expect = try c.decode(String.self, forKey: .expect)
        answerContains = try c.decodeIfPresent([Spellings].self, forKey: .answerContains)?.map(\.values) ?? []
        citeAny = try c.decodeIfPresent([String].self, forKey: .citeAny) ?? []
        plugin = try c.decodeIfPresent(String.self, forKey: .plugin)
    }

    private struct Spellings: Decodable {
        var values: [String]
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let single = try? c.decode(String.self) {
                values = [single]
            } else {
                values = try c.decode([String].self)
            }
        }
    }

    /// Reads a JSON Lines file of cases, skipping blank lines.
    public static func load(path: String) throws(DossierError) -> [EvalCase] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DossierError(.io, "cannot read the question file \(path); check the path")
        }
        var cases: [EvalCase] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            do {
                cases.append(try JSONDecoder().decode(EvalCase.self, from: Data(line.utf8)))
            } catch {
                throw DossierError(.badData, "\(path), line \(number + 1) is not a question case (id, question, expect, answer_contains, cite_any, plugin)", cause: error)
            }
        }
        return cases
    }
}
