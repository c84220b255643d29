# homeprogram — build, demo and test entry points. See README.md.
SWIFT ?= swift
BIN := .build/release/homeprogram
DEBUG_BIN := .build/debug/homeprogram
## Every release build: the Swift runtime and Foundation linked statically (a fresh process starts
## in about two thirds of the time, with 5 MB less memory), and every module, the dependencies
## too, asking for generic type metadata by accessor rather than by mangled name (Package.swift,
## `releaseSwiftSettings`, says why). One set of flags, so no release build undoes another.
RELEASE_BUILD := $(SWIFT) build -c release --static-swift-stdlib \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

.PHONY: deps build release demo test golden format clean bench package

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

## release: the optimised programs, built as RELEASE_BUILD says (README, "Performance").
release: deps
	$(RELEASE_BUILD)

## demo: build, then run the main job on the bundled samples (outputs go to Samples/output/).
demo: release
	@scripts/demo.sh $(BIN)
	@echo "Web page for the therapist: .build/release/homeprogram-serve --clinic Samples/clinic.yaml, then open http://127.0.0.1:8080/"

## test: the whole suite — build (a module importing a target it does not depend on is an error:
## the pipeline's stages import only the stages before them), tests, the formatter in strict lint
## mode, the accessibility checks over the PDFs the debug build writes (README, "Accessibility"),
## the browser test of the web page, and the Debian package built and tested (extracted,
## linted, installed: scripts/package-test.sh).
test: deps
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check error
	scripts/check-imports.py
	$(SWIFT) test --skip-build
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks Plugins Package.swift Resources/HomeProgramResources.swift
	scripts/check-accessibility.sh
	scripts/browser-test.sh
	$(MAKE) package
	scripts/package-test.sh

## package: dist/homeprogram_<version>_<arch>.deb from the release build (README, "Install on a
## clinic computer"); scripts/package.sh installs dpkg-dev when missing.
package: release
	scripts/package.sh

## bench: the performance table in README.md (needs hyperfine and time: installed here on demand).
bench:
	@HOMEPROGRAM_EXTRA_PACKAGES="hyperfine time" scripts/install-deps.sh
	@echo "== build (release, as \`make release\`)"
	@$(RELEASE_BUILD) --product homeprogram >/dev/null
	@$(RELEASE_BUILD) --product homeprogram-bench >/dev/null
	@scripts/bench.sh

## golden: regenerate the golden text preview on purpose (review the diff before committing).
golden: deps
	UPDATE_GOLDEN=1 $(SWIFT) test --filter goldenPreview

format:
	$(SWIFT) format --in-place --recursive Sources Tests Benchmarks Plugins Package.swift Resources/HomeProgramResources.swift

clean:
	rm -rf .build dist
