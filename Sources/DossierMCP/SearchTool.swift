import DossierEngine
import DossierIndex
import DossierKit
import DossierOutput
import DossierStore
import Foundation
import MCP

extension DossierTools {
    /// `search {"query": string, "limit"?: int}`: the facts and the stored sentences that
    /// best match, read the way a question is read, each with its citation and quote.
    func search(_ arguments: ToolArguments) throws -> CallTool.Result {
        try arguments.onlyKnown(["query", "limit"])
        guard let query = try arguments.string("query", required: true) else { throw ToolError(message: "search: no query") }
        let limit = try arguments.integer("limit") ?? SearchLimits.standard
        guard (1...SearchLimits.maximum).contains(limit) else {
            throw ToolError(message: "search: 'limit' is \(limit); give a number from 1 to \(SearchLimits.maximum)")
        }
        guard query.utf8.count <= InputLine.maximumBytes else {
            throw ToolError(message: "search: the query is \(query.utf8.count) bytes long; at most \(InputLine.maximumBytes) bytes are read")
        }
        let cleaned = InputLine.clean(query)
        guard !cleaned.isEmpty else { throw ToolError(message: "search: the query is empty; give some words to look for") }
        let question = engine.analyzer.analyze(cleaned)
        let facts = engine.index.relevant(to: question, limit: limit)
        let passages = engine.index.passages(matching: question, limit: limit)
        var lines = facts.isEmpty && passages.isEmpty ? ["Nothing in the store matches \"\(cleaned)\"."] : []
        for match in facts {
            let cited = match.fact.citations.map { "\($0.source), \($0.locator)" }.joined(separator: "; ")
            lines.append("fact \(TextRenderer.format(match.score)): \(match.fact.statement) [\(cited)]")
        }
        for match in passages {
            lines.append("passage \(TextRenderer.format(match.score)): \(match.passage.text) [\(match.passage.source), \(match.passage.citation.locator)]")
        }
        let structured: Value = [
            "query": .string(cleaned),
            "facts": .array(facts.map { match in
                [
                    "id": .string(match.fact.id), "statement": .string(match.fact.statement),
                    "predicate": .string(match.fact.predicate), "time": match.fact.time.map { .string($0.text) } ?? .null,
                    "score": .double(match.score), "citations": .array(match.fact.citations.map(Self.citation)),
                ]
            }),
            "passages": .array(passages.map { match in
                ["text": .string(match.passage.text), "score": .double(match.score), "citation": Self.citation(match.passage.citation)]
            }),
        ]
        return Self.result(text: lines.map(TerminalSanitizer.clean).joined(separator: "\n") + "\n", structured: structured)
    }
}
