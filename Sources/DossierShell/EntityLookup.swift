public import DossierKit
import Foundation

/// Finds the entity a user means by a name typed after `:facts` or `:timeline`: its id,
/// its name or any alias, in any case and with or without accents.
public struct EntityLookup: Sendable {
    private let byKey: [String: Entity]

    /// Indexes the entities by id, name and alias; on a clash the first entity keeps the key.
    public init(entities: [Entity]) {
        var byKey: [String: Entity] = [:]
        for entity in entities {
            for key in [entity.id, entity.name] + entity.aliases where byKey[Self.fold(key)] == nil {
                byKey[Self.fold(key)] = entity
            }
        }
        self.byKey = byKey
    }

    /// The entity named `text`, if any.
    public func entity(named text: String) -> Entity? {
        byKey[Self.fold(text.trimmingCharacters(in: .whitespaces))]
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
