# homeprogram — build, demo and test entry points. See README.md.
SWIFT ?= swift
BIN := .build/release/homeprogram
DEBUG_BIN := .build/debug/homeprogram

.PHONY: deps build release demo test golden format clean bench resources

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

## release: the Swift runtime and Foundation are linked statically: a fresh process starts in
## about two thirds of the time and with 5 MB less memory (README, "Performance").
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

## demo: build, then run the main job on the bundled samples (outputs go to Samples/output/).
demo: release
	@scripts/demo.sh $(BIN)
	@echo "Web page for the therapist: .build/release/homeprogram-serve --clinic Samples/clinic.yaml, then open http://127.0.0.1:8080/"

## test: the whole suite — build, tests, the formatter in strict lint mode, and the browser test of the web page.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks Package.swift Resources/HomeProgramResources.swift
	scripts/browser-test.sh

## bench: the performance table in README.md (needs hyperfine and time: installed here on demand).
bench:
	@HOMEPROGRAM_EXTRA_PACKAGES="hyperfine time" scripts/install-deps.sh
	@scripts/bench.sh

## resources: recompile Resources/compiled/resources.bin after editing the bundled YAML (the
## compiled form is used only while it matches the YAML; CompiledResourcesTests checks it).
resources: deps
	$(SWIFT) build -c release --static-swift-stdlib --product homeprogram-bench
	SWIFT_DETERMINISTIC_HASHING=1 .build/release/homeprogram-bench compile-resources \
	  --resources Resources --out Resources/compiled/resources.bin

## golden: regenerate the golden text preview on purpose (review the diff before committing).
golden: deps
	UPDATE_GOLDEN=1 $(SWIFT) test --filter goldenPreview

format:
	$(SWIFT) format --in-place --recursive Sources Tests Benchmarks Package.swift Resources/HomeProgramResources.swift

clean:
	rm -rf .build
