#!/usr/bin/env bash
# Installs the Debian packages homeprogram needs to build, run and test, when any is missing.
# Uses sudo when not root. Safe to run again: it does nothing when everything is present.
set -euo pipefail

packages=(
  libhpdf-dev          # libharu, the PDF library
  libpng-dev           # libpng: every PNG logo is decoded safely before libharu loads it
  libdeflate-dev       # libdeflate: compresses page contents (faster than zlib, same size)
  libisal-dev          # ISA-L's igzip: compresses a tagged PDF's object streams (the structure tree)
  libharfbuzz-dev      # HarfBuzz's subsetter (hb-subset.h, libharfbuzz-subset): font subsets
  fonts-dejavu-core    # DejaVu Sans regular and bold
  fonts-dejavu-extra   # DejaVu Sans oblique
  poppler-utils        # pdftotext, pdffonts, pdfinfo, pdftoppm (tests and page images)
  qpdf                 # qpdf --check (tests)
)
if [ "${HOMEPROGRAM_EXTRA_PACKAGES:-}" != "" ]; then
  # shellcheck disable=SC2206
  packages+=(${HOMEPROGRAM_EXTRA_PACKAGES})
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: missing ${missing[*]}, and this system has no apt-get; install them by hand." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
