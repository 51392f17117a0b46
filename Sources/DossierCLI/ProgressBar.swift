import DossierEngine
import Foundation
import DossierOutput

/// A one-line progress bar on standard error, drawn only when standard error is a
/// terminal; piped runs stay quiet.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private let width = 24

    init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.enabled = enabled && total > 1
    }

    /// Draws the bar with `done` of `total` finished and the item now under way.
    func show(done: Int, current: String) {
        guard enabled else { return }
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let name = TerminalSanitizer.clean((current as NSString).lastPathComponent).prefix(40)
        write("\r\u{1B}[K[\(bar)] \(done)/\(total) \(name)")
    }

    /// Removes the bar so that other output starts on a clean line.
    func clear() {
        guard enabled else { return }
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        StandardError.write(text)
    }
}
