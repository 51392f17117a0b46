/// An entity a document introduced, with the sentence that introduced it: what `:facts`
/// and completion show for a name the bundled pack does not know.
public struct DocumentEntity: Sendable, Hashable, Codable {
    /// The entity, with the aliases the document gave it.
    public var entity: Entity
    /// The sentence that first named it.
    public var citation: Citation

    /// Creates a document entity.
    public init(entity: Entity, citation: Citation) {
        self.entity = entity
        self.citation = citation
    }
}
