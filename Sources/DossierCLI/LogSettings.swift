import ArgumentParser
import DossierOutput
import Logging

/// A log level as `--log-level` and `DOSSIER_LOG_LEVEL` spell it.
enum LogLevelName: String, ExpressibleByArgument, CaseIterable, Sendable {
    case trace, debug, info, notice, warning, error, critical

    var level: Logger.Level { Logger.Level(rawValue: rawValue) ?? .warning }
}

/// Where Dossier's logs go and how much of them: one handler (``StandardErrorLogHandler``)
/// for every logger of the process, at the level `--log-level` gives, else
/// `DOSSIER_LOG_LEVEL`, else `warning`. Quiet by default: a question answered with no
/// plugin failing writes nothing on standard error; plugin refusals, timeouts and
/// failures are warnings; plugin starts are info; every bid is debug.
enum LogSettings {
    /// The level when neither the option nor the environment gives one.
    static let defaultLevel = Logger.Level.warning

    /// The level chosen, and a complaint when the environment names no level.
    static func level(option: LogLevelName?, environment: [String: String]) -> (level: Logger.Level, complaint: String?) {
        if let option { return (option.level, nil) }
        guard let name = environment["DOSSIER_LOG_LEVEL"], !name.isEmpty else { return (defaultLevel, nil) }
        if let named = LogLevelName(rawValue: name.lowercased()) { return (named.level, nil) }
        let levels = LogLevelName.allCases.map(\.rawValue).joined(separator: ", ")
        return (defaultLevel, "DOSSIER_LOG_LEVEL is '\(name)', which is not a level (\(levels)); logging at \(defaultLevel)")
    }

    /// Sends every logger of the process (ours and libraries') to the one handler, once.
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in StandardErrorLogHandler(label: label, level: level) }
    }

    /// A logger for one part of Dossier (`dossier.dispatch`, `dossier.plugins`).
    static func logger(_ label: String, level: Logger.Level) -> Logger {
        Logger(label: label) { label in StandardErrorLogHandler(label: label, level: level) }
    }
}
