public import DossierKit

/// Finds entities in a run of words by their names and aliases, longest match first,
/// in any case and with or without accents.
///
/// Short all-capital aliases ("US", "IOC") match only when written in capitals or after
/// "the", so the pronoun "us" is not read as the United States but "the us" is.
public struct EntityMatcher: Sendable {
    struct Alias: Sendable {
        var words: [String]
        var entity: String
        var needsCapitals: Bool
    }

    /// Aliases by their first folded word, longest first.
    let aliases: [String: [Alias]]

    public init(entities: [Entity]) {
        var table: [String: [Alias]] = [:]
        for entity in entities {
            for name in [entity.name] + entity.aliases {
                let words = TextFolding.words(name)
                guard let first = words.first else { continue }
                let capitals = name.count <= 4 && name.allSatisfy { $0.isUppercase || $0 == "." }
                table[first, default: []].append(Alias(words: words, entity: entity.id, needsCapitals: capitals))
                // A one-word name of people also names them in the plural (Belizean, Belizeans).
                if words.count == 1, first.count >= 5, !capitals, first.hasSuffix("an") || first.hasSuffix("ese") == false && first.hasSuffix("i") {
                    table[first + "s", default: []].append(Alias(words: [first + "s"], entity: entity.id, needsCapitals: false))
                }
            }
        }
        aliases = table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// A match: the entity and the token range that named it.
    public struct Match: Equatable {
        public var entity: String
        public var range: Range<Int>
    }

    /// Every entity named in the tokens, left to right, without overlaps.
    public func matches(in tokens: [TextFolding.Token]) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            if let match = longestMatch(in: tokens, at: index) {
                found.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func longestMatch(in tokens: [TextFolding.Token], at index: Int) -> Match? {
        for alias in aliases[tokens[index].folded] ?? [] {
            let end = index + alias.words.count
            guard end <= tokens.count else { continue }
            let slice = tokens[index..<end]
            guard zip(slice, alias.words).allSatisfy({ $0.folded == $1 }) else { continue }
            if alias.needsCapitals && !slice.allSatisfy({ $0.surface.allSatisfy { !$0.isLowercase } })
                && !(index > 0 && tokens[index - 1].folded == "the") {  // "the us" is the country
                continue
            }
            return Match(entity: alias.entity, range: index..<end)
        }
        return nil
    }
}
