import Foundation

/// A shell command: a line starting with `:` (`:help`, `:source ID`, `:quit`).
public enum MetaCommand: Sendable, Equatable {
    /// Lists the commands and keys.
    case help
    /// Lists the answerers with their example questions, or the one named.
    case plugins(String?)
    /// Lists the sources.
    case sources
    /// Shows one source: title, publisher, date, sections.
    case source(String)
    /// Lists the facts about an entity, with time and citation.
    case facts(String)
    /// Shows every answerer's bid and reason for the last question, or the named one's.
    case why(String?)
    /// Switches JSON output on or off.
    case json
    /// Lists dated facts in order, all of them or those about an entity.
    case timeline(String?)
    /// Writes the timeline (about an entity when one is given) as an HTML page and opens it.
    case timelinePage(entity: String?, file: String)
    /// Lists the history.
    case history
    /// Leaves the shell.
    case quit

    /// One command's name, what it takes, and what it does, for `:help` and completion.
    public struct Usage: Sendable, Equatable {
        /// The name without the colon.
        public var name: String
        /// The argument, as help shows it (`"ID"`, `"[ENTITY]"`), or empty.
        public var argument: String
        /// One line on what it does.
        public var summary: String
    }

    /// Every command, in the order `:help` lists them.
    public static let usages: [Usage] = [
        Usage(name: "help", argument: "", summary: "this list"),
        Usage(name: "plugins", argument: "[NAME]", summary: "the answerers and questions they answer"),
        Usage(name: "sources", argument: "", summary: "the documents facts come from"),
        Usage(name: "source", argument: "ID", summary: "one source: title, publisher, date, sections"),
        Usage(name: "facts", argument: "ENTITY", summary: "facts about an entity, with time and citation"),
        Usage(name: "why", argument: "[PLUGIN]", summary: "every answerer's bid and reason for the last question"),
        Usage(name: "json", argument: "", summary: "switch JSON output on or off"),
        Usage(name: "timeline", argument: "[ENTITY]", summary: "dated facts in order; add --open FILE.html for the picture in a browser"),
        Usage(name: "history", argument: "", summary: "the questions asked before"),
        Usage(name: "quit", argument: "", summary: "leave the shell (Ctrl-D does too)"),
    ]

    /// Reads a line as a command; nil when the line does not start with `:`.
    ///
    /// - Throws: ``MetaCommandError`` for an unknown command (naming the closest one)
    ///   or a missing argument.
    public static func parse(_ line: String) throws(MetaCommandError) -> MetaCommand? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix(":") else { return nil }
        let body = trimmed.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace }).lowercased()
        let rest = body.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
        let argument = rest.isEmpty ? nil : rest
        func required() throws(MetaCommandError) -> String {
            guard let argument else { throw .missingArgument(usage(of: name)) }
            return argument
        }
        switch name {
        case "help", "h", "?": return .help
        case "plugins": return .plugins(argument)
        case "sources": return .sources
        case "source": return .source(try required())
        case "facts": return .facts(try required())
        case "why": return .why(argument)
        case "json": return .json
        case "timeline": return try parseTimeline(argument)
        case "history": return .history
        case "quit", "q", "exit": return .quit
        default: throw .unknown(name, suggestion: closest(to: name))
        }
    }

    /// The command a mistyped name most likely meant: the only one it begins, else the
    /// nearest by edit distance when that is close enough to be a typo.
    public static func closest(to name: String) -> String? {
        let names = usages.map(\.name)
        guard !name.isEmpty else { return nil }
        let starting = names.filter { $0.hasPrefix(name) }
        if starting.count == 1 { return starting[0] }
        let ranked = names.map { ($0, EditDistance.between($0, name)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = ranked, distance <= max(1, min(3, name.count / 2)) else { return nil }
        return best
    }

    private static func usage(of name: String) -> Usage {
        usages.first { $0.name == name } ?? Usage(name: name, argument: "", summary: "")
    }
}

/// Why a `:` line is not a command the shell can run.
public enum MetaCommandError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No command has this name; `suggestion` is the closest one, if any is close.
    case unknown(String, suggestion: String?)
    /// The command needs an argument it was not given.
    case missingArgument(MetaCommand.Usage)

    /// The message the shell prints.
    public var description: String {
        switch self {
        case .unknown(let name, let suggestion?):
            "unknown command :\(name); did you mean :\(suggestion)? (:help lists the commands)"
        case .unknown(let name, nil):
            "unknown command :\(name); :help lists the commands"
        case .missingArgument(let usage):
            ":\(usage.name) needs \(usage.argument.isEmpty ? "an argument" : usage.argument), as in :\(usage.name) \(usage.argument)"
        }
    }
}
