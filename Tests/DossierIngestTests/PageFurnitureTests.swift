import DossierReading
import Testing

/// A saved web page's buttons, credits and bylines are not its text: they become no
/// paragraph and no section. Invented page.
struct PageFurnitureTests {
    static let page = """
        Norland and Estavia sign a fishing pact

        By Ada Ferro and Ivo Brandt

        Follow Harbour Daily on X

        Norland and Estavia signed a fishing pact in Pellor on Monday.

        STR

        The two ministers shake hands at the ceremony. STR/AFP

        Photo: Lena Korvath/Reuters

        Read more: Estavia opens a consulate in Pellor

        Share this article

        The pact lets boats of both countries fish the northern banks.
        """

    static let furniture = ["Ada Ferro", "Follow", "STR", "Korvath", "Read more", "Share"]

    @Test func furnitureIsNeitherTextNorHeading() {
        let parsed = DocumentParser.parse(Self.page)
        let scalars = Array(Self.page.unicodeScalars)
        let paragraphs = parsed.sections.flatMap(\.paragraphs).map { paragraph -> String in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[paragraph.range])
            return String(view)
        }
        #expect(paragraphs.count == 2, "\(paragraphs)")
        for word in Self.furniture {
            #expect(!paragraphs.contains { $0.contains(word) }, "\(word) in \(paragraphs)")
            #expect(!parsed.sectionNames.contains { $0.contains(word) }, "\(word) in \(parsed.sectionNames)")
        }
    }

    @Test(arguments: ["Share of the catch", "By the northern banks, boats wait.", "Norland sold AFP/Reuters feeds to Estavia in 2020."])
    func textThatOnlyLooksLikeFurnitureStays(line: String) {
        let parsed = DocumentParser.parse("Harbour notes\n\nBoats left Pellor at dawn.\n\n\(line)\n\nThey came back at noon.")
        let scalars = Array("Harbour notes\n\nBoats left Pellor at dawn.\n\n\(line)\n\nThey came back at noon.".unicodeScalars)
        let all = parsed.sections.flatMap(\.paragraphs).map { paragraph -> String in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[paragraph.range])
            return String(view)
        } + parsed.sectionNames
        #expect(all.contains { $0.contains(line.prefix(12)) }, "\(all)")
    }
}
