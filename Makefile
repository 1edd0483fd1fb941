# painmap: build, serve, test and measure. Every target installs what it needs, once.
# On a fresh machine: `make serve` (build, then serve the page) and `make test` (every test).

PORT ?= 8080
# 0.0.0.0 lets a phone on the same network open the page (serve.py prints its address).
HOST ?= 127.0.0.1
CARGO_WASM := cargo rustc --release --target wasm32-unknown-unknown --lib --crate-type cdylib
E2E := tests/e2e

FUZZ_SECONDS ?= 600

.PHONY: build serve dist test test-native test-wasm test-e2e test-engines test-dist lint size bench fuzz tools browser engines

## Optimised pkg/: release wasm with LTO, wasm-bindgen --target web, then wasm-opt -Oz; and the
## .br / .gz copies serve.py sends (scripts/compress.mjs: only what changed since the last build).
build: tools
	scripts/build.sh

## Build, then serve the repository root on http://$(HOST):$(PORT).
serve: build
	python3 scripts/serve.py --host $(HOST) --port $(PORT)

## The release a clinic hosts: dist/painmap-<version>/ (hashed glue and wasm, manifest with SRI
## hashes, .br and .gz copies, README for hosts, licences) and dist/painmap-<version>.zip.
dist: build
	node scripts/dist.mjs

## Every test: lints, native unit and integration tests, wasm tests in Chromium, end to end,
## the same journeys in WebKit and Gecko, and the release (the zip, its hashes, the npm
## package's files, serve.py's headers).
test: lint test-native test-wasm test-e2e test-engines test-dist

lint: tools
	cargo fmt --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

# Both crates: the core's engine, words, summary and journey tests (with a 20-second run of
# the fuzzer, crates/painmap-core/tests/fuzz_intake.rs), then the widget's.
test-native:
	cargo test --workspace --locked

## The fuzzer on the intake parser, the config reader and restored journeys, optimised, for
## FUZZ_SECONDS (default 600); prints the number of executions. FUZZ_SEED=… repeats a run.
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) cargo test --locked --profile fuzz -p painmap-core --test fuzz_intake -- --nocapture

test-wasm: tools browser
	CHROMEDRIVER=/usr/bin/chromedriver \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --locked --target wasm32-unknown-unknown --test wasm

test-dist: dist
	cd tests/dist && node --test --test-concurrency=1 *.test.mjs

test-e2e: build browser
	scripts/npm-install.sh $(E2E)
	cd $(E2E) && node --test --test-concurrency=1 *.test.mjs

## The cross-engine suite (tests/engines): WebKit (WebKitGTK's MiniBrowser, under Xvfb) and
## Gecko (Firefox ESR) walk the journey and open the examples. ENGINES=gecko runs one.
## puppeteer-core downloads no browser; PUPPETEER_SKIP_DOWNLOAD says so to anything that might.
## A test that hangs (a browser that stops answering) fails after 3 minutes instead of never.
test-engines: build engines
	scripts/npm-install.sh $(E2E)
	PUPPETEER_SKIP_DOWNLOAD=1 scripts/npm-install.sh tests/engines
	cd tests/engines && node --test --test-concurrency=1 --test-timeout=180000 *.test.mjs

## Raw, gzip and brotli bytes of every file a browser downloads for the widget, against the
## 100 KiB brotli budget (reported, never a failure).
size: build
	node scripts/size.mjs

## Speed, weight and memory, this tree against REF (default: the last release tag, else HEAD~1),
## which scripts/bench-ref.sh builds once into target/bench/<sha>/: the engine's time per intake,
## the size table, then one interleaved run of RUNS cold loads each (first answered tap, FCP,
## payload), TAP_RUNS traced tap sessions (tap p50/p95), wasm memory after load and after
## CYCLES mount/destroy cycles, and Lighthouse (LIGHTHOUSE=0 leaves it out). Never a failure.
REF ?=
RUNS ?= 7
TAP_RUNS ?= 3
CYCLES ?= 1000
LIGHTHOUSE ?= 1
bench: build browser
	scripts/npm-install.sh $(E2E)
	cargo run --release --locked --quiet -p painmap-core --example bench_engine
	node scripts/size.mjs
	ref=$$(scripts/bench-ref.sh $(REF)) && cd $(E2E) && \
	  BENCH_REF_DIR="$$ref" BENCH_RUNS=$(RUNS) BENCH_TAP_RUNS=$(TAP_RUNS) BENCH_CYCLES=$(CYCLES) \
	  BENCH_LIGHTHOUSE=$(LIGHTHOUSE) node bench.mjs

tools:
	scripts/ensure-tools.sh

browser:
	scripts/ensure-browser.sh

engines:
	scripts/ensure-engines.sh
