import Foundation
import MCP
import Testing

/// `dossier mcp` run as the built binary and driven by the MCP Swift SDK's own client.
@Suite(.serialized)
struct MCPEndToEndTests {
    @Test func handshakeToolsAndResources() async throws {
        let server = try MCPServerProcess()
        let hello = try await server.connect()
        #expect(hello.serverInfo.name == "dossier")
        #expect(hello.capabilities.tools != nil && hello.capabilities.resources != nil)

        let (tools, _) = try await server.client.listTools()
        #expect(Set(tools.map(\.name)) == ["ask", "search", "timeline", "sources"])
        for tool in tools {
            #expect(tool.inputSchema.objectValue?["type"] == "object", "\(tool.name) input schema")
            #expect(tool.outputSchema?.objectValue?["type"] == "object", "\(tool.name) output schema")
        }

        let (resources, _) = try await server.client.listResources()
        #expect(resources.count == 4)
        #expect(resources.allSatisfy { $0.uri.hasPrefix("dossier://source/") })
        let uri = try #require(resources.first { $0.uri == "dossier://source/wikipedia-guatemala-russia-relations" }?.uri)
        let contents = try await server.client.readResource(uri: uri)
        let metadata = try #require(contents.first?.text)
        #expect(metadata.contains("\"title\":\"Guatemala–Russia relations\"") || metadata.contains("Guatemala"))
        await #expect(throws: MCPError.self) { _ = try await server.client.readResource(uri: "dossier://source/no-such-source") }

        let sources = try await server.call("sources", [:])
        #expect(sources.isError != true)
        #expect(sources.object["sources"]?.arrayValue?.count == 4)

        let finished = await server.finish()
        #expect(finished.status == 0, "stderr: \(finished.errors)")
    }

    @Test func askAnswersWithACitationAndSaysUnknown() async throws {
        let server = try MCPServerProcess()
        _ = try await server.connect()
        let answered = try await server.call("ask", ["question": "when did Russia open its embassy?"])
        #expect(answered.isError != true)
        #expect(answered.object["status"] == "answered")
        #expect(answered.object["answer"]?.stringValue?.contains("2007") == true)
        let citation = try #require(answered.object["citations"]?.arrayValue?.first?.objectValue)
        #expect(citation["source"]?.stringValue?.isEmpty == false)
        #expect(citation["locator"]?.stringValue?.contains("paragraph") == true)
        #expect(answered.text.contains("2007") && answered.text.contains("[1]"))

        let unknown = try await server.call("ask", ["question": "What is the population of Guatemala?"])
        #expect(unknown.isError != true)
        #expect(unknown.object["status"] == "unknown")
        #expect(unknown.text.lowercased().contains("unknown"))
        _ = await server.finish()
    }

    @Test func badArgumentsAreToolErrorsAndTheSessionGoesOn() async throws {
        let server = try MCPServerProcess()
        _ = try await server.connect()
        let huge = try await server.call("ask", ["question": .string(String(repeating: "why ", count: 262_144))])
        #expect(huge.isError == true)
        #expect(huge.text.contains("16384"))
        let missing = try await server.call("ask", [:])
        #expect(missing.isError == true)
        #expect(missing.text.contains("'question'"))
        let number = try await server.call("ask", ["question": 7])
        #expect(number.isError == true)
        let blank = try await server.call("ask", ["question": "   "])
        #expect(blank.isError == true)
        let badYear = try await server.call("timeline", ["from": "last spring"])
        #expect(badYear.isError == true)
        await #expect(throws: MCPError.self) { _ = try await server.call("no-such-tool", [:]) }

        let after = try await server.call("ask", ["question": "when did Russia open its embassy?"])
        #expect(after.object["status"] == "answered")
        let finished = await server.finish()
        #expect(finished.status == 0, "stderr: \(finished.errors)")
    }

    @Test func timelineAndSearchCarryCitations() async throws {
        let server = try MCPServerProcess()
        _ = try await server.connect()
        let timeline = try await server.call("timeline", ["entity": "Russia", "from": "1945", "to": "1945"])
        #expect(timeline.isError != true)
        let events = try #require(timeline.object["events"]?.arrayValue)
        #expect(!events.isEmpty)
        for event in events {
            #expect(event.objectValue?["time"]?.stringValue?.hasPrefix("1945") == true)
            #expect(event.objectValue?["citations"]?.arrayValue?.isEmpty == false)
        }
        let asNumbers = try await server.call("timeline", ["entity": "Russia", "from": 1945, "to": 1945])
        #expect(asNumbers.object["events"]?.arrayValue?.count == events.count)
        let none = try await server.call("timeline", ["from": "1700", "to": "1701"])
        #expect(none.isError != true)
        #expect(none.object["events"]?.arrayValue?.isEmpty == true)
        #expect(none.text.contains("no dated events"))

        let search = try await server.call("search", ["query": "embassy Moscow", "limit": 3])
        #expect(search.isError != true)
        let facts = try #require(search.object["facts"]?.arrayValue)
        #expect(!facts.isEmpty && facts.count <= 3)
        #expect(facts.allSatisfy { $0.objectValue?["citations"]?.arrayValue?.isEmpty == false })
        _ = await server.finish()
    }

    @Test func aMisbehavingPluginCostsOneCallNotTheSession() async throws {
        let plugins = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-mcp-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: plugins) }
        // Answers the handshake, then writes garbage on stdout and stderr and dies on the first question.
        let script = """
            #!/bin/sh
            read hello
            echo '{"type":"manifest","protocol":"1.0","name":"unruly","version":"0.1","summary":"misbehaves","examples":[],"predicates":["culture"]}'
            while read line; do
              echo asked >> "$(dirname "$0")/asked.log"
              echo 'this is not JSON {{{'
              echo 'unruly: crashing now' >&2
              exit 3
            done

            """
        let path = plugins.appendingPathComponent("dossier-answerer-unruly").path
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)

        let server = try MCPServerProcess(arguments: ["--plugin-dir", plugins.path])
        _ = try await server.connect()
        for _ in 0..<3 {
            let result = try await server.call("ask", ["question": "when did Russia open its embassy?"])
            #expect(result.object["status"] == "answered")
        }
        let (tools, _) = try await server.client.listTools()
        #expect(tools.count == 4)
        let asked = (try? String(contentsOf: plugins.appendingPathComponent("asked.log"), encoding: .utf8)) ?? ""
        #expect(asked.contains("asked"), "the plugin was never asked, so nothing was tested")
        let finished = await server.finish()
        #expect(finished.status == 0, "stderr: \(finished.errors)")
    }
}
