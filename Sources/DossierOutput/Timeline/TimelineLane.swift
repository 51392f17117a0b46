public import DossierKit

/// The lanes a timeline groups events into, one per kind of event, and the predicate
/// domains each lane takes. This table is the one place the grouping is decided.
public enum TimelineLane: String, Sendable, Hashable, CaseIterable, Codable {
    case relations, embassies, visits, trade, statements, other

    /// The name a legend and a table show.
    public var title: String {
        switch self {
        case .relations: "Relations"
        case .embassies: "Embassies"
        case .visits: "Visits and meetings"
        case .trade: "Trade and aid"
        case .statements: "Statements and policy"
        case .other: "Other"
        }
    }

    /// The lane's colour in pictures (readable on white, distinct for colour-blind readers:
    /// the Okabe-Ito palette).
    public var color: String {
        switch self {
        case .relations: "#0072B2"
        case .embassies: "#009E73"
        case .visits: "#D55E00"
        case .trade: "#E69F00"
        case .statements: "#CC79A7"
        case .other: "#666666"
        }
    }

    /// Predicate domains (the part before the first dot) each lane takes; a domain not
    /// listed goes to ``other``.
    static let domains: [TimelineLane: Set<String>] = [
        .relations: ["relations", "diplomatic-relations", "representation", "alliance", "peace-process", "talks"],
        .embassies: ["embassy", "consulate"],
        .visits: ["visit", "meeting", "conference"],
        .trade: ["trade", "economy", "investment", "aid", "debt"],
        .statements: ["statement", "position", "policy", "strategy", "accusation", "sanctions", "election"],
    ]

    /// The lane a fact's predicate falls in.
    public static func of(_ fact: Fact) -> TimelineLane {
        let domain = fact.domain
        return domains.first { $0.value.contains(domain) }?.key ?? .other
    }
}
