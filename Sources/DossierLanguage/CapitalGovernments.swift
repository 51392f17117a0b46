public import DossierKit

/// The governments seated in capitals, as known entities: a capital that acts ("Moscow
/// signed", "ties with Caracas") stands for the government seated there at the date in
/// question (the Soviet Union in 1945, Russia since), from the gazetteer's capitals and
/// withdrawn codes. A former state whose capital a current state keeps is that state's
/// predecessor (the Soviet Union of Russia).
public struct CapitalGovernments: Sendable {
    private let gazetteer: Gazetteer
    /// The known country entity of each gazetteer code.
    private let entityOfCode: [String: String]
    /// The gazetteer code of each known country entity.
    private let codeOfEntity: [String: String]

    /// Links the known country entities to the gazetteer's codes by their names and aliases.
    public init(entities: [Entity], gazetteer: Gazetteer = .bundled) {
        self.gazetteer = gazetteer
        var codes: [String: String] = [:]
        var entityCodes: [String: String] = [:]
        for entity in entities where entity.kind == "country" {
            for name in [entity.name] + entity.aliases {
                guard let match = gazetteer.lookup(name), match.naming == .name || match.naming == .alias else { continue }
                if codes[match.country.id] == nil { codes[match.country.id] = entity.id }
                entityCodes[entity.id] = match.country.id
                break
            }
        }
        entityOfCode = codes
        codeOfEntity = entityCodes
    }

    /// The entity of the government seated in this capital in `year` (the current one
    /// with no year), or nil when the text names no capital of a known country.
    public func government(seatedIn capital: String, in year: Int?) -> String? {
        gazetteer.country(capital: capital, in: year).flatMap { entityOfCode[$0.id] }
    }

    /// The known current state that kept a former state's capital: Russia for the Soviet
    /// Union. Nil for a current state, or when no known state kept its capital.
    public func successor(of entity: String) -> String? {
        guard let code = codeOfEntity[entity], let former = gazetteer.country(code: code), former.withdrawn != nil else { return nil }
        for capital in former.capitals {
            if let current = gazetteer.country(capital: capital, in: nil), current.withdrawn == nil, current.id != former.id,
               let successor = entityOfCode[current.id] {
                return successor
            }
        }
        return nil
    }
}
