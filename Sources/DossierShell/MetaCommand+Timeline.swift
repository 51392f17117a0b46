extension MetaCommand {
    /// Reads `:timeline`'s argument: `[ENTITY]`, or `[ENTITY] --open FILE.html`.
    static func parseTimeline(_ argument: String?) throws(MetaCommandError) -> MetaCommand {
        guard let argument else { return .timeline(nil) }
        let words = argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let flag = words.firstIndex(of: "--open") else { return .timeline(argument) }
        guard flag + 1 < words.count else {
            throw .missingArgument(Usage(name: "timeline --open", argument: "FILE.html", summary: "the timeline page"))
        }
        let file = words[(flag + 1)...].joined(separator: " ")
        let entity = words[..<flag].joined(separator: " ")
        return .timelinePage(entity: entity.isEmpty ? nil : entity, file: file)
    }
}
