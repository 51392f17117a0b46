public import DossierKit

/// A country's name as English says it inside a sentence: with "the" when the name is a
/// common noun or a plural ("the United States", "the Soviet Union", "the Netherlands"),
/// bare otherwise ("Cuba", "Costa Rica").
public enum ArticledName {
    /// Last words of a country's name that make it take "the".
    static let commonHeads: Set<String> = [
        "States", "Union", "Kingdom", "Republic", "Emirates", "Islands", "Isles", "Federation", "Netherlands",
        "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles",
    ]

    /// The entity's name, with "the" for a country whose name takes it.
    public static func of(_ entity: Entity) -> String {
        guard entity.kind == "country", !entity.name.hasPrefix("The "), !entity.name.hasPrefix("the "),
              let last = entity.name.split(separator: " ").last, commonHeads.contains(String(last))
        else { return entity.name }
        return "the " + entity.name
    }

    /// The name of the entity with this id, with its article; the id when the store does
    /// not know it.
    public static func of(_ id: String, in facts: any FactQuery) -> String {
        facts.entity(id).map(of) ?? id
    }
}
