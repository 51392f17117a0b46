/// Which facts a ranking keeps by their predicate's domain (``Fact/domain``): those in a
/// set of domains, or, excluding, those in none of them. Given to
/// ``FactQuery/relevant(to:limit:in:where:)`` instead of a test inside `where`, it lets a
/// store rank only the facts of those domains.
public struct DomainFilter: Sendable, Hashable {
    /// The domains named.
    public var domains: Set<String> { didSet { digest = Self.digest(domains, excluding) } }
    /// When true, the filter keeps the facts in none of `domains`.
    public var excluding: Bool { didSet { digest = Self.digest(domains, excluding) } }
    /// The hash of both, made when they are set: a filter is a ranking's key, looked up
    /// far more often than made.
    private var digest: Int

    /// Keeps the facts in `domains`, or with `excluding`, those in none of them.
    public init(_ domains: Set<String>, excluding: Bool = false) {
        self.domains = domains
        self.excluding = excluding
        digest = Self.digest(domains, excluding)
    }

    public static func == (lhs: DomainFilter, rhs: DomainFilter) -> Bool {
        lhs.digest == rhs.digest && lhs.excluding == rhs.excluding && lhs.domains == rhs.domains
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    private static func digest(_ domains: Set<String>, _ excluding: Bool) -> Int {
        var hasher = Hasher()
        hasher.combine(domains)
        hasher.combine(excluding)
        return hasher.finalize()
    }

    /// Keeps every fact.
    public static let every = DomainFilter([], excluding: true)

    /// True when the filter keeps the fact.
    public func admits(_ fact: Fact) -> Bool { fact.isInDomain(of: domains) != excluding }

    /// True when the filter keeps the facts of this domain.
    public func admits(domain: String) -> Bool { domains.contains(domain) != excluding }
}
