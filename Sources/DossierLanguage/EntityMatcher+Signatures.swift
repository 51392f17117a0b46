extension EntityMatcher {
    /// What the matcher does with a word that starts a name: for each folded first word,
    /// its names in the order they are tried, with the entity each names. Two matchers
    /// with the same signature for a word read every text without that word alike, so a
    /// stored reading goes stale only where a changed word occurs.
    public var aliasSignatures: [String: String] {
        aliases.mapValues { list in
            list.map { $0.words.joined(separator: " ") + "\t" + $0.entity + ($0.needsCapitals ? "\tC" : "") }
                .joined(separator: "\n")
        }
    }
}
