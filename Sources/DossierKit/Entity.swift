/// Something facts speak about: a country, a city, a person, an organization.
///
/// Questions name entities in many ways, so an entity carries every alias the
/// question analyzer should recognise ("USSR", "Soviet", "Unión Soviética"), in any case
/// and with or without accents.
public struct Entity: Sendable, Hashable, Codable {
    /// Stable identifier, lowercase kebab-case (`"soviet-union"`).
    public var id: String
    /// The name used in answers (`"Soviet Union"`).
    public var name: String
    /// What sort of thing this is (`"country"`, `"city"`, `"person"`, ...).
    public var kind: String
    /// Other names, abbreviations, demonyms and Spanish names.
    public var aliases: [String]
    /// The entity this one lies inside, if any (a city's country).
    public var partOf: String?

    /// Creates an entity.
    public init(id: String, name: String, kind: String, aliases: [String] = [], partOf: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.partOf = partOf
    }

    /// True when the entity is a person.
    public var isPerson: Bool { kind == "person" }
}
