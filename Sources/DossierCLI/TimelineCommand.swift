import ArgumentParser
import DossierEngine
import DossierIndex
import DossierKit
import DossierOutput
import Foundation

extension Dossier {
    /// `dossier timeline [ENTITY] [--from YEAR] [--to YEAR] [--format text|svg|html] [-o FILE]`:
    /// the cited events of the store on a time axis, as a list, an SVG picture or an HTML page.
    struct TimelineCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "The store's dated events in order: a list, an SVG picture or an HTML page.",
            discussion: """
                text is the list the shell's :timeline shows. svg is one self-contained picture: a year axis, \
                lanes by kind of event, each event drawn at its precision with its source on hover. html holds \
                the picture and a table of the events with their quotes and citations. Exit status 1 when no \
                event matches.
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "Only events involving this entity (an id, name or alias, as :facts takes).")
        var entity: String?

        @Option(name: .long, help: "Only events reaching this year or later.")
        var from: Int?

        @Option(name: .long, help: "Only events reaching back to this year or earlier.")
        var to: Int?

        @Option(name: .long, help: "text, svg or html.")
        var format: TimelineFormat = .text

        @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.")
        var output: String?

        func validate() throws {
            if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to); give the earlier year first") }
        }

        func run() async throws {
            let session = try await Session(options: options, use: .indexing, writing: false)
            let index = session.engine.index
            var selection = TimelineSelection(from: from, to: to)
            if let entity {
                guard let found = TimelineSelection.entity(named: entity, in: index.entities) else {
                    throw ValidationError("no entity is called \(TerminalSanitizer.clean(entity)); `dossier timeline` without one shows every event")
                }
                selection.entity = found
            }
            let events = selection.events(in: index)
            let title = "Timeline of cited events" + (selection.phrase.isEmpty ? "" : " " + selection.phrase)
            let rendered: String? = switch format {
            case .text: TimelineText.render(events)
            case .svg: SVGTimeline.render(events, title: title)
            case .html: HTMLTimeline.render(events, title: title)
            }
            guard let rendered else {
                FileHandle.standardError.write(Data("dossier: \(TerminalSanitizer.clean(selection.emptyMessage))\n".utf8))
                throw ExitCode(1)
            }
            try write(rendered, count: events.count)
        }

        private func write(_ text: String, count: Int) throws {
            guard let output else {
                do {
                    try OutputChannel(descriptor: STDOUT_FILENO).write(text)
                } catch {
                    if case .closed = error { throw ExitCode.success }
                    throw Failure(DossierError(.io, "cannot write the timeline to standard output: \(error)"))
                }
                return
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw Failure(DossierError(.io, "cannot write the timeline to \(output): \(error.localizedDescription)"))
            }
            FileHandle.standardError.write(Data(TerminalSanitizer.clean("wrote \(count) events to \(output)\n").utf8))
        }
    }
}

/// The forms `dossier timeline` writes.
enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case text, svg, html
}

typealias TimelineCommand = Dossier.TimelineCommand
