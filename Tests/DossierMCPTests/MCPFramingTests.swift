import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `dossier mcp` spoken to line by line, below the SDK: what a client that sends too
/// much, or nonsense, gets back, and that the session survives it.
struct MCPFramingTests {
    @Test func aMessageOverTheLimitIsRefusedByIdAndTheSessionGoesOn() async throws {
        signal(SIGPIPE, SIG_IGN)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-mcp-raw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = MCPServerProcess.binary
        process.arguments = ["mcp"]
        process.environment = ["XDG_DATA_HOME": home.path, "HOME": home.path, "PATH": "/usr/bin:/bin"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let watchdog = Watchdog(seconds: 120) {
            Issue.record("dossier mcp did not answer within 120 s; killed it")
            kill(process.processIdentifier, SIGKILL)
        }
        let huge = "{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\",\"arguments\":{\"question\":\""
            + String(repeating: "a", count: 9 * 1024 * 1024) + "\"}}}\n"
        let lines = [
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}\n",
            "this is not JSON\n",
            huge,
            "{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"tools/list\"}\n",
        ]
        async let stdout = offThePool { output.fileHandleForReading.readDataToEndOfFile() }
        async let stderr = offThePool { errors.fileHandleForReading.readDataToEndOfFile() }
        // All requests, then the end of input: the server answers what it has read before it stops.
        await offThePool {
            for line in lines { try? input.fileHandleForWriting.write(contentsOf: Data(line.utf8)) }
            try? input.fileHandleForWriting.close()
        }
        let (out, err) = await (stdout, stderr)
        await offThePool { process.waitUntilExit() }
        watchdog.cancel()
        var replies: [[String: Any]] = []
        for line in String(decoding: out, as: UTF8.self).split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            replies.append(try #require(object, "standard output holds something that is not a JSON message: \(line.prefix(200))"))
        }
        let byID = Dictionary(replies.compactMap { reply in (reply["id"] as? Int).map { ($0, reply) } }, uniquingKeysWith: { a, _ in a })
        let refused = try #require(byID[41]?["error"] as? [String: Any], "no error for the over-long request: \(replies)")
        #expect((refused["message"] as? String)?.contains("over the limit") == true)
        #expect(((byID[42]?["result"] as? [String: Any])?["tools"] as? [Any])?.count == 4)
        #expect(replies.contains { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 })  // the line that is not JSON
        #expect(String(decoding: err, as: UTF8.self).contains("over the limit"))
        #expect(process.terminationStatus == 0)
    }
}
