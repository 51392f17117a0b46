import Foundation

/// The command line as the bytes the system passed, for arguments that are not UTF-8.
///
/// Swift decodes `argv` repairing bad UTF-8 with U+FFFD, so a Latin-1 file name no
/// longer names its file and a question's bad bytes go unseen. Each argument is mapped
/// back to its bytes, and shown with its odd bytes escaped as `\xHH` (as `git` quotes
/// such names).
enum RawArguments {
    /// Every argument's bytes, `argv[0]` first.
    static let all: [[UInt8]] = (0..<Int(CommandLine.argc)).map { index in
        guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
    }

    /// The bytes of the argument that Swift decoded as `argument`: the original bytes when
    /// they were not UTF-8, else the argument's own.
    static func bytes(of argument: String) -> [UInt8] {
        let utf8 = Array(argument.utf8)
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return utf8 }
        return all.first { $0 != utf8 && String(decoding: $0, as: UTF8.self) == argument } ?? utf8
    }

    /// `bytes` as text: UTF-8 as it is, every byte that is not part of valid UTF-8 as `\xHH`.
    static func shown(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            let end = (index + 1...min(index + 4, bytes.count)).first { String(validating: bytes[index..<$0], as: UTF8.self) != nil }
            if let end {
                text += String(decoding: bytes[index..<end], as: UTF8.self)
                index = end
            } else {
                text += "\\x" + String(format: "%02X", bytes[index])
                index += 1
            }
        }
        return text
    }
}
