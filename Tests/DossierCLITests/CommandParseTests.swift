import ArgumentParser
@testable import DossierCLI
import Testing

/// The command line as ArgumentParser reads it: each command parses to its type with its
/// options, and bad values are refused before anything runs. The binary's behaviour is
/// tested in DossierExecutableTests; these check the parse alone.
struct CommandParseTests {
    @Test func noArgumentsIsTheRootCommand() throws {
        let command = try Dossier.parseAsRoot([])
        let root = try #require(command as? Dossier)
        #expect(root.options.json == false)
        #expect(root.options.logLevel == nil)
    }

    @Test func askJoinsItsWords() throws {
        let command = try Dossier.parseAsRoot(["ask", "--json", "when", "did", "Russia", "open", "its", "embassy?"])
        let ask = try #require(command as? AskCommand)
        #expect(ask.words == ["when", "did", "Russia", "open", "its", "embassy?"])
        #expect(ask.options.json)
    }

    @Test(arguments: [
        (["sources", "--json"], "sources"), (["plugins", "--json"], "plugins"), (["check", "--json"], "check"),
        (["eval", "--json", "q.jsonl"], "eval"), (["ingest", "--json", "a.txt"], "ingest"),
    ])
    func everyListingTakesJSON(arguments: [String], name: String) throws {
        let command = try Dossier.parseAsRoot(arguments)
        let options = try #require((command as? any DossierCommand)?.options, "\(name) parsed to \(type(of: command))")
        #expect(options.json)
    }

    @Test func ingestTakesEveryPath() throws {
        let ingest = try #require(try Dossier.parseAsRoot(["ingest", "a.txt", "b.md"]) as? IngestCommand)
        #expect(ingest.paths == ["a.txt", "b.md"])
    }

    @Test func forgetTakesSourceIDs() throws {
        let forget = try #require(try Dossier.parseAsRoot(["forget", "atlas", "almanac"]) as? ForgetCommand)
        #expect(forget.sources == ["atlas", "almanac"])
    }

    @Test func evalReadsMinimumAccuracy() throws {
        let eval = try #require(try Dossier.parseAsRoot(["eval", "q.jsonl", "--min-accuracy", "92.5"]) as? EvalCommand)
        #expect(eval.file == "q.jsonl")
        #expect(eval.minAccuracy == 92.5)
    }

    @Test(arguments: ["nan", "NaN", "-1", "100.5", "inf"])
    func evalRefusesAMinimumAccuracyOutsideZeroToHundred(value: String) {
        #expect(throws: (any Error).self) { try Dossier.parseAsRoot(["eval", "q.jsonl", "--min-accuracy=" + value]) }
        let message = Dossier.message(for: catching { try Dossier.parseAsRoot(["eval", "q.jsonl", "--min-accuracy=" + value]) })
        #expect(message.contains("0 to 100"), "\(message)")
    }

    @Test func logLevelIsReadByName() throws {
        let command = try Dossier.parseAsRoot(["--log-level", "debug"])
        #expect((command as? Dossier)?.options.logLevel == .debug)
        #expect(throws: (any Error).self) { try Dossier.parseAsRoot(["--log-level", "loud"]) }
    }

    @Test(arguments: ["--color", "--store", "--plugin-dir"])
    func optionsThatTakeAValueRefuseToGoWithout(option: String) {
        #expect(throws: (any Error).self) { try Dossier.parseAsRoot([option]) }
    }

    @Test func colorTakesOnlyItsChoices() throws {
        #expect((try Dossier.parseAsRoot(["--color", "never"]) as? Dossier)?.options.color == .never)
        #expect(throws: (any Error).self) { try Dossier.parseAsRoot(["--color", "sometimes"]) }
    }

    @Test func anUnknownSubcommandOrFlagIsAUsageError() {
        let error = catching { try Dossier.parseAsRoot(["--frobnicate"]) }
        #expect(Dossier.exitCode(for: error).rawValue == 64)
    }

    private func catching(_ body: () throws -> Any) -> any Error {
        do {
            _ = try body()
            return CancellationError()
        } catch {
            return error
        }
    }
}
