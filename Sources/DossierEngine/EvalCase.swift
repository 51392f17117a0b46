public import DossierKit
import DossierOutput
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

    /// The longest line of a question file read as a case (64 KiB).
    public static let maximumLineBytes = 64 * 1024

    /// Reads a JSON Lines file of cases, skipping blank lines. The file is read line by
    /// line, holding at most ``maximumLineBytes`` of any line, so its size costs no memory
    /// beyond the cases themselves.
    public static func load(path: String) throws(DossierError) -> [EvalCase] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DossierError(.io, "cannot read the question file \(path) (\(String(cString: strerror(errno)))); check the path")
        }
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, limit: maximumLineBytes)
        var cases: [EvalCase] = []
        let decoder = JSONDecoder()
        while true {
            let next: LineReader.Line?
            do {
                next = try reader.next()
            } catch {
                throw DossierError(.io, "cannot read the question file \(path): \(error)")
            }
            guard let line = next else { return cases }
            guard line.length <= maximumLineBytes else {
                throw DossierError(.badData, "\(path), line \(line.number) is \(line.length) bytes long; a question case may be at most \(maximumLineBytes) bytes")
            }
            guard !line.bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) else { continue }
            do {
                cases.append(try decoder.decode(EvalCase.self, from: Data(line.bytes)))
            } catch {
                throw DossierError(.badData, "\(path), line \(line.number) is not a question case (id, question, expect, answer_contains, cite_any, plugin)", cause: error)
            }
        }
    }
}
