/// Every weight the trade answerer applies of its own, in one place. Each is what one way
/// of departing from the question as asked costs a match's confidence, 1 meaning nothing.
enum TradeWeights {
    /// A fact matched through the converse reading ("what does A import from B" answered
    /// by what B exports to A): the same event, said the other way round, so it costs
    /// little; a fact stated the way the question asks still wins a tie.
    static let converse = 0.97
    /// A balance computed from two stated figures rather than stated: the store may hold
    /// figures it does not pair, so it answers with a reading, never as exactly stated.
    static let computedBalance = 0.95
}
