import DossierExternal
import DossierKit
import Foundation
import Testing

/// Starting a plugin whose file is briefly busy (still open for writing somewhere, as a
/// file just written is while another thread's child holds a copy of its descriptor):
/// the start is tried again until the file is free, and given up with the reason after.
struct PluginStartTests {
    @Test func aPluginFileOpenForWritingIsStartedOnceItIsClosed() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let path = try scripts.write("busy", body: Reply.firstFact())
        let writing = open(path, O_WRONLY)
        try #require(writing >= 0)

        // Not a timing assertion: the start waits for the file whenever it is closed,
        // within its retries, and succeeds either way. The file is closed from a thread of
        // its own, so a test run that keeps every task thread busy cannot hold the close
        // back past the retries.
        Thread.detachNewThread {
            usleep(50_000)
            close(writing)
        }
        let plugin = try await ExternalAnswerer(path: path, report: { _ in })

        #expect(plugin.name == "busy")
    }

    @Test func aPluginFileThatStaysOpenForWritingIsRefusedWithTheReason() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let path = try scripts.write("locked", body: Reply.firstFact())
        let writing = try #require(FileHandle(forWritingAtPath: path))
        defer { try? writing.close() }

        let error = await #expect(throws: DossierError.self) { try await ExternalAnswerer(path: path, report: { _ in }) }

        #expect(error?.message.contains("cannot start plugin") == true, "\(error?.message ?? "")")
        #expect(error?.message.lowercased().contains("busy") == true, "\(error?.message ?? "")")
    }
}
