/// Lines a saved web page carries around its text: buttons and prompts ("Follow Xinhua on
/// X", "Share this article", "Read more: ..."), photo credits ("STR/AFP", "Photo: Ada
/// Ferro/Reuters"), a lone agency tag ("STR", "AFP") and bylines ("By Ada Ferro and Ivo
/// Brandt"). None is text of the document: none may become a name, a claim or a heading.
enum PageFurniture {
    /// Words a page's buttons and prompts open with, lowercased.
    static let prompts: Set<String> = [
        "follow", "share", "tweet", "email", "print", "subscribe", "download", "click", "advertisement", "comments",
    ]
    /// Prompts of two words.
    static let promptPairs: Set<[String]> = [
        ["read", "more"], ["read", "also"], ["see", "also"], ["sign", "up"], ["related", "articles"], ["related", "stories"],
        ["more", "stories"], ["watch", "video"], ["listen", "to"],
    ]
    /// Words that open a credit line.
    static let creditOpeners: Set<String> = ["photo", "photos", "image", "images", "picture", "photograph", "credit", "video", "file"]

    /// True for a line of page furniture.
    static func matches(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first, line.utf8.count <= 300 else { return false }
        let lowered = words.map { $0.lowercased().trimmingPunctuation }
        if words.count <= 8, Boilerplate.isBare(line, limit: 120) || line.hasSuffix(":") {
            // A prompt is a verb telling the reader what to do: "Share this", not "Share of the catch".
            if prompts.contains(lowered[0]) && lowered.dropFirst().first != "of"
                || words.count >= 2 && promptPairs.contains(Array(lowered.prefix(2))) { return true }
            if isByline(words) { return true }
        }
        if lowered[0].hasPrefix("read") && line.contains(":") && words.count <= 20 && lowered.prefix(2).contains("more") { return true }
        if words.count == 1, isAgencyTag(first) { return true }
        if creditOpeners.contains(lowered[0]), words.count <= 12, line.contains(":") || line.contains("/") || lowered.dropFirst().first == "by" {
            return true
        }
        // A caption's credit ends it: "... at the ceremony. STR/AFP".
        if let last = words.last, isCredit(last) { return true }
        return false
    }

    /// "STR", "AFP", "AP": a short word of capitals alone on a line.
    static func isAgencyTag(_ word: String) -> Bool {
        (2...5).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// "STR/AFP", "Ferro/Reuters", "AFP/Getty": names joined by a slash, one of them in
    /// capitals or both capitalised words.
    static func isCredit(_ token: String) -> Bool {
        let parts = token.trimmingPunctuation.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }) else { return false }
        return parts.contains(where: { isAgencyTag($0) })
    }

    /// "By Ada Ferro", "By Ada Ferro and Ivo Brandt": "By" and capitalised names only.
    static func isByline(_ words: [String]) -> Bool {
        guard words.count >= 3, words[0] == "By" else { return false }
        return words.dropFirst().allSatisfy { word in word == "and" || word.first?.isUppercase == true || word == "|" }
    }
}

extension String {
    /// The string without punctuation at either end.
    var trimmingPunctuation: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isPunctuation { scalars.removeFirst() }
        while let last = scalars.last, last.isPunctuation { scalars.removeLast() }
        return String(scalars)
    }
}
