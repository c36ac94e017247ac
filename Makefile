# Tovholder: `make run` and `make test` are all a fresh Debian machine needs.
PREFIX ?= /usr/local
SWIFT ?= swift
DEB_PACKAGES := libncursesw5-dev libsqlite3-dev tmux sqlite3 pkg-config faketime openssh-server openssh-client man-db
# What `make deb` needs besides: dpkg-shlibdeps, lintian, strip.
PACKAGING_PACKAGES := dpkg-dev lintian binutils
BIN := .build/release/tovholder

.PHONY: all deps deps-packaging install-packages build run test lint bench format install man deb deb-test bench-load clean

all: build

# Installs the Debian packages the build and the tests need, when dpkg says they are missing.
deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEB_PACKAGES)"

deps-packaging: deps
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(PACKAGING_PACKAGES)"

install-packages:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
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
# Then the load benchmark: N real sessions under ptys on one database (LOAD_ARGS, e.g.
# LOAD_ARGS="--sessions 10,50 --seconds 30"); its table is also in .build-bench/load-report.md.
bench: build
	TOVHOLDER_BENCH=1 $(SWIFT) package --scratch-path .build-bench --disable-sandbox benchmark $(BENCH_ARGS)
	TOVHOLDER_BENCH=1 $(SWIFT) run -c release --scratch-path .build-bench LoadBenchmark $(LOAD_ARGS)

bench-load: build
	TOVHOLDER_BENCH=1 $(SWIFT) run -c release --scratch-path .build-bench LoadBenchmark $(LOAD_ARGS)

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests Resources Benchmarks

# The man page: the command reference from swift-argument-parser's generate-manual plugin
# (it builds the release products), joined by `tovholder manual` with KEYS (from the command
# table), ENVIRONMENT, FILES, EXIT STATUS and EXAMPLES; checked with man's own warnings.
MAN_BINARY ?= $(BIN)
MAN_OUT ?= dist/tovholder.1
MAN_DATE := $(shell date -u -d @$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || date +%s)} +%Y-%m-%d)
man:
	$(SWIFT) package --disable-sandbox plugin generate-manual --date $(MAN_DATE)
	@mkdir -p $(dir $(MAN_OUT))
	@generated=$$(find .build/plugins -path '*GenerateManual*' -name tovholder.1 -newer Package.swift | head -1); \
	  [ -n "$$generated" ] || { echo "make man: generate-manual wrote no tovholder.1" >&2; exit 1; }; \
	  $(MAN_BINARY) manual "$$generated" > $(MAN_OUT)
	@warnings=$$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z $(MAN_OUT) 2>&1 >/dev/null); \
	  if [ -n "$$warnings" ]; then echo "$$warnings" >&2; exit 1; fi
	@echo "$(MAN_OUT): man -l $(MAN_OUT)"

# dist/tovholder_VERSION_ARCH.deb, checked by lintian (see contrib/deb/build-deb.sh).
deb: deps-packaging
	SWIFT=$(SWIFT) contrib/deb/build-deb.sh

# Unpacks the package into a scratch root and runs the program from there.
deb-test: deb
	contrib/deb/test-deb.sh

install: build man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/tovholder
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tovholder
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tovholder
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/tovholder.fish
	install -m 0644 $(MAN_OUT) $(DESTDIR)$(PREFIX)/share/man/man1/tovholder.1

clean:
	rm -rf .build .build-bench .build-deb dist
