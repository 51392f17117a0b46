import DossierIndex
import DossierKit
import DossierOutput
import Foundation

/// `:timeline [ENTITY] --open FILE.html`: writes the timeline as an HTML page (the
/// picture and the table of events) and opens it in the desktop's browser when there is
/// one; otherwise says where the file is.
enum TimelinePage {
    /// Writes the page and returns what to tell the user.
    static func write(index: FactIndex, entity name: String?, to path: String, environment: [String: String]) -> String {
        var selection = TimelineSelection()
        if let name {
            guard let entity = TimelineSelection.entity(named: name, in: index.entities) else {
                return "no entity is called \(TerminalSanitizer.clean(name)); type a few letters and press Tab to see the names\n"
            }
            selection.entity = entity
        }
        let events = selection.events(in: index)
        let title = "Timeline of cited events" + (selection.phrase.isEmpty ? "" : " " + selection.phrase)
        guard let page = HTMLTimeline.render(events, title: title) else { return TerminalSanitizer.clean(selection.emptyMessage) + "\n" }
        let expanded = (path as NSString).expandingTildeInPath
        do {
            try AtomicFile.replace(expanded, with: Array(page.utf8), mode: 0o644)
        } catch {
            return TerminalSanitizer.clean(error.description) + "\n"
        }
        let shown = TerminalSanitizer.clean(expanded)
        if let opener = browserOpener(environment: environment), launch(opener, expanded) {
            return "wrote \(events.count) events to \(shown) and opened it\n"
        }
        return "wrote \(events.count) events to \(shown); open it in a browser\n"
    }

    /// The desktop's "open this file" command, when there is a desktop to show it on.
    private static func browserOpener(environment: [String: String]) -> String? {
        #if os(macOS)
        return "/usr/bin/open"
        #else
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil else { return nil }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/xdg-open" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        #endif
    }

    private static func launch(_ opener: String, _ file: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [file]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        return true
    }
}
