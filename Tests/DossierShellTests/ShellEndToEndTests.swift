import Foundation
import Testing

/// The shell driven through a pseudo-terminal, keys and all.
struct ShellEndToEndTests {
    private static let question = "when did Russia open its embassy?"
    private static let answer = "Russia opened an embassy in Guatemala City in 2007"

    @Test func showsTheBannerAndAnswersAQuestion() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        #expect(session.terminal.output.contains(":help for commands."))
        let output = await session.type(Self.question, expecting: Self.answer)
        #expect(output.contains("[1] Guatemala"))
        #expect(!output.contains("\u{1B}[1m"), "NO_COLOR is set, yet the answer is coloured: \(output)")
    }

    @Test func upRecallsTheLastQuestion() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        await session.type(Self.question, expecting: Self.answer)
        let mark = session.terminal.mark
        session.terminal.send("\u{1B}[A")
        #expect(await session.terminal.waitFor(Self.question, after: mark), "Up did not show the question: \(session.terminal.output(after: mark))")
        await session.type("", expecting: Self.answer)
    }

    @Test func ctrlRFindsAnEarlierQuestionBySomeOfItsWords() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        await session.type(Self.question, expecting: Self.answer)
        await session.type(":sources", expecting: "wikipedia-guatemala-russia-relations")
        let mark = session.terminal.mark
        // Ctrl-R, then a fragment of the first question: Enter runs the line it found.
        session.terminal.send("\u{12}embassy")
        #expect(await session.terminal.waitFor("embassy", after: mark), "Ctrl-R showed: \(session.terminal.output(after: mark))")
        await session.type("", expecting: Self.answer)
    }

    @Test func tabCompletesACommand() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        session.terminal.send(":hel\t")
        // Only :help lists the commands; ":hel" itself would be an unknown command.
        await session.type("", expecting: "Type a question, or a command:")
    }

    @Test func tabCompletesAnAccentedNameAndKeepsItWhole() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        session.terminal.send("who is Ósc\t")
        await session.type("", expecting: "dossier> ")
        await session.type(":history", expecting: "who is Óscar Berger")
        session.terminal.send(":quit\r")
        #expect(await session.terminal.waitForExit() == 0)
    }

    @Test func ctrlCClearsTheLineAndTheShellGoesOn() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        session.terminal.send("zebra crossing")
        #expect(await session.terminal.waitFor("zebra crossing"))
        let mark = session.terminal.mark
        session.terminal.send("\u{03}")
        #expect(await session.terminal.waitFor("dossier> ", after: mark), "no fresh prompt after Ctrl-C: \(session.terminal.output(after: mark))")
        let history = await session.type(":history", expecting: ":history")
        #expect(!history.contains("zebra"))
        await session.type(Self.question, expecting: Self.answer)
    }

    @Test func aResizeRedrawsTheLineBeingEdited() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        session.terminal.send("unfinished words")
        #expect(await session.terminal.waitFor("unfinished words"))
        let mark = session.terminal.mark
        session.terminal.resize(columns: 60, rows: 20)
        #expect(await session.terminal.waitFor("unfinished words", after: mark), "no redraw: \(session.terminal.output(after: mark))")
        session.terminal.send("\u{15}")
        await session.type(Self.question, expecting: Self.answer)
    }

    @Test func ctrlDOnAnEmptyLineExitsWithZeroAndKeepsTheHistory() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        await session.type(Self.question, expecting: Self.answer)
        session.terminal.send("\u{04}")
        #expect(await session.terminal.waitForExit() == 0, "output: \(session.terminal.output)")
        let attributes = try FileManager.default.attributesOfItem(atPath: session.historyPath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: session.historyPath, encoding: .utf8) == Self.question + "\n")
    }

    @Test func historyComesBackInTheNextSession() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = try await ShellSession.start(directory: directory)
        await first.type(Self.question, expecting: Self.answer)
        first.terminal.send("\u{04}")
        #expect(await first.terminal.waitForExit() == 0)
        let second = try await ShellSession.start(directory: directory)
        let mark = second.terminal.mark
        second.terminal.send("\u{1B}[A")
        #expect(await second.terminal.waitFor(Self.question, after: mark))
    }

    @Test func aCorruptHistoryFileGivesOneWarningAndIsLeftAlone() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/state/dossier/history"
        try FileManager.default.createDirectory(atPath: directory.path + "/state/dossier", withIntermediateDirectories: true)
        let corrupt = Data([0xFF, 0xFE, 0x00, 0x0A])
        try corrupt.write(to: URL(fileURLWithPath: path))
        let session = try await ShellSession.start(directory: directory)
        #expect(session.terminal.output.contains("is not UTF-8 text"))
        await session.type(Self.question, expecting: Self.answer)
        session.terminal.send("\u{04}")
        #expect(await session.terminal.waitForExit() == 0)
        #expect(session.terminal.output.components(separatedBy: "warning:").count == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == corrupt)
    }

    @Test func jsonSwitchesAnswersToJSONLines() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        await session.type(":json", expecting: "answers are now JSON lines")
        await session.type(Self.question, expecting: #""status":"answered""#)
    }

    @Test func coloursAnswersOnATerminalWithoutNoColor() async throws {
        let session = try await ShellSession.start(extraEnvironment: ["NO_COLOR": ""])
        defer { session.end() }
        await session.type(Self.question, expecting: "\u{1B}[1m" + Self.answer)
    }

    @Test func anUnknownCommandSuggestsTheClosest() async throws {
        let session = try await ShellSession.start()
        defer { session.end() }
        await session.type(":hlep", expecting: "did you mean :help?")
    }
}
