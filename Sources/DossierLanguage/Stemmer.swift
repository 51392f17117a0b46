import CStemmer
import Synchronization

/// A Snowball stemmer (the Porter2 English and the Spanish algorithms of libstemmer), which
/// reduces a word to the stem its inflections and close derivations share: "visited",
/// "visits" and "visiting" give "visit"; "relaciones" gives "relacion".
///
/// A stem is a key for comparing words, not a word: "embassy" stems to "embassi". Stems do
/// not bridge irregular forms ("pled"/"plead") or agent nouns ("visitor"/"visit"); use
/// ``Morphology`` and ``Derivations`` for those.
///
/// One libstemmer object is not thread-safe (it returns a pointer into its own buffer), so
/// each stemmer keeps its handle behind a `Mutex` and copies the result out before unlocking;
/// a stem costs about a microsecond, so the lock is never held long.
public final class Stemmer: Sendable {
    /// The languages whose algorithm this build ships.
    public enum Language: String, Sendable, CaseIterable {
        case english, spanish
    }

    public let language: Language
    private let handle: Mutex<SnowballHandle>

    /// A new stemmer for a language. Prefer the shared ``english`` and ``spanish``.
    public init(_ language: Language) {
        self.language = language
        guard let pointer = sb_stemmer_new(language.rawValue, "UTF_8") else {
            // Only when libstemmer lacks the algorithm or memory runs out; both are build faults.
            fatalError("libstemmer has no '\(language.rawValue)' stemmer for UTF-8")
        }
        handle = Mutex(SnowballHandle(pointer: pointer))
    }

    /// The shared English stemmer.
    public static let english = Stemmer(.english)
    /// The shared Spanish stemmer.
    public static let spanish = Stemmer(.spanish)

    /// The stem of a word. The word is lowercased first (Snowball expects lowercase);
    /// Spanish words should keep their accents and ñ, to be folded after stemming if at all
    /// ("años" is not "anos").
    public func stem(_ word: String) -> String {
        let lowered = word.lowercased()
        guard !lowered.isEmpty else { return lowered }
        var bytes = Array(lowered.utf8)
        return handle.withLock { handle in
            bytes.withUnsafeMutableBufferPointer { buffer in
                guard let result = sb_stemmer_stem(handle.pointer, buffer.baseAddress, Int32(buffer.count)) else {
                    return lowered  // out of memory inside libstemmer: the word is its own stem
                }
                let length = Int(sb_stemmer_length(handle.pointer))
                return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
            }
        }
    }
}

/// Owns one libstemmer object; deleted with its owner. Not copyable, so the pointer has
/// exactly one owner and leaves the `Mutex` only as a borrow.
struct SnowballHandle: ~Copyable {
    let pointer: OpaquePointer
    deinit { sb_stemmer_delete(pointer) }
}
