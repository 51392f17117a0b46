#!/usr/bin/env python3
"""Generates DossierLanguage's lexical resources from Debian's wordnet-base (WordNet 3.0) and
iso-codes (ISO 3166-1 and -3 with their Spanish translations).

Usage: python3 scripts/generate-language-resources.py [OUTDIR]
       (default Sources/DossierLanguage/Resources; `make language-resources` runs it)
Options: --wordnet DIR (default /usr/share/wordnet), --iso DIR (default /usr/share/iso-codes/json),
         --locale DIR (default /usr/share/locale), --check (compare with OUTDIR instead of writing).

Writes UTF-8 text, one record a line, tab-separated, sorted, so a diff shows what changed:
  pertainyms.tsv   adjective  noun           WordNet's pertainyms of one derived word ("ambassadorial")
  pertainyms_stemmed.tsv  adjective  noun    the same rows stemmed as TextFolding.stem does (WordNet's
                                             morphology and the Snowball stemmer of libstemmer, loaded
                                             with ctypes), rows whose stems meet left out: read by the
                                             lexicon at start-up
  morphology.tsv   pos  inflected  base      WordNet's exception lists (verb, noun, adj), single words
  verbs.txt        lemma                     WordNet's single-word verb lemmas (to tell a verb from a noun)
  agents.tsv       verb  noun                WordNet '+' pointers from a verb to a noun that names a
                                             person (visit/visitor), read at start-up by the lexicon
  derivations.tsv  verb  noun                the other '+' pointers between a verb and a noun
                                             (visit/visitation, elect/election)
  lexicon.tsv      kind  fields...         the hand-kept lexicon.json as rows (see lexicon_table)
  lexicon_concepts.tsv  stem  concept        the lexicon's words, person nouns and pertainyms stemmed
                                             to their concepts (see lexicon_concepts): read at start-up
  reading_fingerprint.txt                    FNV-1a of every resource above (and lexicon.json), each
                                             with its length, in ReadingFingerprint's order: the
                                             fingerprint stored readings carry, so start-up hashes
                                             no table
  gazetteer_keys.tsv  text  key              the gazetteer's texts that are not plain ASCII words, with
                                             the key Gazetteer.key gives them (see Keys): read at start-up
  gazetteer.tsv    kind  code  language  text
                   kind: code (text = alpha3 numeric), name (first per code and language = preferred),
                   alias, demonym, capital, withdrawn (text = year); code: ISO alpha-2, or alpha-4 when
                   withdrawn (ISO 3166-3); language: en or es
Names come from ISO; WordNet adds aliases ("Russia", "America"), demonyms (pertainyms and
person nouns) and capitals (national capitals and their part-holonyms). WordNet pointers name a
word, not a synset ("Chinese" points at the word "China" inside the Taiwan synset), so a
WordNet word is resolved to a code by ISO's names first. scripts/language-overrides.tsv adds what
neither resource holds (see its comments). Standard library and libstemmer only; deterministic.
"""
import gettext
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRY = "08544813"           # country, state, land
NATIONAL_CAPITAL = "08691669"  # national_capital
LEX_PERSON, LEX_LOCATION = 18, 15


def fold(text):
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


def clean(word):
    word = word.replace("_", " ")
    if word.endswith(")") and "(" in word:  # adjective markers (a) (p) (ip)
        word = word[: word.rindex("(")]
    return word


def load_wordnet(directory):
    synsets = {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(directory, "data." + pos), encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                head = line.partition(" | ")[0].split()
                offset, lex, kind = head[0], int(head[1]), head[2]
                count = int(head[3], 16)
                words = [clean(head[4 + 2 * i]) for i in range(count)]
                i = 4 + 2 * count
                pointers = []
                for _ in range(int(head[i])):
                    symbol, target, target_pos, source_target = head[i + 1:i + 5]
                    i += 4
                    pointers.append((symbol, target, "a" if target_pos == "s" else target_pos,
                                     int(source_target[:2], 16), int(source_target[2:], 16)))
                gloss = line.partition(" | ")[2].strip()
                synsets[("a" if kind == "s" else kind, offset)] = dict(lex=lex, words=words, pointers=pointers, gloss=gloss)
    return synsets


def single(word):
    return word.isascii() and word.isalpha() and word == word.lower()


def morphology(directory):
    rows = set()
    for pos, name in (("v", "verb"), ("n", "noun"), ("a", "adj")):
        with open(os.path.join(directory, name + ".exc"), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                for base in parts[1:]:
                    if single(parts[0]) and single(base) and parts[0] != base:
                        rows.add((pos, parts[0], base))
    return sorted(rows)


def verbs(directory):
    rows = set()
    with open(os.path.join(directory, "index.verb"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  ") and single(line.split(" ", 1)[0]):
                rows.add((line.split(" ", 1)[0],))
    return sorted(rows)


def derivations(synsets):
    rows = set()
    for (pos, _), synset in synsets.items():
        if pos != "v":
            continue
        for symbol, target, target_pos, source, dest in synset["pointers"]:
            if symbol != "+" or target_pos != "n":
                continue
            noun_synset = synsets[("n", target)]
            verb, noun = synset["words"][source - 1], noun_synset["words"][dest - 1]
            if single(verb) and single(noun) and verb != noun:
                rows.add((verb, noun, "agent" if noun_synset["lex"] == LEX_PERSON else "other"))
    agents = {(v, n) for v, n, k in rows if k == "agent"}
    return sorted((v, n, k) for v, n, k in rows if k == "agent" or (v, n) not in agents)


def pertainyms(synsets, directory):
    """Adjectives WordNet says pertain to a noun ("ambassadorial" -> ambassador), kept only
    when the adjective is no noun itself ("official", "commercial" stay) and keeps the noun's
    letters but its last ("economic" -> economy), so the pair is one word derived, not a
    gloss ("lunar" -> moon)."""
    nouns = set()
    with open(os.path.join(directory, "index.noun"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  "):
                nouns.add(line.split(" ", 1)[0])
    rows = set()
    for (pos, _), synset in synsets.items():
        if pos != "a":
            continue
        for symbol, target, target_pos, source, dest in synset["pointers"]:
            if symbol != "\\" or target_pos != "n" or source == 0:
                continue
            adjective, noun = synset["words"][source - 1], synsets[("n", target)]["words"][dest - 1]
            if (single(adjective) and single(noun) and adjective not in nouns and len(noun) > 3
                    and adjective.startswith(noun[:-1]) and adjective != noun):
                rows.add((adjective, noun))
    # An adjective that pertains to two nouns says neither for sure.
    count = {}
    for adjective, _ in rows:
        count[adjective] = count.get(adjective, 0) + 1
    return sorted((a, n) for a, n in rows if count[a] == 1)


class Snowball:
    """The English Snowball stemmer of libstemmer (libstemmer-dev), the one DossierLanguage
    links, through ctypes."""

    def __init__(self):
        import ctypes
        import ctypes.util
        name = ctypes.util.find_library("stemmer") or "libstemmer.so.0d"
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            sys.exit(f"generate-language-resources: cannot load {name}; install libstemmer-dev (make deps)")
        lib.sb_stemmer_new.restype = ctypes.c_void_p
        lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.sb_stemmer_stem.restype = ctypes.POINTER(ctypes.c_ubyte)
        lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.sb_stemmer_length.restype = ctypes.c_int
        lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
        self.lib, self.handle = lib, lib.sb_stemmer_new(b"english", b"UTF_8")

    def stem(self, word):
        data = word.lower().encode()
        if not data:
            return ""
        result = self.lib.sb_stemmer_stem(self.handle, data, len(data))
        return bytes(result[:self.lib.sb_stemmer_length(self.handle)]).decode()


class Stems:
    """TextFolding.stem (Morphology.base) of DossierLanguage for the ASCII lowercase words of
    these tables, so start-up reads stemmed pertainyms instead of stemming 3,000 words;
    Tests/DossierLanguageTests/BundledTableTests.swift checks the result against the Swift code."""
    VERB_RULES = [("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", "")]

    def __init__(self, morphology_rows, verb_rows):
        order = {"v": 0, "n": 1, "a": 2}
        self.exceptions = {}
        for pos, form, base in sorted(morphology_rows, key=lambda r: order[r[0]]):
            self.exceptions.setdefault(form, []).append((pos, base))
        self.verbs = {row[0] for row in verb_rows}
        self.snowball = Snowball()

    def stem(self, word):
        if len(word) <= 2 or not word.isalpha():
            return word
        lemma = self.lemma(word)
        return word if lemma is None else lemma

    def lemma(self, word):
        for pos, base in self.exceptions.get(word, []):
            if pos != "a":
                if word not in self.verbs:
                    return base
                break
        verb = self.verb(word)
        if verb is not None:
            return None if verb == word else verb
        noun = self.singular(word)
        if noun is not None:
            return noun
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                stem = self.snowball.stem(word)
                if len(stem) >= len(word) - len(suffix) - 1 and word.startswith(stem):
                    return stem
        return None

    def verb(self, word):
        if word in self.verbs:
            return word
        for pos, base in self.exceptions.get(word, []):
            if pos == "v":
                return base
        for suffix, replacement in self.VERB_RULES:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                candidate = word[:-len(suffix)] + replacement
                if candidate in self.verbs:
                    return candidate
                if not replacement and len(candidate) >= 2 and candidate[-2] == candidate[-1] and candidate[:-1] in self.verbs:
                    return candidate[:-1]
        return None

    def singular(self, word):
        if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
            return None
        if word.endswith("ies"):
            candidates = [word[:-3] + "y"]
        elif word.endswith(("ches", "shes", "sses", "xes", "zes")):
            candidates = [word[:-2]]
        else:
            candidates = [word[:-1]]
        stem = self.snowball.stem(word)
        return next((c for c in candidates if self.snowball.stem(c) == stem), None)


def lexicon_table(path):
    """The hand-kept lexicon.json as rows, so start-up decodes no JSON: stopword WORD,
    phrase WORDS CONCEPT, concept CONCEPT WORD (concepts sorted, words in their order),
    generic CONCEPT, symmetric CONCEPT."""
    with open(path, encoding="utf-8") as f:
        lexicon = json.load(f)
    rows = [("stopword", w) for w in lexicon["stopwords"]]
    rows += [("phrase", words, concept) for words, concept in sorted(lexicon["phrases"].items())]
    rows += [("concept", c, w) for c in sorted(lexicon["concepts"]) for w in lexicon["concepts"][c]]
    rows += [("generic", c) for c in lexicon["generic"]]
    rows += [("symmetric", c) for c in lexicon.get("symmetric", [])]
    for row in rows:
        if any("\t" in field or "\n" in field for field in row):
            sys.exit(f"generate-language-resources: a lexicon entry holds a tab or newline: {row!r}")
    return rows


class Keys:
    """Gazetteer.key of DossierLanguage (TextFolding.words joined by spaces) for the names that
    are not plain ASCII words, so start-up folds none of them: a word is a run of letters,
    digits and combining marks, an apostrophe after a letter joins it, a dot joins an
    initialism ("U.S.A."); a trailing 's and edge quotes and dots come off, an initialism's
    dots are dropped, and each word is case- and accent-folded.
    Tests/DossierLanguageTests/BundledTableTests.swift checks every key against the Swift code."""
    QUOTES = "'\u2019"

    @staticmethod
    def is_word(c):
        if c.isascii():
            return c.isalnum()
        return c.isalpha() or unicodedata.numeric(c, None) is not None or unicodedata.category(c) == "Mn"

    @staticmethod
    def is_initialism(word):
        return len(word) % 2 == 1 and len(word) <= 5 and all((ch == ".") == (i % 2 == 1) for i, ch in enumerate(word))

    @staticmethod
    def fold(word):
        word = word.replace("\u2019", "'").replace("\u2018", "'")
        bare = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
        return unicodedata.normalize("NFC", bare).lower()

    @classmethod
    def key(cls, text):
        runs, run, in_word, previous = [], "", False, " "
        for c in text:
            joins = (cls.is_word(c) or (c in cls.QUOTES and previous.isalpha())
                     or (c == "." and previous.isalpha() and in_word and cls.is_initialism(run)))
            if joins:
                if not in_word:
                    run, in_word = "", True
                run += c
            elif in_word:
                runs.append(run)
                in_word = False
            previous = c
        if in_word:
            runs.append(run)
        words = []
        for word in runs:
            if word.endswith("'s") or word.endswith("\u2019s"):
                word = word[:-2]
            word = word.strip(cls.QUOTES + ".")
            if word:
                words.append(cls.fold(word.replace(".", "").upper() if "." in word else word))
        return " ".join(words)


def gazetteer_keys(rows):
    """Each gazetteer text that is not ASCII letters in single-spaced words, with its key."""
    plain = re.compile(r"[A-Za-z]+( [A-Za-z]+)*")
    texts = {row[3] for row in rows if row[0] not in ("code", "withdrawn") and not plain.fullmatch(row[3])}
    return [(text, Keys.key(text)) for text in sorted(texts)]


def lexicon_concepts(path, stems, agent_rows, stemmed_pertainym_rows):
    """Lexicon.concepts of DossierLanguage, worked out here so start-up stems none of the
    lexicon's words: each single-word concept word stemmed to its concept (concepts in
    order, a later one taking a stem an earlier gave), then WordNet's person nouns of those
    verbs that one concept alone claims (Lexicon.agentNouns), then the stemmed pertainyms
    (Lexicon.pertainymNouns); a word listed keeps its concept. Sorted by stem.
    Tests/DossierLanguageTests/BundledTableTests.swift holds the result to the Swift code."""
    with open(path, encoding="utf-8") as f:
        lexicon = json.load(f)
    concepts = {}
    for concept in sorted(lexicon["concepts"]):
        for word in lexicon["concepts"][concept]:
            if not re.fullmatch(r"[a-z0-9' -]+", word):
                sys.exit(f"generate-language-resources: {word!r} in lexicon.json needs TextFolding.words, "
                         "which this script mirrors only for lowercase ASCII words, spaces and hyphens")
            parts = re.findall(r"[a-z0-9]+(?:'[a-z0-9]*)*", word)
            if len(parts) == 1:
                concepts[stems.stem(parts[0])] = concept
    agents = {}
    for verb, noun in agent_rows:
        agents.setdefault(verb, []).append(noun)
    claims = {}
    for verb, concept in concepts.items():
        for noun in agents.get(verb, []):
            if stems.stem(noun) not in concepts:
                claims.setdefault(stems.stem(noun), set()).add(concept)
    with_agents = dict(concepts)
    for noun, claimed in claims.items():
        if len(claimed) == 1 and noun not in with_agents:
            with_agents[noun] = next(iter(claimed))
    nouns = {}
    for adjective, noun in stemmed_pertainym_rows:
        if adjective not in with_agents and adjective != noun:
            nouns[adjective] = with_agents.get(noun, noun)
    final = dict(with_agents)
    for adjective, concept in nouns.items():
        final.setdefault(adjective, concept)
    return sorted(final.items())


def stemmed_pertainyms(rows, stems):
    """Each pertainym row as its stemmed adjective and noun, in the same order; rows whose
    two stems meet are left out (the lexicon skips them)."""
    stemmed = [(stems.stem(a), stems.stem(n)) for a, n in rows]
    return [(a, n) for a, n in stemmed if a != n]


class Countries:
    """ISO codes with their names, and the table from a folded name to the one code it names."""

    def __init__(self, iso, locale):
        spanish = gettext.translation("iso_3166-1", localedir=locale, languages=["es"])._catalog
        spanish3 = gettext.translation("iso_3166-3", localedir=locale, languages=["es"])._catalog
        self.rows = []            # (kind, code, language, text) in a stable order
        self.names = {}           # code -> [(language, name)], preferred first
        self.withdrawn = set()
        for entry in json.load(open(os.path.join(iso, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]:
            code = entry["alpha_2"]
            self.rows.append(("code", code, "", f"{entry['alpha_3']} {entry['numeric']}"))
            english = [entry.get("common_name"), entry["name"], entry.get("official_name")]
            self.add_names(code, "en", english)
            self.add_names(code, "es", [spanish.get(n) for n in english if n])
        for entry in json.load(open(os.path.join(iso, "iso_3166-3.json"), encoding="utf-8"))["3166-3"]:
            code = entry["alpha_4"]
            self.withdrawn.add(code)
            self.rows.append(("code", code, "", f"{entry['alpha_3']} {entry.get('numeric', '')}".strip()))
            self.rows.append(("withdrawn", code, "", entry.get("withdrawal_date", "")[:4]))
            self.add_names(code, "en", [entry["name"]])
            self.add_names(code, "es", [spanish3.get(entry["name"])])

    def add_names(self, code, language, names):
        forms = []
        for name in names:
            if not name:
                continue
            # "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, U.S." -> itself and
            # "Virgin Islands" (kept only where it names one code, see table())
            if ", " in name:
                head, _, tail = name.partition(", ")
                if tail.endswith(" of") or tail.endswith(" de"):
                    forms.append(f"{tail} {head}")
                else:
                    forms += [name, head]
            else:
                forms.append(name)
        for form in forms:
            if form not in [n for l, n in self.names.get(code, []) if l == language]:
                self.names.setdefault(code, []).append((language, form))

    def table(self):
        """Folded name -> code, for names that name exactly one code; current codes win."""
        owners = {}
        for code, names in self.names.items():
            for _, name in names:
                owners.setdefault(fold(name), set()).add(code)
        table = {}
        for key, codes in owners.items():
            current = {c for c in codes if c not in self.withdrawn}
            chosen = current if current else codes
            if len(chosen) == 1:
                table[key] = next(iter(chosen))
        return table


def gazetteer(synsets, countries, overrides):
    cache = {}

    def is_country(offset):
        if offset not in cache:
            stack, seen, found = [t for s, t, *_ in synsets[("n", offset)]["pointers"] if s == "@i"], set(), False
            while stack and not found:
                o = stack.pop()
                found = o == COUNTRY
                if o not in seen:
                    seen.add(o)
                    stack += [t for s, t, *_ in synsets[("n", o)]["pointers"] if s in ("@", "@i")]
            cache[offset] = found
        return cache[offset]

    names = countries.table()
    places = {off: s for (pos, off), s in synsets.items()
              if pos == "n" and s["lex"] == LEX_LOCATION and any(p[0] == "@i" for p in s["pointers"])}
    # A WordNet place synset stands for the code one of its words names; country synsets first,
    # then other places (Taiwan is an island in WordNet) only where no country synset claimed the code.
    synset_code = {}
    for want_country in (True, False):
        claimed = set(synset_code.values())
        candidates = {}
        for off, s in places.items():
            if is_country(off) != want_country:
                continue
            codes = {names[fold(w)] for w in s["words"] if fold(w) in names}
            if len(codes) == 1 and next(iter(codes)) not in claimed:
                candidates.setdefault(next(iter(codes)), []).append(off)
        for code, offs in candidates.items():
            if want_country or len(offs) == 1:
                for off in offs:
                    synset_code[off] = code

    # WordNet aliases: words of a code's synsets, unless ISO gives that word to another code
    # or two codes' synsets share it.
    alias_owners = {}
    for off, code in synset_code.items():
        for word in places[off]["words"]:
            alias_owners.setdefault(fold(word), set()).add(code)
    aliases = {}
    rows = set()
    for off, code in synset_code.items():
        for word in places[off]["words"]:
            key = fold(word)
            owners = alias_owners[key]
            current = {c for c in owners if c not in countries.withdrawn}
            owners = current if current else owners
            if names.get(key, code) == code and owners == {code}:
                aliases[key] = code
                if key not in {fold(n) for _, n in countries.names[code]}:
                    rows.add(("alias", code, "en", word))

    def resolve(word, offset):
        """The code a pointer to this word of this synset stands for."""
        return names.get(fold(word)) or aliases.get(fold(word)) or synset_code.get(offset)

    demonyms = {}
    for (pos, _), s in synsets.items():
        for symbol, target, target_pos, source, dest in s["pointers"]:
            if target_pos != "n" or target not in places:
                continue
            if pos == "a" and symbol == "\\":
                word, code, strength = s["words"][source - 1], resolve(places[target]["words"][dest - 1], target), 2
                demonyms.setdefault(word, {}).setdefault(strength, set()).add(code)
            elif pos == "n" and symbol == "#m" and s["lex"] == LEX_PERSON:
                for word in s["words"]:
                    demonyms.setdefault(word, {}).setdefault(1, set()).add(resolve(places[target]["words"][0], target))
    for word, by_strength in demonyms.items():
        best = by_strength[max(by_strength)] - {None}
        if len(best) == 1 and word[:1].isupper():
            rows.add(("demonym", next(iter(best)), "en", word))

    for off, s in places.items():
        if not any(p[0] == "@i" and p[1] == NATIONAL_CAPITAL for p in s["pointers"]):
            continue
        frontier, seen, code = [p[1] for p in s["pointers"] if p[0] == "#p"], set(), None
        for _ in range(4):  # a capital is part of its country, or of a district that is (Washington)
            found = {synset_code[o] for o in frontier if o in synset_code}
            if found:
                code = next(iter(found)) if len(found) == 1 else None
                break
            seen.update(frontier)
            frontier = [p[1] for o in frontier for p in synsets[("n", o)]["pointers"] if p[0] == "#p" and p[1] not in seen]
        if code:
            for word in s["words"]:
                if not fold(word).startswith("capital of") and not word.endswith(" capital") and "'s capital" not in word:
                    rows.add(("capital", code, "en", word))

    # A former country's capital: WordNet says it only in a national capital's gloss
    # ("formerly capital of both the Soviet Union and Soviet Russia"). Kept for withdrawn
    # codes only, so a current country's old capital (Nanjing, Istanbul) is not its capital
    # now; the reader takes such a capital for the former country only at dates before the
    # code was withdrawn.
    for off, s in places.items():
        if not any(p[0] == "@i" and p[1] == NATIONAL_CAPITAL for p in s["pointers"]):
            continue
        for match in re.finditer(r"former(?:ly)? capital of (?:both )?([^;]+)", s["gloss"]):
            for part in match.group(1).split(" and "):
                name = re.sub(r"^the ", "", part.strip())
                code = names.get(fold(name)) or aliases.get(fold(name))
                if code in countries.withdrawn:
                    rows.add(("capital", code, "en", s["words"][0]))

    for kind, code, language, text in overrides:
        if kind == "remove":
            rows = {r for r in rows if not (r[1] == code and r[3] == text)}
        elif kind == "name":
            countries.add_names(code, language, [text])
        else:
            rows.add((kind, code, language, text))

    names = countries.table()
    out = []
    for kind, code, language, text in countries.rows:
        out.append((kind, code, language, text))
        if kind == "code":  # the first name in each language, and every other name that names this code alone
            for index, (l, n) in enumerate(countries.names[code]):
                first = all(l != earlier for earlier, _ in countries.names[code][:index])
                if first or names.get(fold(n)) == code:
                    out.append(("name", code, l, n))
    return out + sorted(rows)


def read_overrides(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(tuple(line.split("\t")))
    return rows


# The resources ReadingFingerprint.computed hashes, in its order.
FINGERPRINTED = ["lexicon.json", "morphology.tsv", "verbs.txt", "agents.tsv", "derivations.tsv",
                 "gazetteer.tsv", "pertainyms.tsv", "lexicon.tsv", "pertainyms_stemmed.tsv"]


def reading_fingerprint(texts):
    """ReadingFingerprint.computed of DossierLanguage: 64-bit FNV-1a of each resource in
    hexadecimal, a dash and its length in bytes, joined by dots (one line, no newline)."""
    parts = []
    for name in FINGERPRINTED:
        data = texts[name].encode("utf-8")
        h = 0xcbf29ce484222325
        for byte in data:
            h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
        parts.append(f"{h:x}-{len(data)}")
    return ".".join(parts)


def main():
    args = sys.argv[1:]

    def option(name, default):
        if name in args:
            k = args.index(name)
            value = args[k + 1]
            del args[k:k + 2]
            return value
        return default

    wordnet = option("--wordnet", "/usr/share/wordnet")
    iso = option("--iso", "/usr/share/iso-codes/json")
    locale = option("--locale", "/usr/share/locale")
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out = args[0] if args else os.path.join(HERE, "..", "Sources", "DossierLanguage", "Resources")
    for needed in (os.path.join(wordnet, "data.noun"), os.path.join(iso, "iso_3166-1.json")):
        if not os.path.exists(needed):
            sys.exit(f"generate-language-resources: {needed} is missing; install wordnet-base and iso-codes "
                     "(apt-get install wordnet-base iso-codes) or pass --wordnet/--iso")
    synsets = load_wordnet(wordnet)
    derived = derivations(synsets)
    exceptions, verb_rows, pertainym_rows = morphology(wordnet), verbs(wordnet), pertainyms(synsets, wordnet)
    gazetteer_rows = gazetteer(synsets, Countries(iso, locale), read_overrides(os.path.join(HERE, "language-overrides.tsv")))
    stems = Stems(exceptions, verb_rows)
    agent_rows = [(v, n) for v, n, k in derived if k == "agent"]
    stemmed_pertainym_rows = stemmed_pertainyms(pertainym_rows, stems)
    files = {
        "morphology.tsv": exceptions,
        "verbs.txt": verb_rows,
        "agents.tsv": agent_rows,
        "derivations.tsv": [(v, n) for v, n, k in derived if k != "agent"],
        "pertainyms.tsv": pertainym_rows,
        "pertainyms_stemmed.tsv": stemmed_pertainym_rows,
        "lexicon.tsv": lexicon_table(os.path.join(out, "lexicon.json")),
        "lexicon_concepts.tsv": lexicon_concepts(os.path.join(out, "lexicon.json"), stems, agent_rows,
                                                 stemmed_pertainym_rows),
        "gazetteer.tsv": gazetteer_rows,
        "gazetteer_keys.tsv": gazetteer_keys(gazetteer_rows),
    }
    texts = {name: "".join("\t".join(r) + "\n" for r in rows) for name, rows in files.items()}
    with open(os.path.join(out, "lexicon.json"), encoding="utf-8") as f:
        texts["lexicon.json"] = f.read()
    texts["reading_fingerprint.txt"] = reading_fingerprint(texts)
    del texts["lexicon.json"]
    stale = []
    for name, text in texts.items():
        path = os.path.join(out, name)
        if check:
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                stale.append(name)
            continue
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{name}\t{text.count(chr(10))} rows\t{len(text.encode())} bytes")
    if stale:
        sys.exit("generate-language-resources: out of date: " + ", ".join(stale) + "; run make language-resources")


if __name__ == "__main__":
    main()
