import ArgumentParser
public import DossierKit
import Foundation

/// The `dossier` program as a library: an executable hands it its answerers and calls
/// ``main(answerers:)``, which parses the command line and runs the command.
public enum DossierCLI {
    /// Runs the command and turns a ``Failure`` into its message and exit status; every
    /// other error goes to ArgumentParser, which keeps 64 for usage errors.
    ///
    /// - Parameter answerers: the Swift answerers, in the order they are asked;
    ///   out-of-process plugins found on disk are added after them.
    public static func main(answerers: [any Answerer]) async {
        await Answerers.$registered.withValue(answerers) {
            do {
                var command = try Dossier.parseAsRoot()
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            } catch let failure as Failure {
                FileHandle.standardError.write(Data((failure.description + "\n").utf8))
                Dossier.exit(withError: ExitStatus.of(failure.error.code))
            } catch {
                Dossier.exit(withError: error)
            }
        }
    }
}
