# Dossier: `make run` builds and starts the shell, `make test` runs every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libedit-dev pkg-config libstemmer-dev
# Only for regenerating Sources/DossierLanguage/Resources (the generated files are committed).
LANGUAGE_SOURCES := wordnet-base iso-codes
STEMMER_ARCHIVE := $(firstword $(wildcard /usr/lib/*/libstemmer.a /usr/lib/libstemmer.a /usr/local/lib/libstemmer.a))

.PHONY: all deps build run test bench clean language-deps language-resources check-language-resources

all: build

# The shell links the system's libedit (found by pkg-config); DossierLanguage links the
# Snowball stemmers from libstemmer.a (libstemmer-dev has no pkg-config file).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit || [ -z "$(STEMMER_ARCHIVE)" ]; then \
		echo "Installing $(APT_PACKAGES) (the shell's line editor and the Snowball stemmers)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi

# Regenerates the lexical resources from WordNet 3.0 and ISO 3166 (iso-codes);
# check-language-resources fails when the committed files differ from what the packages give.
language-deps:
	@if [ ! -f /usr/share/wordnet/data.noun ] || [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ]; then \
		echo "Installing $(LANGUAGE_SOURCES) (the sources of DossierLanguage's resources)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(LANGUAGE_SOURCES); \
	fi

language-resources: language-deps
	python3 scripts/generate-language-resources.py

check-language-resources: language-deps
	python3 scripts/generate-language-resources.py --check

# Swift's runtime is linked in statically: the binary works when copied alone, and
# starts faster without the dynamic linker resolving the Swift libraries.
RELEASE := -c release --static-swift-stdlib

build: deps
	$(SWIFT) build $(RELEASE) --product dossier

run: build
	./.build/release/dossier

# End-to-end tests run the built binary, so build it before the tests.
# The example answerer package (Examples/CultureAnswerer) builds against this checkout and runs its own tests.
test: deps
	$(SWIFT) build --product dossier
	$(SWIFT) test
	cd Examples/CultureAnswerer && $(SWIFT) test

bench: build
	$(SWIFT) build $(RELEASE) --product dossier-bench
	./.build/release/dossier-bench ./.build/release/dossier ../shared/questions/dev.jsonl

clean:
	rm -rf .build
