import DossierExternal
import DossierKit
import Testing

/// The protocol version rule: the same major version talks, any other is refused with a
/// message naming both versions.
struct PluginProtocolTests {
    @Test(arguments: [("1.0", true), ("1.7", true), ("2.0", false), ("0.9", false), ("one", false), ("", false)])
    func acceptsOnlyTheSameMajorVersion(version: String, accepted: Bool) {
        #expect(PluginProtocol.accepts(version) == accepted)
    }

    @Test func pluginOfAnotherMajorVersionIsRefusedNamingBothVersions() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let path = try scripts.write("future", protocolVersion: "2.0", body: Reply.firstFact())

        let error = await #expect(throws: DossierError.self) { try await ExternalAnswerer(path: path, report: { _ in }) }

        #expect(error?.code == .pluginFailed)
        #expect(error?.message.contains("2.0") == true)
        #expect(error?.message.contains(PluginProtocol.version) == true)
    }

    @Test func pluginThatDoesNotAnswerHelloWithAManifestIsRefused() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let path = try scripts.write("mute", handshake: #"send({"type": "bids", "id": 0, "bids": []})"#, body: "pass")

        await #expect(throws: DossierError.self) { try await ExternalAnswerer(path: path, report: { _ in }) }
    }

    @Test func pluginWithAnUnsafeNameIsRefused() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let manifest = #"send({"type": "manifest", "protocol": "1.0", "name": "Evil\u001b[2J", "version": "1"})"#
        let path = try scripts.write("evil", handshake: manifest, body: "pass")

        await #expect(throws: DossierError.self) { try await ExternalAnswerer(path: path, report: { _ in }) }
    }
}
