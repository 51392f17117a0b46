public import DossierKit
public import DossierStore
import DossierLanguage
public import Foundation

/// The facts compiled into the binary, so Dossier answers out of the box; loaded into a
/// store on first run and whenever the pack's `version` is newer than the store's.
public struct FactPack: Sendable {
    /// Bumped whenever the pack changes.
    public var version: Int
    /// Sources, entities and facts.
    public var contents: StoreContents
    /// A hash of the pack's bytes: a store whose pack has the same version but another
    /// fingerprint is reloaded too, so an edited pack never goes unnoticed.
    public var fingerprint: String

    private struct File: Decodable {
        struct PackCitation: Decodable {
            var source: String
            var section: String
            var paragraph: Int
            var anchor: String?
        }

        struct PackFact: Decodable {
            var id: String
            var subject: String
            var predicate: String
            var object: String?
            var entities: [String]?
            var qualifiers: [String: String]?
            var time: TimeValue?
            var statement: String
            var keywords: String?
            var citations: [PackCitation]
        }

        var version: Int
        var sources: [Source]
        var entities: [Entity]
        var facts: [PackFact]
    }

    /// Reads a pack from JSON; citation titles are filled in from the pack's sources.
    public init(json: Data) throws(DossierError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: json)
        } catch {
            throw DossierError(.badData, "the fact pack is not valid: \(FactPack.describe(error))", cause: error)
        }
        let titles = Dictionary(file.sources.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let facts = try file.facts.map { (fact) throws(DossierError) -> Fact in
            Fact(
                id: fact.id, subject: fact.subject, predicate: fact.predicate, object: fact.object,
                entities: fact.entities ?? [], qualifiers: fact.qualifiers ?? [:], time: fact.time,
                statement: fact.statement, keywords: fact.keywords ?? "",
                citations: try fact.citations.map { (citation) throws(DossierError) -> Citation in
                    guard let title = titles[citation.source] else {
                        throw DossierError(.badData, "fact \(fact.id) cites \(citation.source), which the pack's sources do not list")
                    }
                    return Citation(source: citation.source, title: title, section: citation.section,
                                    paragraph: citation.paragraph, anchor: citation.anchor)
                })
        }
        version = file.version
        contents = StoreContents(sources: file.sources, entities: file.entities, facts: facts)
        fingerprint = Self.fnv1a(json)
    }

    /// The fingerprint of the pack compiled into the binary, without decoding it.
    public static let bundledFingerprint = TextBytes.fnv1a(PackageResources.factpack_json)

    /// The pack compiled into the binary.
    public static func bundled() throws(DossierError) -> FactPack {
        try FactPack(json: Data(PackageResources.factpack_json))
    }

    /// 64-bit FNV-1a of the bytes, in hexadecimal.
    static func fnv1a(_ data: Data) -> String { TextBytes.fnv1a([UInt8](data)) }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing \(key.stringValue) at \(path(context))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            return "\(context.debugDescription) at \(path(context))"
        default:
            return String(describing: error)
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
