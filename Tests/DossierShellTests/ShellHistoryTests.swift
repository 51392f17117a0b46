import DossierShell
import Foundation
import Testing
import DossierOutput

struct ShellHistoryTests {
    /// Collects warnings; a class so the escaping closure can append to it.
    private final class Warnings {
        var messages: [String] = []
    }

    @Test func warnsOnceAboutACorruptFileAndNeverOverwritesIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let corrupt = Data([0xFF, 0x00, 0xFE, 0x0A])
        try corrupt.write(to: URL(fileURLWithPath: path))
        let warnings = Warnings()
        var history = ShellHistory(file: HistoryFile(path: path)) { warnings.messages.append($0) }
        #expect(history.entries.isEmpty)
        history.add("first question")
        history.add("second question")
        #expect(history.entries == ["first question", "second question"])
        #expect(warnings.messages.count == 1)
        #expect(warnings.messages.first?.contains(path) == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == corrupt)
    }

    @Test func warnsOnceWhenTheFileCannotBeWritten() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let blocker = directory.path + "/state"
        try Data("not a directory".utf8).write(to: URL(fileURLWithPath: blocker))
        let warnings = Warnings()
        var history = ShellHistory(file: HistoryFile(path: blocker + "/history")) { warnings.messages.append($0) }
        history.add("one")
        history.add("two")
        #expect(history.entries == ["one", "two"])
        #expect(warnings.messages.count == 1)
    }

    @Test func savesEachLineAsItIsAdded() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.path + "/history")
        var history = ShellHistory(file: file) { Issue.record("unexpected warning: \($0)") }
        history.add("who visited Guatemala?")
        history.add("")
        history.add(":why")
        history.add("who visited Guatemala?")
        #expect(try file.load() == [":why", "who visited Guatemala?"])
    }
}
