# Dossier: `make run` builds and starts the shell, `make test` runs every test,
# `make install` puts `dossier` (and `dossier-mcp`, which serves `dossier mcp`), its man page and shell completions under PREFIX.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libedit-dev pkg-config binutils libstemmer-dev libcurl4-openssl-dev
# Only for regenerating Sources/DossierLanguage/Resources (the generated files are committed).
LANGUAGE_SOURCES := wordnet-base iso-codes
STEMMER_ARCHIVE := $(firstword $(wildcard /usr/lib/*/libstemmer.a /usr/lib/libstemmer.a /usr/local/lib/libstemmer.a))

# Where `make install` puts things (DESTDIR is prepended, for packagers).
PREFIX ?= $(HOME)/.local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
BASH_COMPLETIONS ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPLETIONS ?= $(PREFIX)/share/fish/vendor_completions.d

.PHONY: all deps build run test install uninstall bench clean language-deps language-resources check-language-resources

all: build

# The shell links the system's libedit (found by pkg-config); DossierLanguage links the
# Snowball stemmers from libstemmer.a (libstemmer-dev has no pkg-config file); `strip`
# (binutils) makes the installed binary a third smaller; the release build links Foundation
# statically, and its networking part (reached through the MCP SDK) needs libcurl's archive.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit || ! pkg-config --exists libcurl || [ -z "$(STEMMER_ARCHIVE)" ] || ! command -v strip >/dev/null 2>&1; then \
		echo "Installing $(APT_PACKAGES) (the shell's line editor, the Snowball stemmers, libcurl for the static release link, strip for make install)..."; \
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

language-resources: deps language-deps
	python3 scripts/generate-language-resources.py

check-language-resources: deps language-deps
	python3 scripts/generate-language-resources.py --check

# Swift's runtime is linked in statically: the binary works when copied alone, and
# starts faster without the dynamic linker resolving the Swift libraries.
RELEASE := -c release --static-swift-stdlib

# `dossier mcp` execs `dossier-mcp` from beside `dossier`: the MCP SDK and the networking
# libraries it pulls in stay out of the program that answers questions.
build: deps
	$(SWIFT) build $(RELEASE) --product dossier
	$(SWIFT) build $(RELEASE) --product dossier-mcp

# The shell takes the terminal's foreground while it runs, so Ctrl-C clears its line
# without interrupting make; leave with Ctrl-D or :quit.
run: build
	./.build/release/dossier

# End-to-end tests run the built binary, so build it before the tests.
# The example answerer package (Examples/CultureAnswerer) builds against this checkout and runs its own tests.
# Tests that read ../shared (the team's corpus and score.py) skip with a reason when it is
# missing; CI sets DOSSIER_REQUIRE_SHARED=1 so that they run there.
test: deps
	$(SWIFT) build --product dossier
	$(SWIFT) build --product dossier-mcp
	$(SWIFT) test
	cd Examples/CultureAnswerer && $(SWIFT) build --product dossier && $(SWIFT) test

# A stripped release binary, the man page (ArgumentParser's generate-manual, run on the
# binary) and completion scripts for bash, zsh and fish where those shells look for them.
install: build
	$(SWIFT) build --product generate-manual
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" \
		"$(DESTDIR)$(BASH_COMPLETIONS)" "$(DESTDIR)$(ZSH_COMPLETIONS)" "$(DESTDIR)$(FISH_COMPLETIONS)"
	install -m 755 .build/release/dossier "$(DESTDIR)$(BINDIR)/dossier"
	install -m 755 .build/release/dossier-mcp "$(DESTDIR)$(BINDIR)/dossier-mcp"
	strip "$(DESTDIR)$(BINDIR)/dossier" "$(DESTDIR)$(BINDIR)/dossier-mcp"
	rm -rf .build/manual && mkdir -p .build/manual
	"$$($(SWIFT) build --show-bin-path)/generate-manual" .build/release/dossier --output-directory .build/manual
	install -m 644 .build/manual/dossier.1 "$(DESTDIR)$(MANDIR)/dossier.1"
	.build/release/dossier --generate-completion-script bash > "$(DESTDIR)$(BASH_COMPLETIONS)/dossier"
	.build/release/dossier --generate-completion-script zsh > "$(DESTDIR)$(ZSH_COMPLETIONS)/_dossier"
	.build/release/dossier --generate-completion-script fish > "$(DESTDIR)$(FISH_COMPLETIONS)/dossier.fish"
	@echo "Installed dossier in $(DESTDIR)$(BINDIR); make sure it is on your PATH."

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/dossier" "$(DESTDIR)$(BINDIR)/dossier-mcp" "$(DESTDIR)$(MANDIR)/dossier.1" "$(DESTDIR)$(BASH_COMPLETIONS)/dossier" \
		"$(DESTDIR)$(ZSH_COMPLETIONS)/_dossier" "$(DESTDIR)$(FISH_COMPLETIONS)/dossier.fish"

# The bundled figures, the store curve at BENCH_SIZES facts (synthetic corpora written by
# dossier-bench; add 1000000 for a million, which takes long here) and the Adapt peer ratios.
BENCH_SIZES ?= 10000,100000

bench: build
	$(SWIFT) build $(RELEASE) --product dossier-bench
	./.build/release/dossier-bench ./.build/release/dossier ../shared/questions/dev.jsonl
	./.build/release/dossier-bench curve ./.build/release/dossier $(BENCH_SIZES)
	scripts/bench-peers.sh ./.build/release/dossier

clean:
	rm -rf .build
