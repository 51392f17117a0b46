import Foundation

/// Tab completion as a pure function of the text before the cursor: command names after
/// `:`, answerer names after `:plugins` and `:why`, source ids after `:source`, and entity
/// names anywhere else (`Guat` -> `Guatemala`), falling back to aliases (`USS` -> `USSR`)
/// only when no name fits, so that a short alias such as "Guate" does not cut a
/// completion short.
public struct Completer: Sendable {
    /// What a Tab press can put in place of the text before the cursor.
    public struct Completion: Sendable, Equatable {
        /// The end of the text before the cursor that the candidates replace.
        public var replacing: String
        /// Every candidate, shortest first, then in alphabetical order, without repeats.
        public var candidates: [String]

        /// The longest start all candidates share, compared without regard to case.
        public var commonPrefix: String {
            guard var prefix = candidates.first else { return "" }
            for candidate in candidates.dropFirst() {
                while !candidate.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
            }
            return prefix
        }
    }

    private let commands: [String]
    private let plugins: [String]
    private let sources: [String]
    private let names: [String]
    private let aliases: [String]

    /// Creates a completer over the names the shell knows.
    ///
    /// - Parameters:
    ///   - plugins: answerer names.
    ///   - sources: source ids.
    ///   - entityNames: entity names.
    ///   - aliases: other names of entities, offered when no entity name fits.
    public init(plugins: [String], sources: [String], entityNames: [String], aliases: [String] = []) {
        commands = MetaCommand.usages.map { ":" + $0.name }
        self.plugins = plugins
        self.sources = sources
        names = Array(Set(entityNames.filter { $0.count > 1 }))
        self.aliases = Array(Set(aliases.filter { $0.count > 1 }))
    }

    /// The candidates for a line with the cursor after `cursor` characters.
    public func complete(line: String, cursor: Int) -> Completion {
        complete(before: String(line.prefix(max(0, cursor))))
    }

    /// The candidates for the text before the cursor.
    public func complete(before text: String) -> Completion {
        if text.hasPrefix(":") {
            guard let space = text.firstIndex(where: \.isWhitespace) else {
                return Completion(replacing: text, candidates: matches(text, in: commands))
            }
            let command = text[text.index(after: text.startIndex)..<space].lowercased()
            let argument = String(text[space...].drop(while: \.isWhitespace))
            switch command {
            case "plugins", "why": return Completion(replacing: argument, candidates: matches(argument, in: plugins))
            case "source": return Completion(replacing: argument, candidates: matches(argument, in: sources))
            case "facts", "timeline": return Completion(replacing: argument, candidates: entityMatches(argument))
            default: return Completion(replacing: argument, candidates: [])
            }
        }
        return entityCompletion(at: text)
    }

    /// Tries the last word, then the last two words, and so on, so that `United St`
    /// completes to `United States`; the longest ending that some name starts with wins.
    private func entityCompletion(at text: String) -> Completion {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard let last = words.last, !last.isEmpty else { return Completion(replacing: "", candidates: []) }
        var best = Completion(replacing: String(last), candidates: [])
        for count in 1...min(4, words.count) {
            let ending = words.suffix(count).joined(separator: " ")
            let found = entityMatches(ending)
            if !found.isEmpty { best = Completion(replacing: ending, candidates: found) }
        }
        return best
    }

    /// Entity names that start with `typed`, else aliases that do.
    private func entityMatches(_ typed: String) -> [String] {
        let found = matches(typed, in: names)
        return found.isEmpty ? matches(typed, in: aliases) : found
    }

    /// Names that start with `typed`, ignoring case and accents, shortest first.
    private func matches(_ typed: String, in names: [String]) -> [String] {
        let key = Self.fold(typed)
        return names.filter { Self.fold($0).hasPrefix(key) }.sorted {
            ($0.count, $0) < ($1.count, $1)
        }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
