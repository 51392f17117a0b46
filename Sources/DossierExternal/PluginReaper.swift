import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes sure nothing a plugin started outlives it, or Dossier.
///
/// A plugin runs in a session of its own (so it has no controlling terminal), and killing
/// that session's process group ends the plugin and every child that stayed in it; that
/// is Subprocess's `send(signal: .kill, toProcessGroup: true)` (``PluginProcess``). A child
/// that called `setsid` leaves the group; on Linux it is still found, through `/proc`, as
/// a descendant of the plugin or a member of its session, and killed with it, when the
/// plugin is stopped and when Dossier exits. Subprocess reaps the plugin itself.
///
/// Not covered: a daemon that double-forks *and* whose middle process has already exited
/// is re-parented to init, out of reach (only a cgroup would hold it; as a child subreaper
/// Dossier could not tell it from what other commands start, such as a browser).
enum PluginReaper {
    /// Plugins running now, by process id.
    private static let running = Mutex<Set<pid_t>>([])

    /// Called once before the first plugin starts: stop every plugin at exit, when no
    /// task runs any more to do it through Subprocess.
    static let prepare: Void = { atexit { PluginReaper.stopAll() } }()

    static func started(_ pid: pid_t) {
        _ = running.withLock { $0.insert(pid) }
    }

    /// The plugin `pid` was stopped; Subprocess reaps it.
    static func finished(_ pid: pid_t) {
        _ = running.withLock { $0.remove(pid) }
    }

    /// Kills processes that left a plugin's process group.
    static func kill(_ escaped: [pid_t]) {
        for pid in escaped { killProcess(pid) }
    }

    /// At exit: every plugin still running, its group, and what left the group.
    private static func stopAll() {
        for pid in running.withLock({ $0 }) {
            let escaped = ProcessTable.read().descendants(of: pid)
            killProcess(-pid)  // the plugin's session is its process group
            kill(escaped)
        }
    }
}

/// SIGKILL to `pid` (a group when negative): the C `kill`, which ``PluginReaper/kill(_:)`` hides.
private func killProcess(_ pid: pid_t) {
    _ = kill(pid, SIGKILL)
}

/// The processes of this machine as `/proc` lists them (empty where there is no `/proc`).
struct ProcessTable {
    struct Entry {
        var pid: pid_t, parent: pid_t, session: pid_t
    }

    var entries: [Entry]

    static func read() -> ProcessTable {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        var entries: [Entry] = []
        for name in names {
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After "pid (comm) ": state, ppid, pgrp, session.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 3, let parent = pid_t(fields[1]), let session = pid_t(fields[3]) else { continue }
            entries.append(Entry(pid: pid, parent: parent, session: session))
        }
        return ProcessTable(entries: entries)
    }

    /// Every process descending from `pid`, or in the session `pid` leads.
    func descendants(of pid: pid_t) -> [pid_t] {
        var children: [pid_t: [pid_t]] = [:]
        for entry in entries { children[entry.parent, default: []].append(entry.pid) }
        var found = Set<pid_t>()
        var queue = (children[pid] ?? []) + entries.filter { $0.session == pid && $0.pid != pid }.map(\.pid)
        while let next = queue.popLast() {
            guard next != pid, found.insert(next).inserted else { continue }
            queue += children[next] ?? []
        }
        return found.sorted()
    }
}
