import DossierKit

/// The Swift answerers the program was started with (see ``DossierCLI/main(answerers:)``).
enum Answerers {
    /// Set once by ``DossierCLI/main(answerers:)`` for the whole run.
    @TaskLocal static var registered: [any Answerer] = []

    static func builtIn() -> [any Answerer] { registered }
}
