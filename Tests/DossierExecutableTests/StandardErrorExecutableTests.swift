import Foundation
import Testing

/// Standard error that cannot be written (closed, full, or a pipe whose reader left) loses
/// the message and nothing else: the exit status is the one the command would give anyway,
/// never a crash (SIGILL was 132).
struct StandardErrorExecutableTests {
    /// Runs `script` with bash, `$DOSSIER` naming the binary, and returns what it printed.
    private func bash(_ script: String, in dossier: DossierProcess) async throws -> DossierProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        var environment = dossier.environment
        environment["DOSSIER"] = DossierProcess.binary.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = await Task.detached { output.fileHandleForReading.readDataToEndOfFile() }.value
        process.waitUntilExit()
        return DossierProcess.Result(status: process.terminationStatus, stdout: data, stderr: Data())
    }

    @Test(arguments: ["2>&-", "2>/dev/full"])
    func aFailingIngestStillExitsWithItsStatus(redirection: String) async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }

        let result = try await bash(#""$DOSSIER" ingest /nonexistent.txt \#(redirection); echo "status $?""#, in: dossier)

        #expect(result.output.contains("status 74"), "\(result.output)")
    }

    @Test func explainingToAReaderThatLeftGoesOnAnswering() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }

        let result = try await bash(
            #"yes "when did Russia open its embassy?" | head -300 | "$DOSSIER" -v 2>&1 >/dev/null | head -1; echo "status ${PIPESTATUS[2]}""#,
            in: dossier)

        #expect(result.lines.first?.hasPrefix("for: when did Russia") == true, "\(result.output)")
        #expect(result.lines.last == "status 0", "\(result.output)")
    }

    @Test func aClosedStandardOutputIsNotTakenByTheStore() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }

        let result = try await bash(#""$DOSSIER" ask "when did Russia open its embassy?" >&- 2>&-; echo "status $?""#, in: dossier)

        // The answer has nowhere to go, which is an I/O error; the store must still open clean.
        #expect(result.lines.last == "status 74", "\(result.output)")
        let check = try await dossier.run(["check"])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
    }
}
