import DossierKit
import Foundation
import GRDB

// Document and passage rows as stored; they stay inside DossierStore and convert to
// DossierKit and DossierStore values at the boundary.

struct DocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document"
    var source: String
    var path: String
    var contentHash: String
    var text: String
    var byteCount: Int
    var characterCount: Int
    var ingestedAt: Date

    init(_ document: DocumentText, at date: Date) {
        source = document.source.id
        path = DocumentText.canonicalPath(document.path)
        contentHash = document.contentHash
        text = document.text
        byteCount = document.text.utf8.count
        characterCount = document.text.unicodeScalars.count
        ingestedAt = date
    }
}

/// Read only: passages are written with one cached INSERT statement, for speed.
struct PassageRecord: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "passage"
    var id: Int64?
    var document: String
    var section: String
    var paragraph: Int
    var sentence: Int
    var start: Int
    var end: Int
    var text: String

    func value(title: String) -> Passage {
        Passage(source: document, title: title, section: section, paragraph: paragraph,
                sentence: sentence, start: start, end: end, text: text)
    }
}
