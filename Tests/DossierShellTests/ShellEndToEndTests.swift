import Foundation
import Testing

/// The shell driven through a pseudo-terminal, keys and all.
struct ShellEndToEndTests {
    private static let question = "when did Russia open its embassy?"
    private static let answer = "Russia opened an embassy in Guatemala City in 2007"

    @Test func showsTheBannerAndAnswersAQuestion() throws {
        let session = try ShellSession.start()
        defer { session.directory.remove() }
        #expect(session.terminal.output.contains(":help for commands."))
        let output = session.type(Self.question, expecting: Self.answer)
        #expect(output.contains("[1] Guatemala"))
        #expect(!output.contains("\u{1B}[1m"), "NO_COLOR is set, yet the answer is coloured: \(output)")
    }

    @Test func upRecallsTheLastQuestion() throws {
        let session = try ShellSession.start()
        defer { session.directory.remove() }
        session.type(Self.question, expecting: Self.answer)
        session.terminal.waitFor("dossier> ", after: session.terminal.mark - 9)
        let mark = session.terminal.mark
        session.terminal.send("\u{1B}[A")
        #expect(session.terminal.waitFor(Self.question, after: mark), "Up did not show the question: \(session.terminal.output(after: mark))")
        session.type("", expecting: Self.answer)
    }

    @Test func tabCompletesACommand() throws {
        let session = try ShellSession.start()
        defer { session.directory.remove() }
        session.terminal.send(":hel\t")
        // Only :help lists the commands; ":hel" itself would be an unknown command.
        session.type("", expecting: "Type a question, or a command:")
    }

    @Test func tabCompletesAnAccentedNameAndKeepsItWhole() throws {
        let session = try ShellSession.start()
        defer { session.directory.remove() }
        session.terminal.send("who is Ósc\t")
        session.type("", expecting: "dossier> ")
        session.type(":history", expecting: "who is Óscar Berger")
        session.terminal.send(":quit\r")
        #expect(session.terminal.waitForExit() == 0)
    }

    @Test func ctrlCClearsTheLineAndTheShellGoesOn() throws {
        let session = try ShellSession.start()
        defer { session.directory.remove() }
        session.terminal.send("zebra crossing")
        #expect(session.terminal.waitFor("zebra crossing"))
        let mark = session.terminal.mark
        session.terminal.send("\u{03}")
        #expect(session.terminal.waitFor("dossier> ", after: mark), "no fresh prompt after Ctrl-C: \(session.terminal.output(after: mark))")
        let history = session.type(":history", expecting: ":history")
        #expect(!history.contains("zebra"))
        session.type(Self.question, expecting: Self.answer)
    }

    @Test func aResizeRedrawsTheLineBeingEdited() throws {
        let session = try ShellSession.start()
        defer { session.directory.remove() }
        session.terminal.send("unfinished words")
        #expect(session.terminal.waitFor("unfinished words"))
        let mark = session.terminal.mark
        session.terminal.resize(columns: 60, rows: 20)
        #expect(session.terminal.waitFor("unfinished words", after: mark), "no redraw: \(session.terminal.output(after: mark))")
        session.terminal.send("\u{15}")
        session.type(Self.question, expecting: Self.answer)
    }

    @Test func ctrlDOnAnEmptyLineExitsWithZeroAndKeepsTheHistory() throws {
        let session = try ShellSession.start()
        defer { session.directory.remove() }
        session.type(Self.question, expecting: Self.answer)
        session.terminal.send("\u{04}")
        #expect(session.terminal.waitForExit() == 0, "output: \(session.terminal.output)")
        let attributes = try FileManager.default.attributesOfItem(atPath: session.historyPath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: session.historyPath, encoding: .utf8) == Self.question + "\n")
    }

    @Test func historyComesBackInTheNextSession() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = try ShellSession.start(directory: directory)
        first.type(Self.question, expecting: Self.answer)
        first.terminal.send("\u{04}")
        #expect(first.terminal.waitForExit() == 0)
        let second = try ShellSession.start(directory: directory)
        let mark = second.terminal.mark
        second.terminal.send("\u{1B}[A")
        #expect(second.terminal.waitFor(Self.question, after: mark))
    }

    @Test func aCorruptHistoryFileGivesOneWarningAndIsLeftAlone() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/state/dossier/history"
        try FileManager.default.createDirectory(atPath: directory.path + "/state/dossier", withIntermediateDirectories: true)
        let corrupt = Data([0xFF, 0xFE, 0x00, 0x0A])
        try corrupt.write(to: URL(fileURLWithPath: path))
        let session = try ShellSession.start(directory: directory)
        #expect(session.terminal.output.contains("is not UTF-8 text"))
        session.type(Self.question, expecting: Self.answer)
        session.terminal.send("\u{04}")
        #expect(session.terminal.waitForExit() == 0)
        #expect(session.terminal.output.components(separatedBy: "warning:").count == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == corrupt)
    }

    @Test func anUnknownCommandSuggestsTheClosest() throws {
        let session = try ShellSession.start()
        defer { session.directory.remove() }
        session.type(":hlep", expecting: "did you mean :help?")
    }
}
