import DossierEngine
import DossierIndex
import DossierKit
import DossierOutput
import DossierStore
import Foundation
import MCP

extension DossierTools {
    /// `sources {}`: every source with its id, title, publisher, date, resource URI and
    /// how many facts cite it.
    func sources(_ arguments: ToolArguments) throws -> CallTool.Result {
        try arguments.onlyKnown([])
        let ingested = try ingestedSources()
        var lines: [String] = []
        let items: [Value] = engine.index.sources.map { source in
            let facts = factCount(citing: source.id)
            lines.append("\(source.id): \(source.title) (\(source.publisher)\(source.published.map { ", " + $0 } ?? "")); \(facts) facts")
            return [
                "id": .string(source.id), "title": .string(source.title), "publisher": .string(source.publisher),
                "kind": .string(source.kind), "published": source.published.map(Value.string) ?? .null,
                "uri": .string(SourceResources.uri(of: source.id)), "facts": .int(facts),
                "ingested": .bool(ingested.contains(source.id)),
            ]
        }
        let text = lines.isEmpty ? "The store holds no sources.\n" : lines.map(TerminalSanitizer.clean).joined(separator: "\n") + "\n"
        return Self.result(text: text, structured: ["sources": .array(items)])
    }

    /// How many facts cite the source.
    func factCount(citing source: String) -> Int {
        engine.index.factCountsBySource()[source] ?? 0
    }

    /// Ids of the sources whose document text is stored.
    func ingestedSources() throws(ToolError) -> Set<String> {
        do {
            return Set(try store.documents().map(\.source))
        } catch {
            throw ToolError(message: "cannot read the stored documents: \(error.description)")
        }
    }
}
