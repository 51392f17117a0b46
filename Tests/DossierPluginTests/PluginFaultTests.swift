import DossierEngine
import DossierExternal
import DossierKit
import DossierTesting
import Foundation
import Testing
import DossierOutput

/// Each way a plugin can misbehave, with a plugin made to misbehave that way: the
/// question is still answered by the others, and nothing hangs or crashes.
struct PluginFaultTests {
    /// Limits no loaded machine reaches: a test waits on what it expects (a reply, a crash,
    /// the reply cap), never on a clock.
    private let generous = PluginLimits(questionTimeout: 60, handshakeTimeout: 60)
    /// For the one plugin that never replies: its timeout is what the test is about.
    private let hangLimits = PluginLimits(questionTimeout: 2, handshakeTimeout: 60)
    private let question = "Does Russia back language courses in Guatemala?"

    @Test func hangingPluginTimesOutAndTheOthersStillAnswer() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let plugin = try await ExternalAnswerer(path: try scripts.write("sleepy", body: "time.sleep(600)"), limits: hangLimits, report: { _ in })
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        // The timeout is shown by the failure message, not by a clock: timings belong to
        // the benchmark, and a loaded machine would make a time limit flaky.
        let answer = await dossier.ask(question)

        #expect(answer.status == .answered)
        #expect(answer.plugin == "steady")
        #expect(answer.dispatch?.failures.first?.plugin == "sleepy")
        #expect(answer.dispatch?.failures.first?.message.contains("no reply within") == true)
    }

    @Test func crashingPluginIsRestartedThreeTimesThenDisabledWithOneMessage() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let messages = Messages()
        let plugin = try await ExternalAnswerer(
            path: try scripts.write("fragile", body: "sys.exit(3)"), limits: generous, report: messages.record)
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        var failures: [String] = []
        for _ in 0..<7 {
            let answer = await dossier.ask(question)
            #expect(answer.plugin == "steady")
            failures += answer.dispatch?.failures.map(\.message) ?? []
        }

        // One crash with the first process, one after each of three restarts, then disabled.
        #expect(failures.filter { $0.contains("stopped while answering") }.count == 4)
        #expect(failures.filter { $0.contains("disabled") }.count == 3)
        #expect(messages.all.count == 1)
        #expect(messages.all.first?.contains("'fragile'") == true)
        #expect(messages.all.first?.contains("was disabled") == true)
    }

    @Test func garbageReplyIsDroppedAndTheNextReplyCounts() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let body = """
        if msg["id"] == 1:
            sys.stdout.write("{this is not json\\n"); sys.stdout.flush()
            continue
        \(Reply.firstFact())
        """
        let plugin = try await ExternalAnswerer(path: try scripts.write("noisy", body: body), limits: generous, report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let first = await dossier.ask(question)
        let second = await dossier.ask(question)

        #expect(first.status == .unknown)
        #expect(first.bids.isEmpty)
        #expect(first.dispatch?.failures.first?.message.contains("not a valid message") == true)
        #expect(second.plugin == "noisy")
    }

    @Test func tenMebibyteLineIsReadOnlyUpToTheCapAndDisablesThePlugin() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let messages = Messages()
        let body = #"sys.stdout.write("x" * (10 * 1024 * 1024) + "\n"); sys.stdout.flush()"#
        let plugin = try await ExternalAnswerer(path: try scripts.write("flood", body: body), limits: generous, report: messages.record)
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        let answer = await dossier.ask(question)
        let again = await dossier.ask(question)

        #expect(answer.plugin == "steady")
        #expect(answer.dispatch?.failures.first?.message.contains("oversized") == true, "\(answer.dispatch?.failures.map(\.message) ?? [])")
        #expect(again.dispatch?.failures.first?.message.contains("disabled") == true)
        #expect(messages.all.count == 1)
    }

    @Test func linesNobodyAskedForPastTheBacklogDisableThePlugin() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let messages = Messages()
        let pidFile = scripts.directory.appendingPathComponent("pid")
        // Answers the first question, then writes six lines just under the cap unasked.
        let body = """
        import os
        if msg["id"] == 1:
            open("\(pidFile.path)", "w").write(str(os.getpid()))
            fact = msg["facts"][0]
            send({"type": "bids", "id": 1, "bids": [{"confidence": 0.9, "answer": fact["statement"], "citations": [fact["id"]]}]})
            for _ in range(6):
                sys.stdout.write("x" * 1000000 + "\\n")
            sys.stdout.flush()
        time.sleep(600)
        """
        let plugin = try await ExternalAnswerer(path: try scripts.write("gushing", body: body), limits: generous, report: messages.record)
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        let first = await dossier.ask(question)
        // The backlog overflowing is what stops the plugin; nothing else would, for 600 s.
        let pid = try await PluginSessionTests.pid(in: pidFile)
        #expect(await PluginSessionTests.waitUntilGone(pid), "the flooding plugin \(pid) was not stopped")
        let second = await dossier.ask(question)

        #expect(first.plugin == "gushing")
        #expect(second.plugin == "steady")
        #expect(second.dispatch?.failures.first?.message.contains("oversized") == true, "\(second.dispatch?.failures.map(\.message) ?? [])")
        #expect(messages.all.count == 1)
    }

    @Test func confidenceOutsideZeroToOneIsRejectedWithItsReason() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let plugin = try await ExternalAnswerer(
            path: try scripts.write("boastful", body: Reply.firstFact(confidence: 1.5)), limits: generous, report: { _ in })
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        let answer = await dossier.ask(question)

        #expect(answer.plugin == "steady")
        let rejected = try #require(answer.dispatch?.rejected.first)
        #expect(rejected.plugin == "boastful")
        #expect(rejected.reason.contains("outside 0...1"))
    }

    @Test func citationOfASourceNotInTheStoreIsRejectedWithItsReason() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let body = """
        send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.95, "answer": "Made up.",
              "citations": [{"source": "invented-source", "section": "Intro", "paragraph": 1}]}]})
        """
        let plugin = try await ExternalAnswerer(path: try scripts.write("liar", body: body), limits: generous, report: { _ in })
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        let answer = await dossier.ask(question)

        #expect(answer.plugin == "steady")
        #expect(answer.dispatch?.failures.first?.message.contains("source 'invented-source'") == true)
    }

    /// Bids 0.95 citing `citation` (a Python dict) as the only place.
    private func placeCiter(_ scripts: PluginScript, _ name: String, citation: String) async throws -> ExternalAnswerer {
        let body = """
        send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.95, "answer": "Made up.", "citations": [\(citation)]}]})
        """
        return try await ExternalAnswerer(path: try scripts.write(name, body: body), limits: generous, report: { _ in })
    }

    @Test(arguments: [
        (#"{"source": "fixture", "section": "No Such Section", "paragraph": 1}"#, "section 'No Such Section'"),
        (#"{"source": "fixture", "section": "Notes", "paragraph": -5}"#, "paragraph -5"),
        (#"{"source": "fixture", "section": "Notes", "paragraph": 999}"#, "paragraph 999"),
    ])
    func aCitationOfAPlaceTheStoreDoesNotHoldDropsTheBid(citation: String, named: String) async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let dossier = try Fixtures.dossier([try await placeCiter(scripts, "inventor", citation: citation), SteadyAnswerer()])

        let answer = await dossier.ask(question)

        #expect(answer.plugin == "steady")
        #expect(answer.dispatch?.failures.first?.message.contains(named) == true, "\(answer.dispatch?.failures ?? [])")
    }

    @Test func aCitationOfAPlaceTheStoreHoldsIsKept() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let place = #"{"source": "fixture", "section": "Notes", "paragraph": 2}"#
        let dossier = try Fixtures.dossier([try await placeCiter(scripts, "honest", citation: place), SteadyAnswerer()])

        let answer = await dossier.ask(question)

        #expect(answer.plugin == "honest")
    }

    @Test func citationOfAFactNotInTheStoreDropsTheBid() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let body = #"send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.95, "answer": "Made up.", "citations": ["no-such-fact"]}]})"#
        let plugin = try await ExternalAnswerer(path: try scripts.write("vague", body: body), limits: generous, report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let answer = await dossier.ask(question)

        #expect(answer.status == .unknown)
        #expect(answer.dispatch?.failures.first?.message.contains("no-such-fact") == true)
    }

    @Test func chattyStandardErrorNeitherBlocksThePluginNorReachesTheAnswer() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let body = """
        sys.stderr.write("\\x1b[31m" + "log line\\n" * 20000); sys.stderr.flush()
        \(Reply.firstFact())
        """
        let plugin = try await ExternalAnswerer(path: try scripts.write("chatty", body: body), limits: generous, report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let answer = await dossier.ask(question)

        #expect(answer.plugin == "chatty")
        #expect(!answer.answer.contains("log line"))
    }
}
