import DossierShell
import Testing
import DossierOutput

struct MetaCommandTests {
    @Test(arguments: [
        (":help", MetaCommand.help),
        ("  :help  ", .help),
        (":plugins", .plugins(nil)),
        (":plugins timeline", .plugins("timeline")),
        (":sources", .sources),
        (":source wikipedia-guatemala-russia-relations", .source("wikipedia-guatemala-russia-relations")),
        (":facts United States", .facts("United States")),
        (":why", .why(nil)),
        (":why visits", .why("visits")),
        (":json", .json),
        (":timeline", .timeline(nil)),
        (":timeline Russia", .timeline("Russia")),
        (":history", .history),
        (":quit", .quit),
        (":q", .quit),
        (":QUIT", .quit),
    ])
    func parsesEachCommand(line: String, command: MetaCommand) throws {
        #expect(try MetaCommand.parse(line) == command)
    }

    @Test(arguments: ["when did Russia open its embassy?", "", "what is 2:30?"])
    func leavesQuestionsAlone(line: String) throws {
        #expect(try MetaCommand.parse(line) == nil)
    }

    @Test(arguments: [(":hlep", "help"), (":sorce", "source"), (":histroy", "history"), (":tim", "timeline"), (":qiut", "quit"), (":plugin", "plugins")])
    func suggestsTheClosestCommandForATypo(line: String, suggestion: String) {
        #expect(throws: MetaCommandError.unknown(String(line.dropFirst()), suggestion: suggestion)) {
            try MetaCommand.parse(line)
        }
    }

    @Test func suggestsNothingForAFarOffName() {
        #expect(throws: MetaCommandError.unknown("xylophone", suggestion: nil)) {
            try MetaCommand.parse(":xylophone")
        }
    }

    @Test func namesTheSuggestionInTheMessage() {
        let error = MetaCommandError.unknown("hlep", suggestion: "help")
        #expect(error.description.contains("did you mean :help?"))
    }

    @Test(arguments: [":source", ":facts", ":facts   "])
    func asksForAMissingArgument(line: String) throws {
        do {
            _ = try MetaCommand.parse(line)
            Issue.record("\(line) parsed without its argument")
        } catch {
            guard case .missingArgument(let usage) = error else {
                Issue.record("expected a missing argument, got \(error)")
                return
            }
            #expect(error.description.contains(usage.argument))
        }
    }
}
