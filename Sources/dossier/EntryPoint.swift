import ArgumentParser
import DossierKit
import Foundation

/// Runs the command and turns a ``Failure`` into its message and exit status; every
/// other error goes to ArgumentParser, which keeps 64 for usage errors.
@main
enum EntryPoint {
    static func main() async {
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
