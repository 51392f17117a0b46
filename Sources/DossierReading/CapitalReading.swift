import DossierKit
import DossierLanguage

/// A capital named as an actor stands for its country's government, the one of the
/// sentence's date: "Moscow and Caracas signed ..." is Russia (the Soviet Union in 1945,
/// from the gazetteer's former capitals) and Venezuela. A capital acts where it opens a
/// clause, follows "and", "between", "with", "by" or "against", or owns something
/// ("Moscow's support"); elsewhere it is the city itself ("talks in Moscow", "visited
/// Caracas").
struct CapitalReading {
    static let actorOpeners: Set<String> = ["and", "between", "with", "by", "against", "both"]

    private let seats: CapitalGovernments
    private let kinds: [String: String]

    init(entities: [Entity], gazetteer: Gazetteer = .bundled) {
        seats = CapitalGovernments(entities: entities, gazetteer: gazetteer)
        kinds = Dictionary(entities.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    /// The mentions with each capital acting in the sentence read as its government in `year`.
    func governments(in mentions: [Mention], words: [SentenceWords.Word], year: Int?) -> [Mention] {
        mentions.map { mention in
            let surface = words[mention.range].map(\.surface).joined(separator: " ")
            guard ["city", "country"].contains(kinds[mention.entity] ?? ""),
                  acts(mention, words: words),
                  let entity = seats.government(seatedIn: surface, in: year)
            else { return mention }
            return Mention(entity: entity, range: mention.range)
        }
    }

    private func acts(_ mention: Mention, words: [SentenceWords.Word]) -> Bool {
        let start = mention.range.lowerBound
        if words[mention.range.upperBound - 1].possessive { return true }
        guard start > 0 else { return true }
        let before = words[start - 1]
        if !before.after.isEmpty && before.after != "(" { return true }
        if Self.actorOpeners.contains(before.folded) {
            // "flew to Moscow and Caracas": a capital joined to a place is a place too.
            return !(start >= 3 && ["to", "in", "at", "from"].contains(words[start - 3].folded))
        }
        return false
    }
}
