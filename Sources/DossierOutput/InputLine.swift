public import DossierKit
import DossierLanguage

/// One line of input made ready to ask: checked for UTF-8, stripped of escape sequences
/// and control characters, with blank and `#` comment lines set aside.
public enum InputLine {
    /// What a line turned out to be.
    public enum Outcome: Sendable, Equatable {
        /// A question to ask, cleaned.
        case question(String)
        /// A blank or comment line: no record.
        case skip
        /// A line that cannot be asked; it gets an error record.
        case failure(question: String, error: DossierError)
    }

    /// The longest line, in bytes, read as a question.
    public static let maximumBytes = 16 * 1024

    /// Decodes and cleans one line of bytes (without its newline).
    ///
    /// - Parameters:
    ///   - bytes: the line as read, possibly cut short at ``maximumBytes``.
    ///   - totalLength: the line's full length in bytes, when it was longer than `bytes`.
    ///   - number: the line's number, for messages.
    public static func read(_ bytes: [UInt8], totalLength: Int? = nil, number: Int) -> Outcome {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        // A comment gives no record, however long or badly encoded it is.
        if bytes.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: "#") {
            return .skip
        }
        if let totalLength, totalLength > maximumBytes {
            let preview = clean(String(decoding: bytes.prefix(60), as: UTF8.self))
            return .failure(
                question: preview + "\u{2026}",
                error: DossierError(
                    .lineTooLong,
                    "line \(number) is \(totalLength) bytes long; a question may be at most \(maximumBytes) bytes. Split or shorten it."))
        }
        if let offset = TextBytes.firstInvalidByte(bytes) {
            let shown = String(bytes[offset], radix: 16)
            return .failure(
                question: clean(String(decoding: bytes, as: UTF8.self)),
                error: DossierError(
                    .invalidUTF8,
                    "line \(number): byte \(offset + 1) (0x\(shown)) is not valid UTF-8; save the questions as UTF-8."))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .skip }
        let question = clean(text)
        if question.isEmpty {
            return .failure(
                question: "",
                error: DossierError(.emptyQuestion, "line \(number) holds only control characters; there is no question to ask."))
        }
        return .question(question)
    }

    /// Removes terminal escape sequences and control characters and folds runs of white
    /// space, so "\u{1B}[31mwhen\u{0}did ..." reads "when did ...".
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}" || scalar == "\u{9B}" {
                EscapeSequence.skip(after: scalar, in: &scalars)
                continue
            }
            let unsafe = TerminalSanitizer.isUnsafe(scalar) || scalar == "\u{FEFF}"
            let space = unsafe || scalar.properties.isWhitespace
            if space {
                if let last = out.last, last != " " { out.append(" ") }
            } else {
                out.append(scalar)
            }
        }
        return String(out).trimmingSpaces()
    }
}

extension InputLine {
    /// True for printable ASCII with single spaces between words and none at the ends,
    /// which ``clean(_:)`` gives back as it is (most questions): nothing to look up a
    /// scalar at a time.
    static func isClean(_ text: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in text.utf8 {
            guard byte >= 0x20 && byte < 0x7F, byte != UInt8(ascii: " ") || previous != UInt8(ascii: " ") else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: " ")
    }
}

/// Skips ANSI/ECMA-48 escape sequences: CSI (`ESC [` ... final byte), OSC and other
/// strings (`ESC ]` ... BEL or `ESC \`), and two-character escapes.
enum EscapeSequence {
    static func skip(after introducer: Unicode.Scalar, in scalars: inout ArraySlice<Unicode.Scalar>) {
        let kind: Unicode.Scalar? = introducer == "\u{9B}" ? "[" : scalars.popFirst()
        switch kind {
        case "["?:
            while let next = scalars.popFirst(), !(0x40...0x7E).contains(next.value) {}
        case "]"?, "P"?, "X"?, "^"?, "_"?:
            while let next = scalars.popFirst() {
                if next == "\u{07}" { break }
                if next == "\u{1B}" { if scalars.first == "\\" { scalars.removeFirst() }; break }
            }
        default:
            break
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while view.first?.isWhitespace == true { view.removeFirst() }
        while view.last?.isWhitespace == true { view.removeLast() }
        return String(view)
    }
}
