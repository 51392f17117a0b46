import Foundation

extension TextFolding {
    /// Words of a text with their original spelling and offsets.
    ///
    /// A word is a run of letters, digits and combining marks; an apostrophe after a letter
    /// joins it ("Guatemala's", then the "'s" is dropped), and so does a dot after a letter
    /// while the word reads as an initialism ("U.S.", kept as "US"). Quotes and dots at a
    /// word's edges are left out of it and of its offsets.
    ///
    /// The text is read as UTF-8 bytes: ASCII is classified without a table lookup, and a
    /// word made only of ASCII is cut and cased byte by byte; any other word goes through
    /// `String`, which segments characters as the rules above mean.
    public static func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in WordSplitter(bytes: bytes).split() }
    }
}

/// One pass over a text's UTF-8 (see ``TextFolding/tokens(_:)``).
private struct WordSplitter {
    let bytes: UnsafeBufferPointer<UInt8>
    var tokens: [TextFolding.Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private static let apostrophe = Unicode.Scalar(0x27)!, rightQuote = Unicode.Scalar(0x2019)!, dot = Unicode.Scalar(0x2E)!

    consuming func split() -> [TextFolding.Token] {
        var start = 0, offset = 0
        var inWord = false
        var previous: Unicode.Scalar = " "
        while offset < bytes.count {
            let (scalar, length) = scalar(at: offset)
            let joins = Self.isWordScalar(scalar)
                || ((scalar == Self.apostrophe || scalar == Self.rightQuote) && Self.isLetter(previous))
                || (scalar == Self.dot && Self.isLetter(previous) && inWord && isInitialism(start..<offset))
            if joins {
                if !inWord { start = offset; inWord = true }
            } else if inWord {
                flush(start..<offset)
                inWord = false
            }
            offset += length
            previous = scalar
        }
        if inWord { flush(start..<offset) }
        return tokens
    }

    /// The scalar that starts at `offset` and its length in bytes (the text is valid UTF-8).
    private func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func tail(_ index: Int) -> UInt32 { UInt32(bytes[offset + index]) & 0x3F }
        let value: UInt32, length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | tail(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | tail(1) << 6 | tail(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | tail(1) << 12 | tail(2) << 6 | tail(3), 4)
        }
        return (Unicode.Scalar(value) ?? " ", length)
    }

    private func isASCII(_ range: Range<Int>) -> Bool { bytes[range].allSatisfy { $0 < 0x80 } }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// True while a word reads as single letters joined by dots: "U", "u.s", "U.S.A".
    private func isInitialism(_ range: Range<Int>) -> Bool {
        guard isASCII(range) else {
            let parts = string(range).split(separator: ".", omittingEmptySubsequences: false)
            return parts.count <= 3 && parts.allSatisfy { $0.count == 1 }
        }
        // Single characters at even places, dots at odd ones, at most three parts.
        let count = range.count
        guard count % 2 == 1, count <= 5 else { return false }
        for (place, index) in range.enumerated() where (bytes[index] == UInt8(ascii: ".")) != (place % 2 == 1) { return false }
        return true
    }

    /// Ends the word in `range`: a possessive "'s" and edge quotes and dots come off.
    private mutating func flush(_ range: Range<Int>) {
        guard isASCII(range) else { return flushText(range) }
        var start = range.lowerBound, end = range.upperBound
        if end - start >= 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] == UInt8(ascii: "s") { end -= 2 }
        while start < end, bytes[start] == UInt8(ascii: "'") || bytes[start] == UInt8(ascii: ".") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: "'") || bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard start < end else { return }
        let word = bytes[start..<end]
        let surface: String
        if word.contains(UInt8(ascii: ".")) {
            surface = String(decoding: word.lazy.filter { $0 != UInt8(ascii: ".") }.map { $0 & ~(TextFolding.isASCIILetter($0) ? 0x20 : 0) }, as: UTF8.self)
        } else {
            surface = string(start..<end)
        }
        let folded = surface.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
            ? String(decoding: surface.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) : surface
        tokens.append(TextFolding.Token(surface: surface, folded: folded, utf8Range: start..<end))
    }

    /// ``flush(_:)`` for a word with characters outside ASCII, through `String`.
    private mutating func flushText(_ range: Range<Int>) {
        var word = string(range)
        var start = range.lowerBound, end = range.upperBound
        if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { end -= word.suffix(2).utf8.count; word.removeLast(2) }
        while let first = word.first, "'\u{2019}.".contains(first) { start += first.utf8.count; word.removeFirst() }
        while let last = word.last, "'\u{2019}.".contains(last) { end -= last.utf8.count; word.removeLast() }
        let dotted = word.utf8.contains(UInt8(ascii: ".")) ? word.replacingOccurrences(of: ".", with: "").uppercased() : word
        if !dotted.isEmpty {
            tokens.append(TextFolding.Token(surface: dotted, folded: TextFolding.fold(dotted), utf8Range: start..<max(start, end)))
        }
    }

    /// Letters, digits and combining marks (an accent typed as a separate mark) make words.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
            : scalar.properties.isAlphabetic
    }
}
