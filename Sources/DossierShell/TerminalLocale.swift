#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the C library read and write UTF-8, as libedit needs for accented input and
/// display: the character set the environment names, or C.UTF-8 when that is not UTF-8.
///
/// Only `LC_CTYPE` changes. The other categories stay "C", so nothing in the process
/// starts writing numbers with a decimal comma or sorting by a national rule.
enum TerminalLocale {
    /// Sets `LC_CTYPE`; returns false when no UTF-8 character set could be had.
    @discardableResult
    static func prepare() -> Bool {
        setlocale(LC_CTYPE, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// True when the current character set is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
