public import DossierKit
public import DossierStore
import DossierLanguage

/// The readings of a store's facts and sentences kept in the store (``FactStore/save(_:)``),
/// so a process opening it reads only what was never read, or was read by another reader.
///
/// A reading depends on the language resources, on the roles the answerers ask for by a
/// concept, and on the entity names the reader matches. The first two make the
/// fingerprint: when it differs, everything is read again. Names are compared word by
/// word (``EntityMatcher/aliasSignatures``): a text none of whose words starts a changed
/// name reads as before, so only the texts holding one are read again.
struct StoredReadings {
    /// Bumped whenever the way a fact or a sentence is read changes (``FactProfile``,
    /// ``PassageIndex/Profile``, ``TextReader``), so stored readings are made again.
    /// 2: readings keep their text's word counts (``Vocabulary/wordCounts(of:)``).
    static let format = 2

    let store: FactStore
    let reader: TextReader
    let roleTerms: [String: Set<String>]
    let fingerprint: String
    let names: [String: String]
    let namesDigest: String

    init(store: FactStore, reader: TextReader, roleConcepts: [String: Set<String>]) {
        self.store = store
        self.reader = reader
        roleTerms = FactIndex.roleTerms(roleConcepts, lexicon: reader.lexicon)
        fingerprint = Self.fingerprint(roleConcepts: roleConcepts)
        names = reader.matcher.aliasSignatures
        var bytes: [UInt8] = []
        for word in names.keys.sorted() { bytes += Array(word.utf8) + [1] + Array(names[word]!.utf8) + [2] }
        namesDigest = TextBytes.fnv1a(bytes) + "-" + String(names.count)
    }

    var state: ReadingState { ReadingState(fingerprint: fingerprint, namesDigest: namesDigest) }

    /// What readings made by this build with these roles are fingerprinted with.
    static func fingerprint(roleConcepts: [String: Set<String>]) -> String {
        let roles = roleConcepts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.sorted().joined(separator: ","))" }
        return "readings-\(format) \(ReadingFingerprint.bundled) \(roles.joined(separator: ";"))"
    }

    /// The facts and passages whose stored reading is stale because a name starting with
    /// one of their words changed; nil when every reading is (another reader made them).
    func stale(from stored: ReadingState) throws(DossierError) -> (facts: Set<String>, passages: Set<Int64>)? {
        guard stored.fingerprint == fingerprint else { return nil }
        guard stored.namesDigest != namesDigest else { return ([], []) }
        let old = try store.readingNames()
        var changed: [[String]] = []
        for word in Set(names.keys).union(old.keys) where names[word] != old[word] {
            changed += Self.changedNames(from: old[word], to: names[word])
        }
        let holding = try store.readings(holdingAny: Set(changed.compactMap(\.first))) { words in
            changed.contains { $0.allSatisfy(words.contains) }
        }
        // A name is matched only where its words follow one another, so a text holding
        // them apart reads as before.
        let facts = try store.facts(ids: Array(holding.facts)).filter { fact in
            let texts = FactProfile.texts(of: fact)
            return [texts.stated, texts.keywords, texts.predicate].contains { Self.holdsAny(changed, in: $0) }
        }
        let passages = try store.passages(ids: Array(holding.passages)).filter { Self.holdsAny(changed, in: $0.value.text) }
        return (Set(facts.map(\.id)), Set(passages.keys))
    }

    /// True when the words of one of `names` follow one another in `text`, as read.
    static func holdsAny(_ names: [[String]], in text: String) -> Bool {
        let words = TextFolding.tokens(text).map(\.folded)
        return names.contains { name in
            guard let first = name.first else { return false }
            return words.indices.contains { words[$0] == first && words[$0...].starts(with: name) }
        }
    }

    /// The words of each name one first word's signature gained or lost. A text lacking
    /// some word of each reads as before, unless the names both keep changed their order
    /// (then every name of that word counts as changed).
    static func changedNames(from old: String?, to new: String?) -> [[String]] {
        let before = old?.split(separator: "\n").map(String.init) ?? []
        let after = new?.split(separator: "\n").map(String.init) ?? []
        let kept = (before: Set(before), after: Set(after))
        let entries = before.filter { kept.after.contains($0) } == after.filter { kept.before.contains($0) }
            ? before.filter { !kept.after.contains($0) } + after.filter { !kept.before.contains($0) }
            : before + after
        return entries.map { $0.prefix { $0 != "\t" }.split(separator: " ").map(String.init) }
    }

    /// The key this reader's reading images are stored under.
    static func imageKey(fingerprint: String) -> String { "\(fingerprint) image-\(InternedReadings.format)" }

    /// The readings the store's image holds, when one made by this reader holds for the
    /// store at `generation` with `factCount` facts and `passages` sentences; nil when none
    /// does (none stored, another generation, or a damaged one, which is read again).
    func image(factCount: Int, passages: Int, generation: Int) throws(DossierError) -> InternedReadings? {
        guard try store.readingState() == state else { return nil }
        let key = Self.imageKey(fingerprint: fingerprint)
        return try store.mappedReadingImage(key: key, generation: generation).flatMap { image in
            InternedReadings(image: image, factCount: factCount, passages: passages)
        }
    }

    /// The profiles of `facts` (stored under `rowIDs`, interned in one table, with the
    /// places `chains` says their entities lie in) and `passages`, in their order, for the
    /// store as it was at `generation` (``StoreContents/generation``; nil when unknown).
    /// The stored image of the readings when it holds for that generation; else stored
    /// readings where current, the others read now, and all stored with a new image when
    /// the store can be written (and `rowIDs` are known). A stored fact reading is
    /// interned as it is parsed, so no other form of it is held.
    func profiles(
        of facts: [Fact], rowIDs: [Int64], passages: [(id: Int64, passage: Passage)], chains: [String: [String]],
        generation: Int? = nil
    ) throws(DossierError) -> InternedReadings {
        let keys = StoreKeys(
            facts: facts.enumerated().map { position, fact in
                StoreKeys.FactKey(
                    rowID: position < rowIDs.count ? rowIDs[position] : 0, id: fact.id, subject: fact.subject,
                    predicate: fact.predicate, object: fact.object, time: fact.time)
            },
            passages: passages.map { StoreKeys.PassageKey(id: $0.id, source: $0.passage.source, start: $0.passage.start) },
            generation: generation ?? 0)
        return try profiles(
            of: keys, knownGeneration: generation != nil, rowIDsKnown: rowIDs.count == facts.count, chains: chains,
            facts: { positions in positions.map { facts[$0] } }, passages: { positions in positions.map { passages[$0].passage } })!
    }

    /// The profiles of what `keys` lists, as ``profiles(of:rowIDs:passages:chains:generation:)``
    /// makes them, reading from the store only the facts and sentences whose stored reading
    /// is missing or stale; nil when one of those is no longer stored (another process wrote
    /// since the keys were read).
    func profiles(of keys: StoreKeys, chains: [String: [String]]) throws(DossierError) -> InternedReadings? {
        try profiles(
            of: keys, knownGeneration: true, rowIDsKnown: true, chains: chains,
            facts: { [store] positions throws(DossierError) in
                let found = try store.facts(rowIDs: positions.map { keys.facts[$0].rowID })
                let facts = positions.compactMap { found[keys.facts[$0].rowID] }
                return facts.count == positions.count ? facts : nil
            },
            passages: { [store] positions throws(DossierError) in
                let found = try store.passages(ids: positions.map { keys.passages[$0].id })
                let passages = positions.compactMap { found[keys.passages[$0].id] }
                return passages.count == positions.count ? passages : nil
            })
    }

    /// The profiles of what `keys` lists; `facts` and `passages` give the whole facts and
    /// sentences at some positions (nil when they cannot), asked only for those read now.
    private func profiles(
        of keys: StoreKeys, knownGeneration: Bool, rowIDsKnown: Bool, chains: [String: [String]],
        facts whole: ([Int]) throws(DossierError) -> [Fact]?, passages wholePassages: ([Int]) throws(DossierError) -> [Passage]?
    ) throws(DossierError) -> InternedReadings? {
        let facts = keys.facts, passages = keys.passages
        let generation = knownGeneration ? keys.generation : nil
        if let generation, let readings = try image(factCount: facts.count, passages: passages.count, generation: generation) {
            return readings
        }
        let stored = try store.readingState()
        let imageKey = Self.imageKey(fingerprint: fingerprint)
        let stale = try self.stale(from: stored)
        var factText = stale == nil ? [:] : try store.factReadings()
        var passageText = stale == nil ? [:] : try store.passageReadings()
        for id in stale?.facts ?? [] { factText[id] = nil }
        for id in stale?.passages ?? [] { passageText[id] = nil }
        var newFacts: [String: StoredReading] = [:], newPassages: [Int64: StoredReading] = [:]
        var table = InternTable()
        var factProfiles = facts.map { fact in
            factText.removeValue(forKey: fact.id).flatMap {
                ProfileDraft(stored: $0, subject: fact.subject, object: fact.object, chains: chains, table: &table)
            }
        }
        factText = [:]
        let unreadFacts = facts.indices.filter { factProfiles[$0] == nil }
        guard let unread = try whole(unreadFacts) else { return nil }
        for (position, (fact, (read, reading))) in zip(unreadFacts, zip(unread, read(unread))) {
            var profile = read
            profile.ancestors = Set(profile.entities.flatMap { chains[$0] ?? [] })
            factProfiles[position] = ProfileDraft(profile: profile, fact: fact, table: &table)
            newFacts[fact.id] = reading
        }
        var passageProfiles = passages.map { row in passageText.removeValue(forKey: row.id).flatMap(PassageIndex.Profile.init(stored:)) }
        passageText = [:]
        let unreadPassages = passages.indices.filter { passageProfiles[$0] == nil }
        guard let unreadText = try wholePassages(unreadPassages) else { return nil }
        for (position, (profile, reading)) in zip(unreadPassages, read(unreadText)) {
            passageProfiles[position] = profile
            newPassages[passages[position].id] = reading
        }
        let readings = InternedReadings(
            table: table, facts: ProfileColumns(factProfiles.map { $0! }),
            keys: FactTraits.Keys(
                ids: facts.map(\.id), domains: facts.map { Fact.domain(of: $0.predicate) }, years: facts.map { $0.time?.years }),
            rowIDs: rowIDsKnown ? facts.map(\.rowID) : [],
            passages: PassageIndex.Readings(passageProfiles.map { $0! }, order: passages.map { ($0.source, $0.start) }),
            passageIDs: passages.map(\.id))
        if !store.isReadOnly && !store.isReadingOnly {
            // Readings that cannot be stored now (another process holds the store) are
            // made again by the next process: nothing is lost but time.
            var changes = ReadingChanges(
                state: state, names: stored.namesDigest == namesDigest && stale != nil ? nil : names,
                replacesAll: stale == nil, facts: newFacts, passages: newPassages)
            if rowIDsKnown {
                changes.image = generation.map { ReadingImage(key: imageKey, generation: $0, bytes: readings.image) }
            }
            if !newFacts.isEmpty || !newPassages.isEmpty || stored != state || changes.image != nil { try? store.save(changes) }
        }
        return readings
    }

    /// Reads and stores what the store holds unread or read stale, a batch at a time,
    /// without loading the rest.
    func refresh() throws(DossierError) {
        guard !store.isReadOnly else { return }
        let stored = try store.readingState()
        guard let stale = try self.stale(from: stored) else {
            let contents = try store.contents()
            _ = try profiles(
                of: contents.facts, rowIDs: contents.factRowIDs, passages: try store.identifiedPassages(),
                chains: FactIndex.placeChains(contents.entities), generation: contents.generation)
            return
        }
        // A stale reading's text did not change: it is read again and replaced in place
        // (its word counts kept), a batch at a time. The names are stored with the last
        // batch below: until then the stored ones still say which readings an interrupted
        // refresh left stale.
        let staleFacts = Array(stale.facts), stalePassages = Array(stale.passages)
        for start in stride(from: 0, to: max(staleFacts.count, stalePassages.count), by: Self.batch) {
            let facts = try store.facts(ids: Array(staleFacts[min(start, staleFacts.count)..<min(start + Self.batch, staleFacts.count)]))
            let passages = try store.passages(
                ids: Array(stalePassages[min(start, stalePassages.count)..<min(start + Self.batch, stalePassages.count)]))
                .sorted { $0.key < $1.key }
            var newFacts: [String: StoredReading] = [:], newPassages: [Int64: StoredReading] = [:]
            for (fact, (_, reading)) in zip(facts, read(facts)) { newFacts[fact.id] = reading }
            for (row, (_, reading)) in zip(passages, read(passages.map(\.value))) { newPassages[row.key] = reading }
            try store.save(ReadingChanges(state: stored, names: nil, replacesAll: false, facts: newFacts, passages: newPassages))
        }
        while true {
            let facts = try store.factsToRead(limit: Self.batch)
            let passages = try store.passagesToRead(limit: Self.batch)
            let last = facts.count < Self.batch && passages.count < Self.batch
            guard !facts.isEmpty || !passages.isEmpty || (last && stored != state) else { return }
            var newFacts: [String: StoredReading] = [:], newPassages: [Int64: StoredReading] = [:]
            for (fact, (_, reading)) in zip(facts, read(facts)) { newFacts[fact.id] = reading }
            for (row, (_, reading)) in zip(passages, read(passages.map(\.passage))) { newPassages[row.id] = reading }
            try store.save(ReadingChanges(
                state: last ? state : stored, names: last && stored.namesDigest != namesDigest ? names : nil,
                replacesAll: false, facts: newFacts, passages: newPassages))
            if last { return }
        }
    }

    /// The facts read, each with its reading as the store keeps it, on every core.
    private func read(_ facts: [Fact]) -> [(FactProfile, StoredReading)] {
        facts.concurrentMap { [reader, roleTerms] fact in
            let (profile, words) = FactProfile.read(fact, reader: reader, roleTerms: roleTerms)
            return (profile, StoredReading(
                reading: profile.stored, words: words.sorted().joined(separator: " "),
                wordCounts: Vocabulary.wordCounts(of: fact.statement)))
        }
    }

    /// The sentences read, each with its reading as the store keeps it, on every core.
    private func read(_ passages: [Passage]) -> [(PassageIndex.Profile, StoredReading)] {
        passages.concurrentMap { [reader] passage in
            let profile = PassageIndex.Profile(passage: passage, reader: reader)
            return (profile, StoredReading(
                reading: profile.stored, words: profile.words.sorted().joined(separator: " "), wordCounts: profile.wordCounts))
        }
    }

    /// Facts (and sentences) read and stored per transaction by ``refresh()``.
    static let batch = 5_000
}

extension FactIndex {
    /// The index of what a store holds: the sources of its `outline` (``FactStore/outline()``),
    /// `entities` as given, its facts and sentences, read from the store when a question
    /// reaches them. The readings are the store's image of them when it holds for the
    /// store at the outline's generation; else the stored readings, with only the facts and
    /// sentences whose reading is missing or stale read (and their texts loaded), all
    /// stored with a new image when the store can be written.
    public static func stored(
        in store: FactStore, outline: StoreOutline, entities: [Entity], roleConcepts: [String: Set<String>] = [:]
    ) throws(DossierError) -> FactIndex {
        let reader = TextReader(lexicon: .bundled, matcher: EntityMatcher(entities: entities))
        let readings = StoredReadings(store: store, reader: reader, roleConcepts: roleConcepts)
        let sources = outline.sources
        let chains = placeChains(entities)
        var made = try readings.image(factCount: outline.factCount, passages: outline.passageCount, generation: outline.generation)
        if made == nil { made = try readings.profiles(of: store.keys(), chains: chains) }
        guard let made else {
            // Another process wrote between reading the keys and the texts: read it all at once.
            let contents = try store.contents()
            let passages = try store.identifiedPassages()
            let profiles = try readings.profiles(
                of: contents.facts, rowIDs: contents.factRowIDs, passages: passages, chains: chains, generation: contents.generation)
            return index(
                of: nil, facts: Shelf(holding: contents.facts), entities: entities, sources: sources,
                passages: Shelf(holding: passages.map(\.passage)), reader: reader, readings: profiles, wordCountsIn: store)
        }
        let names = made.table.names, subjects = made.facts.subjects, objects = made.facts.objects
        let facts = Shelf<Fact>(rowIDs: made.rowIDs, read: { rowIDs throws(DossierError) in try store.facts(rowIDs: rowIDs) }) { position, fact in
            let object = objects[position]
            return names[Int(subjects[position])] == fact.subject && (object >= 0 ? names[Int(object)] : nil) == fact.object
        }
        let passages = Shelf<Passage>(rowIDs: made.passageIDs, read: { ids throws(DossierError) in try store.passages(ids: ids) })
        return index(of: store, facts: facts, entities: entities, sources: sources, passages: passages, reader: reader, readings: made)
    }

    /// The index of a store's contents (`facts` stored under `rowIDs`, `entities`,
    /// `sources` and its sentences with their row ids, as the store lists them), reading
    /// only the facts and sentences whose stored reading is missing or stale, and storing
    /// those readings. `generation` is the store's as `facts` were read
    /// (``StoreContents/generation``): given, a stored image of the readings made at that
    /// generation is decoded instead of the readings, and one is stored when none holds.
    public static func stored(
        in store: FactStore, facts: [Fact], rowIDs: [Int64] = [], entities: [Entity], sources: [Source],
        passages: [(id: Int64, passage: Passage)], roleConcepts: [String: Set<String>] = [:], generation: Int? = nil
    ) throws(DossierError) -> FactIndex {
        let reader = TextReader(lexicon: .bundled, matcher: EntityMatcher(entities: entities))
        let readings = StoredReadings(store: store, reader: reader, roleConcepts: roleConcepts)
        let profiles = try readings.profiles(
            of: facts, rowIDs: rowIDs, passages: passages, chains: placeChains(entities), generation: generation)
        return index(
            of: nil, facts: Shelf(holding: facts), entities: entities, sources: sources,
            passages: Shelf(holding: passages.map(\.passage)), reader: reader, readings: profiles, wordCountsIn: store)
    }

    /// An index of facts and sentences on shelves, read from `store` as questions reach
    /// them (nil: held), with the word counts stored in `wordCountsIn` (the same store by
    /// default).
    private static func index(
        of store: FactStore?, facts: Shelf<Fact>, entities: [Entity], sources: [Source], passages: Shelf<Passage>,
        reader: TextReader, readings: InternedReadings, wordCountsIn counted: FactStore? = nil
    ) -> FactIndex {
        var index = FactIndex(
            shelf: facts, store: store, entities: entities, sources: sources, passages: passages, reader: reader,
            readings: readings)
        guard let counted = counted ?? store else { return index }
        index.storedWordCounts = { [facts = facts.count, passages = passages.count] in
            // Counts of other texts than the index holds (missing, or another process wrote
            // since) are not used: the texts are read instead.
            guard let stored = try? counted.storedWordCounts(), stored.facts == facts, stored.passages == passages
            else { return nil }
            return stored.counts
        }
        return index
    }

    /// True when the store's readings were made by another build or for other roles, so
    /// every one would be read again: a command that only reads should then open the store
    /// for writing, or each run would read them all again and store none.
    public static func readingsAreForeign(
        in store: FactStore, roleConcepts: [String: Set<String>] = [:]
    ) throws(DossierError) -> Bool {
        try store.readingState().fingerprint != StoredReadings.fingerprint(roleConcepts: roleConcepts)
    }

    /// True when the store holds an image of its readings made by this build with these
    /// roles for the store as it is now; when false, a command that only reads should open
    /// the store for writing, so the image made while indexing is stored for the next.
    public static func readingImageIsCurrent(
        in store: FactStore, roleConcepts: [String: Set<String>] = [:]
    ) throws(DossierError) -> Bool {
        try store.hasCurrentReadingImage(
            key: StoredReadings.imageKey(fingerprint: StoredReadings.fingerprint(roleConcepts: roleConcepts)))
    }

    /// Reads and stores the readings of what was written to the store since they were
    /// last stored (documents ingested, the pack replaced), with the store's `entities`.
    public static func refreshReadings(
        in store: FactStore, entities: [Entity], roleConcepts: [String: Set<String>] = [:]
    ) throws(DossierError) {
        let reader = TextReader(lexicon: .bundled, matcher: EntityMatcher(entities: entities))
        try StoredReadings(store: store, reader: reader, roleConcepts: roleConcepts).refresh()
    }
}
