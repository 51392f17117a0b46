import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a plugin file may be run: it runs with the user's rights, so it must be one
/// only the user (or root) could have put there.
///
/// The rules follow OpenSSH's `StrictModes` for `authorized_keys` and git's
/// `safe.directory`, and like them Dossier refuses rather than warns, since running the
/// file is the harm: a plugin file or folder writable by every user, or owned by another
/// user (not root), is not run. Group-writable is run with a warning (ssh refuses it too,
/// but user-private groups make it common and harmless). A file that is not executable,
/// or is a folder, is named as such so the user knows why it is not run.
enum PluginTrust {
    /// What to do with one candidate.
    enum Verdict: Equatable {
        case run
        case runWithWarning(String)
        case refuse(String)
    }

    /// Whether the file at `path` in `folder` may be run.
    static func verdict(path: String, folder: String) -> Verdict {
        if let refusal = refusal(path: path, folder: folder) { return .refuse(refusal) }
        for (status, what) in [(try? status(of: path), "the file"), (try? status(of: folder), "its folder \(folder)")] {
            if let status, status.st_mode & S_IWGRP != 0 {
                return .runWithWarning("\(what) is writable by its group, so others in it could change the plugin; consider chmod g-w")
            }
        }
        return .run
    }

    private static func status(of path: String) throws -> stat {
        var result = stat()
        guard stat(path, &result) == 0 else { throw POSIXError(.ENOENT) }
        return result
    }

    /// Why the file at `path` in `folder` must not be run, or nil when it may.
    private static func refusal(path: String, folder: String) -> String? {
        var file = stat()
        guard stat(path, &file) == 0 else { return "it cannot be examined (\(String(cString: strerror(errno))))" }
        if file.st_mode & S_IFMT == S_IFDIR { return "it is a folder, not an executable file" }
        guard file.st_mode & S_IFMT == S_IFREG else { return "it is not a regular file" }
        guard access(path, X_OK) == 0 else { return "it is not executable; make it so with chmod +x if it should run" }
        if let problem = ownership(file, of: "the file") { return problem }
        var parent = stat()
        if stat(folder, &parent) == 0, let problem = ownership(parent, of: "its folder \(folder)") { return problem }
        return nil
    }

    private static func ownership(_ status: stat, of what: String) -> String? {
        let user = geteuid()
        if status.st_uid != user && status.st_uid != 0 {
            return "\(what) is owned by another user (uid \(status.st_uid)); only your own plugins and root's are run"
        }
        let sticky = status.st_mode & S_IFMT == S_IFDIR && status.st_mode & S_ISVTX != 0
        if status.st_mode & S_IWOTH != 0 && !sticky {
            return "\(what) is writable by every user, so anyone could have changed it; remove that with chmod o-w"
        }
        if status.st_mode & S_IWOTH != 0 {
            return "\(what) is writable by every user (a shared folder such as /tmp); move the plugin to a folder of your own"
        }
        return nil
    }
}
