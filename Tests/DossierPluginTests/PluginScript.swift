import Foundation

/// Misbehaving (and well-behaved) plugins written by a test into a fresh temporary
/// directory: small Python scripts that speak, or break, the plugin protocol.
struct PluginScript {
    /// The directory holding the scripts; removed by ``remove()``.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-plugin-tests-\(UUID().uuidString)")
        // 0755 whatever the umask: a group-writable folder would draw a warning (PluginTrust).
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        do {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        } catch {
            remove()
            throw error
        }
    }

    /// Writes an executable `dossier-answerer-NAME` whose loop runs `body` (Python, indented
    /// by four spaces) for each question message `msg`, with `send(obj)` to reply. The
    /// handshake is answered with protocol `protocolVersion` unless `handshake` is given.
    @discardableResult
    func write(
        _ name: String, protocolVersion: String = "1.0", handshake: String? = nil, body: String
    ) throws -> String {
        let hello = handshake ?? """
            send({"type": "manifest", "protocol": "\(protocolVersion)", "name": "\(name)", "version": "0.1",
                  "summary": "a test plugin", "examples": ["what does the \(name) plugin say?"], "predicates": ["culture"]})
        """
        let script = """
        #!/usr/bin/env python3
        import json, sys, time
        def send(obj):
            sys.stdout.write(json.dumps(obj) + "\\n")
            sys.stdout.flush()
        for line in sys.stdin:
            msg = json.loads(line)
            if msg["type"] == "hello":
        \(indent(hello, by: 4))
                continue
        \(indent(body, by: 4))

        """
        return try writeExecutable("dossier-answerer-\(name)", script)
    }

    /// Writes any executable file into the directory.
    @discardableResult
    func writeExecutable(_ fileName: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(fileName)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    /// Deletes the directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func indent(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }
}

/// Python bodies for well-behaved replies.
enum Reply {
    /// Bids `confidence` with the first fact sent, cited by fact id.
    static func firstFact(confidence: Double = 0.8) -> String {
        """
        facts = msg["facts"]
        bids = [{"confidence": \(confidence), "answer": facts[0]["statement"], "citations": [facts[0]["id"]],
                 "reason": "first fact of " + str(len(facts))}] if facts else []
        send({"type": "bids", "id": msg["id"], "bids": bids})
        """
    }
}
