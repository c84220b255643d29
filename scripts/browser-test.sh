#!/usr/bin/env bash
# End-to-end test of the therapist's web page in headless Chromium, driven by Selenium.
# Run by `make test` after the Swift build. Installs what it needs (Debian: chromium,
# chromium-driver; PyPI: selenium, axe-selenium-python) and fails — never skips — when the browser cannot run.
#   HOMEPROGRAM_UPDATE_SCREENSHOT=1 scripts/browser-test.sh   also refreshes docs/images/web-form.png
set -euo pipefail
cd "$(dirname "$0")/.."

extra="chromium chromium-driver"
command -v python3 >/dev/null 2>&1 || extra="$extra python3 python3-pip"
HOMEPROGRAM_EXTRA_PACKAGES="$extra" scripts/install-deps.sh

python=${PYTHON:-python3}
# selenium drives the browser; axe-selenium-python bundles axe-core, the accessibility checker.
for module_package in selenium:selenium axe_selenium_python:axe-selenium-python; do
  module=${module_package%%:*}
  package=${module_package#*:}
  if ! "$python" -c "import $module" >/dev/null 2>&1; then
    echo "browser-test: installing $package (pip)" >&2
    "$python" -m pip install --quiet "$package" 2>/dev/null \
      || "$python" -m pip install --quiet --break-system-packages "$package"
  fi
done

bin=$(swift build --show-bin-path)
for tool in homeprogram homeprogram-serve; do
  if [ ! -x "$bin/$tool" ]; then
    echo "browser-test: $bin/$tool is missing; run 'swift build' first." >&2
    exit 1
  fi
done

shot=.build/browser-test/web-form.png
mkdir -p "$(dirname "$shot")"
"$python" Tests/Browser/browser_test.py --bin "$bin" --screenshot "$shot"
if [ "${HOMEPROGRAM_UPDATE_SCREENSHOT:-}" = "1" ]; then
  mkdir -p docs/images
  cp "$shot" docs/images/web-form.png
  echo "browser-test: updated docs/images/web-form.png" >&2
fi
