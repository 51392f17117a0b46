import DossierKit

/// The `question` message: one analysed question and the facts most relevant to it.
struct WireRequest: Encodable {
    let type = "question"
    let id: Int
    let question: WireQuestion
    let facts: [WireFact]

    init(id: Int, question: Question, in store: any FactQuery, factLimit: Int) {
        self.id = id
        self.question = WireQuestion(question, in: store)
        var facts = store.relevant(to: question, limit: factLimit).map(WireFact.init)
        // Facts that only share an entity with the question score too low to be ranked,
        // but a plugin with readings of its own may still want them: fill up with those.
        var sent = Set(facts.map(\.id))
        for entity in question.entityIDs where facts.count < factLimit {
            for fact in store.facts(about: entity) where facts.count < factLimit && sent.insert(fact.id).inserted {
                facts.append(WireFact(fact, score: 0))
            }
        }
        self.facts = facts
    }
}

/// The analysis of a question as plugins read it.
struct WireQuestion: Encodable {
    struct Mention: Encodable {
        let id: String
        let name: String
        let surface: String
    }

    struct Time: Encodable {
        let from: Int?
        let to: Int?
        let surface: String

        // Open ends are written as null rather than left out, as the schema asks.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(surface, forKey: .surface)
        }

        enum CodingKeys: String, CodingKey { case from, to, surface }
    }

    let text: String
    let kind: String
    let entities: [Mention]
    let time: Time?
    let terms: [String]

    init(_ question: Question, in store: any FactQuery) {
        text = question.text
        kind = question.kind.rawValue
        entities = question.entities.map { Mention(id: $0.entity, name: store.name(of: $0.entity), surface: $0.surface) }
        time = question.time.map { Time(from: $0.from, to: $0.to, surface: $0.surface) }
        terms = question.terms
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(entities, forKey: .entities)
        try c.encode(time, forKey: .time)
        try c.encode(terms, forKey: .terms)
    }

    enum CodingKeys: String, CodingKey { case text, kind, entities, time, terms }
}

/// A fact as plugins read it, with how well it matched the question.
struct WireFact: Encodable {
    let id: String
    let subject: String
    let predicate: String
    let object: String?
    let entities: [String]
    let qualifiers: [String: String]
    let time: String?
    let statement: String
    let citations: [Citation]
    let score: Double

    init(_ match: FactMatch) {
        self.init(match.fact, score: match.score)
    }

    init(_ fact: Fact, score: Double) {
        id = fact.id
        subject = fact.subject
        predicate = fact.predicate
        object = fact.object
        entities = fact.entities
        qualifiers = fact.qualifiers
        time = fact.time?.text
        statement = fact.statement
        citations = fact.citations
        self.score = (score * 1000).rounded() / 1000
    }
}
