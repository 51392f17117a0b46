import DossierKit
import DossierOutput
import Foundation
import DossierTesting
import GeneralPlugin
import StancePlugin
import TimelinePlugin
import TradePlugin
import VisitsPlugin

/// An invented world for answerer tests: two countries, Norland and Estavia, their
/// cities, two presidents, and a handful of facts about them. None of it is true.
enum Fixtures {
    static let entities = [
        Entity(id: "norland", name: "Norland", kind: "country", aliases: ["Norlandic", "Norlanders", "Republic of Norland", "Norlandia"]),
        Entity(id: "estavia", name: "Estavia", kind: "country", aliases: ["Estavian", "Estavians", "Estávia", "República de Estávia"]),
        Entity(id: "varnhal", name: "Varnhal", kind: "city", aliases: ["Várnhal"], partOf: "norland"),
        Entity(id: "pellor", name: "Pellor", kind: "city", aliases: ["Pellór", "Ciudad de Pellor"], partOf: "estavia"),
        Entity(id: "ilsa-marrow", name: "Ilsa Marrow", kind: "person", aliases: ["Marrow", "President Marrow"]),
        Entity(id: "tomas-quirera", name: "Tomás Quirera", kind: "person", aliases: ["Quirera", "Tomas Quirera", "President Quirera"]),
        Entity(id: "amber-hall", name: "Amber Hall", kind: "place", aliases: ["Sala de Ámbar"]),
        Entity(id: "tidewater-accord", name: "Tidewater Accord", kind: "agreement", aliases: ["Tidewater Pact"]),
    ]

    static let facts = [
        Fact(id: "norland-estavia-relations", subject: "norland", predicate: "diplomatic-relations.established", object: "estavia",
             time: TimeValue("1952-03-14"),
             statement: "Norland and Estavia established diplomatic relations on 14 March 1952.",
             keywords: "diplomatic relations ties established began", citations: [TestDossier.cite(paragraph: 1)]),
        Fact(id: "relations-frozen", subject: "norland", predicate: "diplomatic-relations.frozen", object: "estavia",
             qualifiers: ["reason": "a border dispute over the Salt Marshes"], time: TimeValue("early 1960s"),
             statement: "In the early 1960s relations between Norland and Estavia were frozen over a border dispute about the Salt Marshes.",
             keywords: "relations frozen suspended", citations: [TestDossier.cite(paragraph: 2)]),
        Fact(id: "estavia-embassy-varnhal", subject: "estavia", predicate: "embassy.opened", object: "norland",
             entities: ["varnhal"], qualifiers: ["place": "Varnhal"], time: TimeValue("1978"),
             statement: "Estavia opened its embassy in Varnhal in 1978.",
             keywords: "embassy open diplomatic mission", citations: [TestDossier.cite(paragraph: 3)]),
        Fact(id: "norland-embassy-pellor", subject: "norland", predicate: "embassy.opened", object: "estavia",
             entities: ["pellor"], qualifiers: ["place": "Pellor"], time: TimeValue("1990"),
             statement: "Norland opened its embassy in Pellor in 1990.",
             keywords: "embassy open diplomatic mission", citations: [TestDossier.cite(paragraph: 4)]),
        Fact(id: "norland-exports", subject: "norland", predicate: "trade.export", object: "estavia",
             qualifiers: ["goods": "timber, wool and glass"],
             statement: "Norland sells timber, wool and glass to Estavia.",
             keywords: "export sell goods products", citations: [TestDossier.cite(paragraph: 5)]),
        Fact(id: "estavia-exports", subject: "estavia", predicate: "trade.export", object: "norland",
             qualifiers: ["goods": "copper and olive oil"],
             statement: "Estavia's main exports to Norland are copper and olive oil.",
             keywords: "export sell goods products", citations: [TestDossier.cite(paragraph: 6)]),
        Fact(id: "estavia-investment", subject: "estavia", predicate: "investment", object: "norland",
             qualifiers: ["amount": "$45 million"], time: TimeValue("2019"),
             statement: "Estavian firms invested $45 million in Norland in 2019.",
             keywords: "investment invest capital", citations: [TestDossier.cite(paragraph: 7)]),
        Fact(id: "marrow-visit", subject: "ilsa-marrow", predicate: "visit", object: "estavia",
             entities: ["pellor", "norland"], qualifiers: ["place": "Pellor", "purpose": "to sign the Tidewater Accord on fishing rights"],
             time: TimeValue("2011-05-09"),
             statement: "Norland's president Ilsa Marrow visited Estavia on 9 May 2011 to sign the Tidewater Accord on fishing rights.",
             keywords: "visit trip travel", citations: [TestDossier.cite(paragraph: 8)]),
        Fact(id: "marrow-quirera-meeting", subject: "ilsa-marrow", predicate: "meeting", object: "tomas-quirera",
             entities: ["amber-hall", "pellor"], qualifiers: ["place": "Amber Hall"], time: TimeValue("2011-05"),
             statement: "Ilsa Marrow met Estavia's president Tomás Quirera at Amber Hall in Pellor in May 2011.",
             keywords: "meet meeting talks", citations: [TestDossier.cite(paragraph: 9)]),
        Fact(id: "estavia-whaling-position", subject: "estavia", predicate: "position", object: "norland",
             qualifiers: ["topic": "whaling"], time: TimeValue("2016"),
             statement: "In 2016 Estavia condemned Norland for resuming commercial whaling.",
             keywords: "position condemn criticise stance", citations: [TestDossier.cite(paragraph: 10)]),
        Fact(id: "journalists-expelled", subject: "norland", predicate: "deportation", object: "estavia",
             qualifiers: ["reason": "their press visas had been forged"], time: TimeValue("2018"),
             statement: "In 2018 Norland expelled two Estavian journalists because their press visas had been forged.",
             keywords: "deport expel journalists", citations: [TestDossier.cite(paragraph: 11)]),
        Fact(id: "quirera-election", subject: "tomas-quirera", predicate: "election", object: "estavia",
             time: TimeValue("2009"),
             statement: "Tomás Quirera won Estavia's presidential election in 2009.",
             keywords: "election won vote president", citations: [TestDossier.cite(paragraph: 12)]),
        Fact(id: "norland-language-school", subject: "norland", predicate: "culture", object: "estavia",
             entities: ["pellor"],
             statement: "Norland funds a school in Pellor that teaches the Norlandic language.",
             keywords: "culture language school education", citations: [TestDossier.cite(paragraph: 13)]),
    ]

    /// The five built-in answerers, as the executable registers them.
    static let answerers: [any Answerer] = [
        TimelineAnswerer(), TradeAnswerer(), VisitsAnswerer(), StanceAnswerer(), GeneralAnswerer(),
    ]

    /// A fresh Dossier over the invented facts with all five answerers.
    static func makeDossier() throws -> TestDossier {
        try TestDossier(entities: entities, facts: facts, answerers: answerers)
    }

    /// Lowercased with accents removed, for comparing answers.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
