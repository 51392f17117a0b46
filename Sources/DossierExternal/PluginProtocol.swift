/// The version of the JSON Lines protocol out-of-process answerers speak, and the rule
/// for accepting a plugin: its major version must equal ours; any minor version will do,
/// since minor versions only add optional fields.
///
/// The messages are described in `docs/plugin-protocol.md`, one JSON Schema each under
/// `docs/schema/`.
public enum PluginProtocol {
    /// The version Dossier speaks: `"1.0"`.
    public static let version = "1.0"

    /// The major part of a version string (`"1.3"` gives 1), or nil when it is not one.
    public static func major(of version: String) -> Int? {
        version.split(separator: ".", omittingEmptySubsequences: false).first.flatMap { Int($0) }
    }

    /// True when a plugin speaking `version` can talk to this Dossier.
    public static func accepts(_ version: String) -> Bool {
        major(of: version) != nil && major(of: version) == major(of: Self.version)
    }
}
