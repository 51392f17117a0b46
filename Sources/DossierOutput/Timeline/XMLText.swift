import DossierKit

/// Text made safe to put in XML (SVG and HTML): markup characters escaped, and the
/// characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) and bidirectional
/// overrides dropped, so a document's text can neither break the file nor reorder it.
enum XMLText {
    /// `text` for an element's content or a double-quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if isDropped(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// `text` cut to at most `limit` characters at a word boundary, with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(max(1, limit - 1))
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        let base = word.count >= limit / 2 ? word : cut
        return base.trimmingCharacters(in: " ,;:") + "\u{2026}"
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var view = self
        while let last = view.last, set.contains(last) { view.removeLast() }
        return String(view)
    }
}

/// A number as SVG writes it: at most one decimal, no exponent.
func svgNumber(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0 ? sign + String(magnitude / 10) : "\(sign)\(magnitude / 10).\(magnitude % 10)"
}
