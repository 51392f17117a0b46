import DossierKit
import Testing

/// Figures read from a sentence keep their decimal point: a share of 55.4% or a sum of
/// 4.6 billion is stored as written, never as 554% or 46 billion, while a dotted
/// abbreviation ("U.S.") still reads as one word; a bound said with a figure ("more than")
/// stays with it.
struct AmountReadingTests {
    static let text = """
         date 2021-03-02 Tarland and Estavia settle a debt

        Tarland wrote off 55.4% of the 4.6 billion dollars that Estavia owed it.

        Estavia exported more than $1.5 million of coffee to Tarland, the U.S. embassy reported.
        """

    @Test func sharesAndSumsKeepTheirDecimalPoint() throws {
        let claims = try ClaimReadingTests.claims(of: Self.text)
        let amounts = claims.compactMap { $0.qualifiers["amount"] }
        let shares = claims.compactMap { $0.qualifiers["share"] }

        #expect(amounts.contains { $0.contains("55.4%") }, "\(amounts)")
        #expect(amounts.contains { $0.contains("4.6 billion") }, "\(amounts)")
        #expect(amounts.contains { $0.contains("more than $1.5 million") }, "\(amounts)")
        #expect(shares == ["55.4%"], "the share is the percentage alone: \(shares)")
        #expect(!amounts.contains { $0.contains("554") || $0.contains("46 billion") || $0.contains("$15") }, "\(amounts)")
    }
}
