import Foundation
import Synchronization

/// What an index found wrong in the reading image it reads in place: the image's id lists
/// are checked where they are read (``IDLists/range(at:)``), not all at opening, so opening
/// costs the pages a question touches. A list found damaged reads as empty; the image's
/// file is removed at once, so the next process reads its readings again from the store
/// instead of believing it.
final class ImageDamage: Sendable {
    /// The image file read, removed when damage is found (nil for an image held in memory).
    private let path: String?
    private let found = Atomic<Bool>(false)
    private let reported = Atomic<Bool>(false)

    init(path: String?) { self.path = path }

    /// Records damage in the image; the first time, removes its file.
    func record() {
        guard found.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        if let path { unlink(path) }
    }

    var isFound: Bool { found.load(ordering: .relaxed) }

    /// A message saying what was found and done, once: nil before any damage and after it
    /// has been given.
    func takeReport() -> String? {
        guard isFound, reported.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return nil }
        let place = path.map { "the reading image \($0)" } ?? "the reading image"
        return "\(place) is damaged: answers in this run may miss some facts; it was removed and will be made again from the store"
    }
}

/// How the lists of an image are checked where read: every id below `bound`, ascending.
struct ListCheck: Sendable {
    let bound: Int
    let damage: ImageDamage
}
