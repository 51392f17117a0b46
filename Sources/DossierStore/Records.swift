import DossierKit
import Foundation
import GRDB

// Rows as stored. They stay inside DossierStore and convert to DossierKit values at the
// boundary; list and dictionary columns are JSON text.

struct SourceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "source"
    var id: String
    var title: String
    var publisher: String
    var kind: String
    var published: String?
    var sections: String

    init(_ source: Source) {
        id = source.id
        title = source.title
        publisher = source.publisher
        kind = source.kind
        published = source.published
        sections = JSONColumn.encode(source.sections)
    }

    var value: Source {
        Source(id: id, title: title, publisher: publisher, kind: kind, published: published,
               sections: JSONColumn.strings(sections) ?? [])
    }
}

struct EntityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entity"
    var id: String
    var name: String
    var kind: String
    var aliases: String
    var partOf: String?

    init(_ entity: Entity) {
        id = entity.id
        name = entity.name
        kind = entity.kind
        aliases = JSONColumn.encode(entity.aliases)
        partOf = entity.partOf
    }

    var value: Entity {
        Entity(id: id, name: name, kind: kind, aliases: JSONColumn.strings(aliases) ?? [], partOf: partOf)
    }
}

struct FactRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "fact"
    var id: String
    var position: Int
    var origin: String
    var subject: String
    var predicate: String
    var object: String?
    var entities: String
    var qualifiers: String
    var time: String?
    var statement: String
    var keywords: String

    init(_ fact: Fact, position: Int, origin: String) {
        id = fact.id
        self.position = position
        self.origin = origin
        subject = fact.subject
        predicate = fact.predicate
        object = fact.object
        entities = JSONColumn.encode(fact.entities)
        qualifiers = JSONColumn.encode(fact.qualifiers)
        time = fact.time?.text
        statement = fact.statement
        keywords = fact.keywords
    }

    func value(citations: [Citation]) -> Fact {
        Fact(
            id: id, subject: subject, predicate: predicate, object: object,
            entities: JSONColumn.strings(entities) ?? [],
            qualifiers: JSONColumn.stringTable(qualifiers) ?? [:],
            time: time.flatMap(TimeValue.init), statement: statement, keywords: keywords, citations: citations)
    }
}

struct CitationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "citation"
    var id: Int64?
    var factId: String
    var position: Int
    var source: String
    var title: String
    var section: String
    var paragraph: Int
    var anchor: String?
    var quote: String?
    var start: Int?
    var end: Int?

    init(_ citation: Citation, factID: String, position: Int) {
        factId = factID
        self.position = position
        source = citation.source
        title = citation.title
        section = citation.section
        paragraph = citation.paragraph
        anchor = citation.anchor
        quote = citation.quote
        start = citation.start
        end = citation.end
    }

    var value: Citation {
        Citation(source: source, title: title, section: section, paragraph: paragraph,
                 anchor: anchor, quote: quote, start: start, end: end)
    }
}
