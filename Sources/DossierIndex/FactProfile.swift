import DossierKit
import DossierLanguage
import Foundation

/// A fact as the index reads it: its terms and every entity it involves or names.
///
/// Terms the statement or qualifiers use count fully; terms only its keywords add count
/// for less, so "imports" listed as a keyword of an export fact does not tie with a fact
/// that states an import.
struct FactProfile: Sendable {
    /// Term to how strongly the fact carries it: 1 when stated, less when only a keyword.
    var terms: [String: Double]
    var entities: Set<String>
    /// Terms of the predicate's own words (`trade.export` -> trade, export).
    var predicateTerms: Set<String>
    /// Every place the fact's entities lie in (Guatemala, for a fact about Guatemala City).
    var ancestors: Set<String> = []

    static let keywordStrength = 0.7

    /// `roleTerms`: role to the terms a question asks for it with, each given to a fact
    /// that fills the role.
    init(fact: Fact, reader: TextReader, roleTerms: [String: Set<String>]) {
        self = Self.read(fact, reader: reader, roleTerms: roleTerms).profile
    }

    /// The fact's profile, and the folded words of the texts it was read from (where an
    /// entity name may start).
    static func read(_ fact: Fact, reader: TextReader, roleTerms: [String: Set<String>]) -> (profile: FactProfile, words: Set<String>) {
        let texts = Self.texts(of: fact)
        let stated = reader.read(texts.stated)
        let keywords = reader.read(texts.keywords)
        let predicate = reader.read(texts.predicate)
        var terms: [String: Double] = [:]
        for term in keywords.terms { terms[term.term] = Self.keywordStrength }
        for term in stated.terms { terms[term.term] = 1 }
        for term in reader.nameTerms(of: stated) { terms[term] = 1 }
        let predicateTerms = Set(predicate.terms.map(\.term))
        for term in predicateTerms { terms[term] = 1 }
        for (role, asked) in roleTerms where fact.qualifiers[role] != nil { for term in asked { terms[term] = 1 } }
        let entities = Set(fact.allEntities + stated.entities.map(\.entity) + keywords.entities.map(\.entity))
        let words = Set((stated.tokens + keywords.tokens + predicate.tokens).map(\.folded))
        return (FactProfile(terms: terms, entities: entities, predicateTerms: predicateTerms), words)
    }

    /// The texts a fact is read from, each read on its own: what it states (with its
    /// qualifiers), its keywords, and its predicate as words.
    static func texts(of fact: Fact) -> (stated: String, keywords: String, predicate: String) {
        (([fact.statement] + fact.qualifiers.values.sorted()).joined(separator: ". "), fact.keywords,
         fact.predicate.replacingOccurrences(of: ".", with: " "))
    }

    private init(terms: [String: Double], entities: Set<String>, predicateTerms: Set<String>) {
        self.terms = terms
        self.entities = entities
        self.predicateTerms = predicateTerms
    }

    /// The profile as the store keeps it: lines of tab-separated stated terms, keyword
    /// terms, entities and predicate terms (the places its entities lie in are found again
    /// from the entities).
    var stored: String {
        let stated = terms.filter { $0.value == 1 }.keys.sorted()
        let keywords = terms.filter { $0.value != 1 }.keys.sorted()
        return StoredFields.text([stated, keywords, entities.sorted(), predicateTerms.sorted()])
    }

    /// A profile from ``stored``; nil when the text is not one.
    init?(stored: String) {
        let lines = StoredFields.lines(stored)
        guard lines.count == 4 else { return nil }
        var terms: [String: Double] = Dictionary(minimumCapacity: lines[0].count + lines[1].count)
        for term in lines[1] { terms[term] = Self.keywordStrength }
        for term in lines[0] { terms[term] = 1 }
        self.init(terms: terms, entities: Set(lines[2]), predicateTerms: Set(lines[3]))
    }
}
