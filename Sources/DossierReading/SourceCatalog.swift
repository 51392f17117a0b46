public import DossierKit
import Foundation
import DossierLanguage

/// Source metadata for a document: from a `sources.json` beside the file when it lists
/// the file, else made from the file name and the document's first heading.
///
/// `sources.json` is a JSON array of `{"id", "file", "title", "publisher", "kind",
/// "published"}` objects, as in the shared corpus.
public enum SourceCatalog {
    private struct Entry: Decodable {
        var id: String
        var file: String
        var title: String
        var publisher: String?
        var kind: String?
        var published: String?
    }

    public static func source(for path: String, parsed: ParsedDocument) throws(DossierError) -> Source {
        let url = URL(fileURLWithPath: path)
        let sidecar = url.deletingLastPathComponent().appendingPathComponent("sources.json")
        let name = url.lastPathComponent
        if let data = try? Data(contentsOf: sidecar) {
            let entries: [Entry]
            do {
                entries = try JSONDecoder().decode([Entry].self, from: data)
            } catch {
                throw DossierError(
                    .badData, "\(sidecar.path): not a list of sources ({id, file, title, ...}); fix or remove it.", cause: error)
            }
            if let entry = entries.first(where: { $0.file == name }) {
                return Source(id: entry.id, title: entry.title, publisher: entry.publisher ?? "unknown publisher",
                              kind: entry.kind ?? "document", published: entry.published ?? parsed.date,
                              sections: parsed.sectionNames)
            }
        }
        let stem = url.deletingPathExtension().lastPathComponent
        let id = TextFolding.words(stem).joined(separator: "-")
        return Source(id: id.isEmpty ? "document" : id, title: parsed.title ?? stem, publisher: "unknown publisher",
                      kind: "document", published: parsed.date, sections: parsed.sectionNames)
    }
}
