/// What an out-of-process answerer says about itself in the handshake.
public struct PluginManifest: Sendable, Hashable, Codable {
    /// The protocol version the plugin speaks (`"1.0"`).
    public var protocolVersion: String
    /// Short lowercase name, unique among answerers.
    public var name: String
    /// The plugin's own version.
    public var version: String
    /// One line on what it answers.
    public var summary: String
    /// Questions it should win; `dossier eval` checks that it does.
    public var examples: [String]
    /// Predicates (or predicate domains) it answers from; informative only.
    public var predicates: [String]

    /// Creates a manifest.
    public init(
        protocolVersion: String = PluginProtocol.version, name: String, version: String,
        summary: String = "", examples: [String] = [], predicates: [String] = []
    ) {
        self.protocolVersion = protocolVersion
        self.name = name
        self.version = version
        self.summary = summary
        self.examples = examples
        self.predicates = predicates
    }

    enum CodingKeys: String, CodingKey {
        case protocolVersion = "protocol", name, version, summary, examples, predicates
    }

    /// Reads a manifest; only `protocol`, `name` and `version` are required.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        protocolVersion = try c.decode(String.self, forKey: .protocolVersion)
        name = try c.decode(String.self, forKey: .name)
        version = try c.decode(String.self, forKey: .version)
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        examples = try c.decodeIfPresent([String].self, forKey: .examples) ?? []
        predicates = try c.decodeIfPresent([String].self, forKey: .predicates) ?? []
    }
}
