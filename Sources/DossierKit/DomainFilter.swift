/// Which facts a ranking keeps by their predicate's domain (``Fact/domain``): those in a
/// set of domains, or, excluding, those in none of them. Given to
/// ``FactQuery/relevant(to:limit:in:where:)`` instead of a test inside `where`, it lets a
/// store rank only the facts of those domains.
public struct DomainFilter: Sendable, Hashable {
    /// The domains named.
    public var domains: Set<String>
    /// When true, the filter keeps the facts in none of `domains`.
    public var excluding: Bool

    /// Keeps the facts in `domains`, or with `excluding`, those in none of them.
    public init(_ domains: Set<String>, excluding: Bool = false) {
        self.domains = domains
        self.excluding = excluding
    }

    /// Keeps every fact.
    public static let every = DomainFilter([], excluding: true)

    /// True when the filter keeps the fact.
    public func admits(_ fact: Fact) -> Bool { fact.isInDomain(of: domains) != excluding }

    /// True when the filter keeps the facts of this domain.
    public func admits(domain: String) -> Bool { domains.contains(domain) != excluding }
}
