import DossierIndex
import DossierKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An invented world for timeline tests: Norland and Estavia, two sources that disagree
/// on one date, a long span, a crowded year and a statement with markup in it.
enum TimelineFixture {
    static let gazette = Source(id: "norland-gazette", title: "The Norland Gazette", publisher: "Gazette Press", published: "2024")
    static let annals = Source(id: "estavian-annals", title: "Estavian Annals", publisher: "Annals House", published: "2020")

    static func cite(_ source: Source, _ section: String, _ paragraph: Int, quote: String? = nil) -> Citation {
        Citation(source: source.id, title: source.title, section: section, paragraph: paragraph, quote: quote)
    }

    static let entities = [
        Entity(id: "norland", name: "Norland", kind: "country", aliases: ["Norlandic"]),
        Entity(id: "estavia", name: "Estavia", kind: "country", aliases: ["Estávia"]),
        Entity(id: "pellor", name: "Pellor", kind: "city", partOf: "estavia"),
    ]

    static let facts = [
        Fact(id: "relations-established", subject: "norland", predicate: "diplomatic-relations.established", object: "estavia",
             time: TimeValue("1952-03-14"), statement: "Norland and Estavia established relations on 14 March 1952.",
             citations: [cite(gazette, "History", 1, quote: "Relations began in the spring of 1952.")]),
        Fact(id: "relations-frozen", subject: "norland", predicate: "diplomatic-relations.frozen", object: "estavia",
             time: TimeValue("early 1960s"), statement: "Relations were frozen in the early 1960s.",
             citations: [cite(gazette, "History", 2)]),
        Fact(id: "embassy-gazette", subject: "norland", predicate: "embassy.opened", object: "estavia", entities: ["pellor"],
             time: TimeValue("1978"), statement: "Norland opened an embassy in Pellor in 1978.",
             citations: [cite(gazette, "Missions", 1)]),
        Fact(id: "embassy-annals", subject: "norland", predicate: "embassy.opened", object: "estavia", entities: ["pellor"],
             time: TimeValue("1981"), statement: "Norland opened an embassy in Pellor in 1981.",
             citations: [cite(annals, "Diplomacy", 4)]),
        Fact(id: "trade-span", subject: "norland", predicate: "trade.partnership", object: "estavia",
             time: TimeValue("1821..2024"), statement: "Norland and Estavia have traded salt and timber since 1821.",
             citations: [cite(annals, "Trade", 1)]),
        Fact(id: "visit-2007", subject: "norland", predicate: "visit.arrival", object: "estavia",
             time: TimeValue("2007-07"), statement: "Norland's president visited Estavia in July 2007.",
             citations: [cite(gazette, "Visits", 1)]),
        Fact(id: "statement-2007-a", subject: "estavia", predicate: "statement.said",
             time: TimeValue("2007"), statement: "Estavia said the <visit> & talks were \"useful\".",
             citations: [cite(annals, "Statements", 1)]),
        Fact(id: "statement-2007-b", subject: "estavia", predicate: "statement.said",
             time: TimeValue("2007"), statement: "Estavia called for a second round of talks.",
             citations: [cite(annals, "Statements", 2)]),
        Fact(id: "statement-2007-c", subject: "estavia", predicate: "position.supported",
             time: TimeValue("2007-03-02"), statement: "Estavia backed Norland's seat on a regional council.",
             citations: [cite(annals, "Statements", 3)]),
        Fact(id: "aid-undated", subject: "norland", predicate: "aid.donation", object: "estavia",
             statement: "Norland gives Estavia aid.", citations: [cite(gazette, "Aid", 1)]),
        Fact(id: "pellor-fair", subject: "pellor", predicate: "culture.fair",
             time: TimeValue("1995"), statement: "Pellor held a book fair in 1995.",
             citations: [cite(annals, "Culture", 1)]),
    ]

    static let index = FactIndex(facts: facts, entities: entities, sources: [gazette, annals])
}

/// Every element of an XML document with its attributes and text, read with
/// Foundation's XMLParser; parsing fails on anything that is not well-formed.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var parents: [String]
        var parent: Int?
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []
    private(set) var error: String?

    static func parse(_ text: String) -> XMLElements {
        let reader = XMLElements()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        if !parser.parse() { reader.error = parser.parserError.map { "\($0)" } ?? "parse failed" }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        let parents = stack.map { elements[$0].name }
        elements.append(Element(name: name, attributes: attributes, text: "", parents: parents, parent: stack.last))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = stack.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The children of the element at `index` with this name.
    func children(of index: Int, named name: String) -> [Element] {
        elements.filter { $0.parent == index && $0.name == name }
    }

    /// Indices of the elements with this name and class.
    func indices(named name: String, class className: String) -> [Int] {
        elements.indices.filter { elements[$0].name == name && elements[$0].attributes["class"] == className }
    }
}
