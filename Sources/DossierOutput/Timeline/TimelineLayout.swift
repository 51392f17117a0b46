import DossierKit

/// Where every part of a timeline picture goes: lanes stacked top to bottom, each event's
/// mark at its time and precision, and its label beside it in the first row of its lane
/// where it overlaps nothing, so no two labels ever cross.
struct TimelineLayout: Sendable {
    /// Sizes of the picture, in pixels. The one place they are set.
    enum Metrics {
        static let width = 1340.0
        static let laneHeaderWidth = 170.0
        static let rightMargin = 24.0
        static let legendHeight = 64.0
        static let axisHeight = 30.0
        static let rowHeight = 20.0
        static let lanePadding = 8.0
        /// Room for a lane's name and count, however few its events.
        static let laneMinimumHeight = 46.0
        static let fontSize = 11.0
        /// A generous average glyph width for the font size (DejaVu Sans is wide), so an
        /// estimated label is never narrower than the drawn one.
        static let glyphWidth = 6.7
        /// The longest event label; the full statement is in the mark's tooltip.
        static let labelCharacters = 46
        /// A point mark's radius, and the space kept between neighbours in a row.
        static let pointRadius = 4.5
        static let gap = 8.0
    }

    /// One event as drawn.
    struct Placement: Sendable {
        var event: TimelineEvent
        var row: Int
        var y: Double
        var markStart: Double
        var markEnd: Double
        var isPoint: Bool
        var openStart: Bool
        var openEnd: Bool
        var label: String
        var labelX: Double
        /// True when the label ends at `labelX` (drawn left of the mark).
        var labelEndsAtX: Bool
    }

    /// One lane as drawn.
    struct Lane: Sendable {
        var lane: TimelineLane
        var top: Double
        var height: Double
        var placements: [Placement]
    }

    let scale: TimelineScale
    let lanes: [Lane]
    let plotTop: Double
    let plotBottom: Double
    let height: Double

    init(events: [TimelineEvent]) {
        typealias M = Metrics
        let plotLeft = M.laneHeaderWidth, plotRight = M.width - M.rightMargin
        let scale = TimelineScale(events: events, left: plotLeft + M.pointRadius, right: plotRight - M.pointRadius)
        self.scale = scale
        plotTop = M.legendHeight + M.axisHeight
        var top = plotTop
        var lanes: [Lane] = []
        for lane in TimelineLane.allCases {
            let members = events.filter { $0.lane == lane }
            guard !members.isEmpty else { continue }
            var placements = members.map { Self.place($0, scale: scale, left: plotLeft, right: plotRight) }
            placements.sort { $0.extent.lowerBound < $1.extent.lowerBound }
            var rowEnds: [Double] = []
            for index in placements.indices {
                let extent = placements[index].extent
                let row = rowEnds.firstIndex { $0 + M.gap <= extent.lowerBound } ?? rowEnds.count
                if row == rowEnds.count { rowEnds.append(extent.upperBound) } else { rowEnds[row] = extent.upperBound }
                placements[index].row = row
                placements[index].y = top + M.lanePadding + (Double(row) + 0.5) * M.rowHeight
            }
            let height = max(M.laneMinimumHeight, Double(rowEnds.count) * M.rowHeight + 2 * M.lanePadding)
            lanes.append(Lane(lane: lane, top: top, height: height, placements: placements))
            top += height
        }
        self.lanes = lanes
        plotBottom = top
        height = top + M.axisHeight + 8
    }

    /// The mark and label of one event, before it is given a row.
    private static func place(_ event: TimelineEvent, scale: TimelineScale, left: Double, right: Double) -> Placement {
        typealias M = Metrics
        let (start, end) = event.extent
        var markStart = scale.x(start ?? -.infinity)
        var markEnd = scale.x(end ?? .infinity)
        let isPoint = event.time.precision == .day
        if isPoint { markStart = scale.x(start ?? 0); markEnd = markStart }
        // A span narrower than a point would vanish: draw it at least a point wide.
        if !isPoint && markEnd - markStart < 2 * M.pointRadius {
            let middle = (markStart + markEnd) / 2
            markStart = middle - M.pointRadius
            markEnd = middle + M.pointRadius
        }
        let marker = event.conflicts.isEmpty ? "" : " \u{2260}"
        var label = XMLText.shortened("\(event.dateLabel): \(event.statement)", to: M.labelCharacters) + marker
        var width = Double(label.count) * M.glyphWidth
        let reachStart = isPoint ? markStart - M.pointRadius : markStart
        let reachEnd = isPoint ? markEnd + M.pointRadius : markEnd
        var placement = Placement(
            event: event, row: 0, y: 0, markStart: markStart, markEnd: markEnd, isPoint: isPoint,
            openStart: start == nil, openEnd: end == nil, label: label, labelX: reachEnd + 5, labelEndsAtX: false)
        if !isPoint && markEnd - markStart >= width + 17 {
            placement.labelX = markStart + (start == nil ? 12 : 5)  // on the bar itself, past an open end's arrow
        } else if reachEnd + 5 + width > right {
            if reachStart - 5 - width >= left {
                placement.labelX = reachStart - 5
                placement.labelEndsAtX = true
            } else {
                // Room on neither side: shorten the label to the wider side.
                let room = max(right - reachEnd, reachStart - left) - 5
                label = XMLText.shortened(label, to: max(8, Int(room / M.glyphWidth)))
                width = Double(label.count) * M.glyphWidth
                placement.label = label
                if right - reachEnd < reachStart - left {
                    placement.labelX = reachStart - 5
                    placement.labelEndsAtX = true
                }
            }
        }
        return placement
    }
}

extension TimelineLayout.Placement {
    /// The horizontal room the mark and its label take.
    var extent: ClosedRange<Double> {
        typealias M = TimelineLayout.Metrics
        let width = Double(label.count) * M.glyphWidth
        let reachStart = isPoint ? markStart - M.pointRadius : markStart
        let reachEnd = isPoint ? markEnd + M.pointRadius : markEnd
        if labelEndsAtX { return (labelX - width)...reachEnd }
        return reachStart...max(reachEnd, labelX + width)
    }
}
