/// Makes text safe to print on a terminal: no escape sequences, C0 or C1 controls, DEL,
/// or bidirectional overrides can reach it from a document, a fact or a plugin.
///
/// Each unsafe character becomes U+FFFD, so the reader sees that something was there;
/// tabs and newlines become spaces, since an answer is one paragraph.
public enum TerminalSanitizer {
    /// The text with every unsafe character replaced.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) || $0 == "\n" || $0 == "\t" || $0 == "\r" }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                out.append(" ")
            } else if isUnsafe(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for C0 and C1 controls, DEL, line and paragraph separators, and the
    /// bidirectional embedding, override and isolate characters.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
