/// When something happened, with the precision the source gives and no more.
///
/// Written and read as a short string: `"1945-04-19"` (day), `"2007-07"` (month),
/// `"2007"` (year), `"1960s"` or `"early 1960s"` (decade), `"1991..2007"` (a span),
/// `"..2007"` (up to a year) and `"2023.."` (from a year on). Answers phrase it at that
/// precision: "on 19 April 1945", "in 2007", "in the early 1960s".
public struct TimeValue: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    /// How exact the time is.
    public enum Precision: String, Sendable, Hashable, Codable {
        /// A day: `"1945-04-19"`.
        case day
        /// A month: `"2007-07"`.
        case month
        /// A year: `"2007"`.
        case year
        /// A decade or part of one: `"1960s"`, `"early 1960s"`.
        case decade
        /// A span of years, perhaps open at one end: `"1991..2007"`, `"..2007"`.
        case span
    }

    /// How exact the time is.
    public let precision: Precision
    /// First year the time covers, nil when open towards the past.
    public let from: Int?
    /// Last year the time covers, nil when open towards the future.
    public let to: Int?
    /// Month (1...12) for day and month precision.
    public let month: Int?
    /// Day of the month for day precision.
    public let day: Int?
    /// `"early"`, `"mid"` or `"late"` for part of a decade.
    public let part: String?

    /// The string form this value was read from, and is written back as.
    public let text: String

    /// Reads a time from its string form; nil when the text follows none of the forms.
    public init?(_ text: String) {
        guard let parsed = TimeValueParser.parse(text) else { return nil }
        self = parsed
    }

    init(precision: Precision, from: Int?, to: Int?, month: Int? = nil, day: Int? = nil, part: String? = nil, text: String) {
        self.precision = precision
        self.from = from
        self.to = to
        self.month = month
        self.day = day
        self.part = part
        self.text = text
    }

    /// The years covered, with open ends widened to the edges of recorded time.
    public var years: ClosedRange<Int> { (from ?? Int.min / 2)...(to ?? Int.max / 2) }

    /// True when the time shares at least one year with `range`.
    public func overlaps(_ range: ClosedRange<Int>) -> Bool { years.overlaps(range) }

    /// The time as an answer says it: "on 19 April 1945", "in the early 1960s".
    public var phrase: String {
        switch precision {
        case .day: return "on \(day ?? 1) \(Self.monthNames[(month ?? 1) - 1]) \(from ?? 0)"
        case .month: return "in \(Self.monthNames[(month ?? 1) - 1]) \(from ?? 0)"
        case .year: return "in \(from ?? 0)"
        case .decade: return "in the \(decadeLabel)"
        case .span:
            switch (from, to) {
            case let (a?, b?): return "between \(a) and \(b)"
            case let (nil, b?): return "until \(b)"
            case let (a?, nil): return "from \(a) on"
            case (nil, nil): return "at some time"
            }
        }
    }

    /// A short label for timelines: "19 April 1945", "2007", "early 1960s".
    public var label: String {
        switch precision {
        case .day: return "\(day ?? 1) \(Self.monthNames[(month ?? 1) - 1]) \(from ?? 0)"
        case .month: return "\(Self.monthNames[(month ?? 1) - 1]) \(from ?? 0)"
        case .year: return "\(from ?? 0)"
        case .decade: return decadeLabel
        case .span: return text
        }
    }

    private var decadeLabel: String {
        let base = (from ?? 0) / 10 * 10
        return "\(part.map { $0 + " " } ?? "")\(base)s"
    }

    /// The string form.
    public var description: String { text }

    /// Orders times by first year, then month and day; open starts come first.
    public static func < (lhs: TimeValue, rhs: TimeValue) -> Bool {
        let l = (lhs.from ?? Int.min / 2, lhs.month ?? 0, lhs.day ?? 0)
        let r = (rhs.from ?? Int.min / 2, rhs.month ?? 0, rhs.day ?? 0)
        return l < r
    }

    /// English month names, January first.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Decodes from the string form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = TimeValue(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a time (use 2007, 2007-07, 1945-04-19, early 1960s, 1991..2007)")
        }
        self = value
    }

    /// Encodes as the string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
