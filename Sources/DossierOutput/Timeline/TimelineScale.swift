import DossierKit

/// The year axis: fractional years to x positions. Years where an event begins or ends
/// are wide (wider the more events they hold), short stretches between them are drawn to
/// scale, and long empty stretches are shortened to a marked break, so two centuries and
/// a crowded year fit in one picture and both stay readable.
struct TimelineScale: Sendable {
    /// How wide each kind of year is, in shares of the axis. The one place these are set.
    enum Weight {
        /// A year where an event begins or ends.
        static let eventYear = 3.0
        /// Added per event beginning in that year, up to ``crowdCap`` events.
        static let perEvent = 0.5
        static let crowdCap = 8
        /// An empty year between event years, in a stretch short enough to draw to scale.
        static let emptyYear = 1.0
        /// The longest empty stretch drawn to scale; longer ones become a break.
        static let longestScaledGap = 4
        /// A break, whatever its length.
        static let gapBreak = 2.5
    }

    /// One stretch of the axis: a single year, or a shortened gap of several.
    struct Segment: Sendable, Equatable {
        var firstYear: Int
        /// One past the last year.
        var endYear: Int
        var x0: Double
        var x1: Double
        var isBreak: Bool
        var isEventYear: Bool
        var events: Int
    }

    let segments: [Segment]
    let left: Double
    let right: Double

    init(events: [TimelineEvent], left: Double, right: Double) {
        self.left = left
        self.right = right
        var counts: [Int: Int] = [:]
        for event in events {
            let (start, end) = event.extent
            if let start { counts[Int(start.rounded(.down)), default: 0] += 1 }
            if let end {
                var last = Int(end.rounded(.up)) - 1
                if let start { last = max(last, Int(start.rounded(.down))) }
                if counts[last] == nil { counts[last] = 0 }
            }
        }
        let years = counts.keys.sorted()
        guard let first = years.first, let last = years.last else {
            segments = []
            return
        }
        var pieces: [(Int, Int, Double, Bool, Bool, Int)] = []  // first, end, weight, break, event year, count
        var year = first
        while year <= last {
            if let count = counts[year] {
                let weight = Weight.eventYear + Double(min(count, Weight.crowdCap)) * Weight.perEvent
                pieces.append((year, year + 1, weight, false, true, count))
                year += 1
                continue
            }
            let next = years.first { $0 > year } ?? last + 1
            let gap = next - year
            if gap > Weight.longestScaledGap {
                pieces.append((year, next, Weight.gapBreak, true, false, 0))
            } else {
                for empty in year..<next { pieces.append((empty, empty + 1, Weight.emptyYear, false, false, 0)) }
            }
            year = next
        }
        let total = pieces.reduce(0) { $0 + $1.2 }
        let perUnit = (right - left) / total
        var x = left
        segments = pieces.map { piece in
            let width = piece.2 * perUnit
            defer { x += width }
            return Segment(firstYear: piece.0, endYear: piece.1, x0: x, x1: x + width, isBreak: piece.3, isEventYear: piece.4, events: piece.5)
        }
    }

    /// The first year on the axis and one past the last.
    var domain: (first: Int, end: Int)? {
        guard let first = segments.first, let last = segments.last else { return nil }
        return (first.firstYear, last.endYear)
    }

    /// The x of an instant; instants outside the axis go to its edges (open ends).
    func x(_ time: Double) -> Double {
        guard let first = segments.first, let last = segments.last else { return left }
        if time <= Double(first.firstYear) { return first.x0 }
        if time >= Double(last.endYear) { return last.x1 }
        let segment = segments.first { Double($0.endYear) > time } ?? last
        let share = (time - Double(segment.firstYear)) / Double(segment.endYear - segment.firstYear)
        return segment.x0 + share * (segment.x1 - segment.x0)
    }
}
