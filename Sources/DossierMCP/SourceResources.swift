import DossierEngine
import DossierIndex
import DossierKit
import DossierOutput
import DossierStore
import Foundation
import MCP

/// Each source as the resource `dossier://source/ID`: its metadata as JSON and, once
/// its document is ingested, the stored text, so a client can open what an answer cites.
extension DossierTools {
    func listResources() throws -> ListResources.Result {
        let ingested = (try? ingestedSources()) ?? []
        let resources = engine.index.sources.map { source in
            let stored = ingested.contains(source.id) ? "text stored" : "not ingested: metadata only"
            return Resource(
                name: source.id, uri: SourceResources.uri(of: source.id), title: source.title,
                description: "\(source.publication.map { $0 + "; " } ?? "")\(factCount(citing: source.id)) facts; \(stored)",
                mimeType: "application/json")
        }
        return ListResources.Result(resources: resources)
    }

    func readResource(_ uri: String) throws -> ReadResource.Result {
        guard let id = SourceResources.id(in: uri), let source = engine.index.source(id) else {
            throw MCPError.serverError(code: SourceResources.notFound, message: "no resource \(uri); resources/list gives the dossier://source/ID of each source")
        }
        let document: DocumentText?
        do {
            document = try store.document(id)
        } catch {
            throw MCPError.internalError("cannot read the stored document of \(id): \(error.description)")
        }
        let metadata: Value = [
            "id": .string(source.id), "title": .string(source.title), "publisher": .string(source.publisher),
            "kind": .string(source.kind), "published": source.published.map(Value.string) ?? .null,
            "sections": .array(source.sections.map(Value.string)), "facts": .int(factCount(citing: id)),
            "ingested": .bool(document != nil),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: (try? encoder.encode(metadata)) ?? Data("{}".utf8), as: UTF8.self)
        var contents: [Resource.Content] = [.text(json, uri: uri, mimeType: "application/json")]
        if let document { contents.append(.text(document.text, uri: uri, mimeType: "text/plain")) }
        return ReadResource.Result(contents: contents)
    }
}

/// The URI scheme of source resources.
enum SourceResources {
    static let prefix = "dossier://source/"
    /// MCP's code for a resource that does not exist.
    static let notFound = -32002

    static func uri(of id: String) -> String { prefix + id }

    static func id(in uri: String) -> String? {
        guard uri.hasPrefix(prefix) else { return nil }
        let id = String(uri.dropFirst(prefix.count))
        return id.isEmpty ? nil : id
    }
}
