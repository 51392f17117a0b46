import Foundation
import Testing

/// Logging: quiet by default, `--log-level` and `DOSSIER_LOG_LEVEL` turn it up.
struct LoggingExecutableTests {
    @Test func aPlainAskWritesNothingOnStandardError() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ask", "when did Russia open its embassy?"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.errors)")
    }

    @Test func debugLevelLogsEveryBid() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ask", "--log-level", "debug", "when did Russia open its embassy?"])
        #expect(result.status == 0)
        #expect(result.errors.contains("dossier: debug: 'timeline' bids"), "\(result.errors)")
    }

    @Test func theEnvironmentSetsTheLevelAndABadOneIsNamed() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        var environment = dossier.environment
        environment["DOSSIER_LOG_LEVEL"] = "debug"
        let debug = try await dossier.run(["ask", "when did Russia open its embassy?"], environment: environment)
        #expect(debug.errors.contains("dossier: debug:"), "\(debug.errors)")

        environment["DOSSIER_LOG_LEVEL"] = "loud"
        let bad = try await dossier.run(["ask", "when did Russia open its embassy?"], environment: environment)
        #expect(bad.status == 0)
        #expect(bad.errors.contains("DOSSIER_LOG_LEVEL is 'loud'"), "\(bad.errors)")
    }

    @Test func aBadLogLevelOptionIsAUsageError() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["--log-level", "loud"])
        #expect(result.status == 64)
    }

    @Test func verboseExplainsWithTwoDecimals() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ask", "-v", "when did Russia open its embassy?"])
        let explanation = result.errors
        #expect(explanation.contains("for: when did Russia open its embassy?"))
        #expect(explanation.contains("read as: kind"))
        #expect(explanation.contains(" * timeline"), "\(explanation)")
        // Every number in a bid line has two decimals, not a raw double.
        let bidLines = explanation.split(separator: "\n").filter { $0.hasPrefix(" * ") || $0.hasPrefix("   ") }
        #expect(!bidLines.isEmpty)
        #expect(explanation.range(of: #"\d\.\d{3,}"#, options: .regularExpression) == nil, "\(explanation)")
    }
}
