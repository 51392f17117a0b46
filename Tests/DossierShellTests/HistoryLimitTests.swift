import DossierKit
import DossierShell
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The history never holds what the shell would not ask, nor grows past what it reads
/// back (issue 13, item 8).
struct HistoryLimitTests {
    @Test func aPastedLineOverTheQuestionLimitIsNotKept() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.path + "/history")
        var history = ShellHistory(file: file) { Issue.record("unexpected warning: \($0)") }
        for number in 0..<45 { history.add(String(repeating: "x", count: 100_000) + " \(number)") }
        history.add("when did Russia open its embassy?")

        #expect(history.entries == ["when did Russia open its embassy?"])
        #expect(try file.load() == ["when did Russia open its embassy?"])
    }

    @Test func manyLongLinesNeverMakeAFileTheShellRefusesToRead() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.path + "/history")
        // 400 lines just under the limit: 6.4 MB in all, more than the file may hold.
        let long = String(repeating: "y", count: HistoryFile.maximumEntryBytes - 10)
        try file.save((0..<400).map { long + " \($0)" })

        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber).intValue
        #expect(size <= HistoryFile.maximumBytes)
        let loaded = try file.load()
        #expect(loaded.last == long + " 399", "the newest entry must be kept")
        #expect(loaded.count > 200)
    }

    @Test func aFIFOInTheHistorysPlaceIsRefusedWithoutWaiting() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        #expect(mkfifo(path, 0o600) == 0)
        // Nobody writes to the FIFO: a blocking open would never return.
        #expect(throws: DossierError(.io, "")) { try HistoryFile(path: path).load() }
    }
}
