import DossierEngine
import DossierOutput
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct LineReaderTests {
    /// Writes `bytes` into a fresh pipe from another thread and returns the read end.
    private func pipeReading(_ bytes: [UInt8]) throws -> Int32 {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let writeEnd = ends[1]
        Thread.detachNewThread {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                if written <= 0 { break }
                offset += written
            }
            close(writeEnd)
        }
        return ends[0]
    }

    @Test func aOneMebibyteLineKeepsAtMostTheLimitAndReportsItsFullLength() throws {
        let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        let descriptor = try pipeReading(huge + Array("\nnext question?\n".utf8))
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, limit: 16 * 1024)

        let first = try #require(try reader.next())
        #expect(first.bytes.count == 16 * 1024)
        #expect(first.length == 1 << 20)
        #expect(first.number == 1)
        let second = try #require(try reader.next())
        #expect(String(decoding: second.bytes, as: UTF8.self) == "next question?")
        #expect(second.length == 14)
        #expect(second.number == 2)
        #expect(try reader.next() == nil)
    }

    @Test func readsALastLineWithoutANewline() throws {
        let descriptor = try pipeReading(Array("one\ntwo".utf8))
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, limit: 100)
        #expect(try reader.next()?.bytes == Array("one".utf8))
        #expect(try reader.next()?.bytes == Array("two".utf8))
        #expect(try reader.next() == nil)
    }

    @Test func keepsBlankLinesAndCountsThem() throws {
        let descriptor = try pipeReading(Array("a\n\n\nb\n".utf8))
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, limit: 100)
        var lines: [LineReader.Line] = []
        while let line = try reader.next() { lines.append(line) }
        #expect(lines.map(\.length) == [1, 0, 0, 1])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
    }

    @Test func anEmptyInputHasNoLines() throws {
        let descriptor = try pipeReading([])
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, limit: 100)
        #expect(try reader.next() == nil)
    }
}
