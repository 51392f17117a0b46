# Dossier: `make run` builds and starts the shell, `make test` runs every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libedit-dev pkg-config

.PHONY: all deps build run test bench clean

all: build

# The shell links the system's libedit; install its headers when pkg-config cannot find them.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
		echo "Installing $(APT_PACKAGES) (needed to build the shell's line editor)..."; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi

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
