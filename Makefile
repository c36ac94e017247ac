# Tovholder: `make run` and `make test` are all a fresh Debian machine needs.
PREFIX ?= /usr/local
SWIFT ?= swift
DEB_PACKAGES := libncursesw5-dev libsqlite3-dev tmux sqlite3 pkg-config faketime
BIN := .build/release/tovholder

.PHONY: all deps build run test lint bench format install clean

all: build

# Installs the Debian packages the build and the tests need, when dpkg says they are missing.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -q && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product tovholder

# Starts the program (release build) on the default database; pass more with ARGS="...".
run: build
	$(BIN) $(ARGS)

# Rules the compiler does not check (no try!, no force unwrap on stored or file data, no
# nonisolated(unsafe) outside the signal handling); see .ci/lint.
lint:
	bash .ci/lint

# Every test: unit, storage, screens in the memory backend, and end to end in tmux.
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Benchmarks in their own build folder (release), with the benchmark package switched on.
# The startup suite runs the release tovholder of `make build`, so that is built first.
bench: build
	TOVHOLDER_BENCH=1 $(SWIFT) package --scratch-path .build-bench --disable-sandbox benchmark $(BENCH_ARGS)

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Resources Benchmarks

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/tovholder
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tovholder
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tovholder
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/tovholder.fish
	$(BIN) manual > $(DESTDIR)$(PREFIX)/share/man/man1/tovholder.1

clean:
	rm -rf .build .build-bench
