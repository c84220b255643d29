#!/usr/bin/env bash
# Tests the Debian package that `make package` built (run by `make test` right after it):
#   - dpkg-deb --info / --contents list what README.md, "Install on a clinic computer", promises;
#   - lintian finds no error and no warning (README says why the one override is there);
#   - systemd-analyze verifies the unit and rates its exposure;
#   - the programs, extracted with dpkg-deb -x into a temporary root, run from there with the
#     source checkout hidden (a private mount namespace puts an empty folder over it), so they can
#     only use what the package holds: generate, preview, public, and homeprogram-serve started
#     with the unit's own command line, asked over HTTP for its page, assets and API;
#   - as root with apt (CI), the package is installed for real, used, and purged again.
# Prints one line per check and "N passed, N failed, N skipped"; exits 1 when any check failed.
#
#   scripts/package-test.sh [DEB]     DEB: default dist/homeprogram_<version>_<arch>.deb
set -euo pipefail

# ---------------------------------------------------------------------------------------------
# Checks and counts. Each check prints "ok" or "FAIL" with what went wrong, and never stops the
# script, so one run shows every failure.
passed=0
failed=0
skipped=0
pass() {
  passed=$((passed + 1))
  echo "ok   - $1"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL - $1"
  # sed reads all of the detail (no pipe to head that could end the writer with SIGPIPE under
  # pipefail) and prints its first 40 lines, indented.
  if [ -n "${2:-}" ]; then sed -n '1,40s/^/       /p' <<<"$2"; fi
}
skip() {
  skipped=$((skipped + 1))
  echo "skip - $1"
}
# check NAME COMMAND...: passes when COMMAND exits 0; its output is shown when it does not.
check() {
  local name=$1 out
  shift
  if out=$("$@" 2>&1); then pass "$name"; else fail "$name" "$out"; fi
}
# The checks every PDF of the package gets, as the other end-to-end tests do: sound structure,
# every font embedded, and the words a reader needs really in the text.
check_pdf() {
  local label=$1 pdf=$2 text=$3 out fonts
  if [ ! -s "$pdf" ]; then
    fail "$label: PDF written" "$pdf is missing or empty"
    return
  fi
  if out=$(qpdf --check "$pdf" 2>&1); then pass "$label: qpdf --check"; else fail "$label: qpdf --check" "$out"; fi
  # pdffonts: name type encoding emb sub uni object ID; "emb" is the 5th column from the end.
  fonts=$(pdffonts "$pdf" 2>&1 | tail -n +3)
  if [ -n "$fonts" ] && ! awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }' <<<"$fonts"; then
    fail "$label: every font embedded (pdffonts)" "$fonts"
  elif [ -z "$fonts" ]; then
    fail "$label: every font embedded (pdffonts)" "pdffonts lists no font"
  else
    pass "$label: every font embedded (pdffonts)"
  fi
  # Read whole before searching: grep -q would stop early, and under pipefail pdftotext's
  # broken pipe would then fail the check.
  out=$(pdftotext -raw "$pdf" - 2>&1 || true)
  if grep -qF "$text" <<<"$out"; then
    pass "$label: pdftotext finds \"$text\""
  else
    fail "$label: pdftotext finds \"$text\"" "$(head -5 <<<"$out")"
  fi
}
summary() {
  echo
  echo "package-test: $passed passed, $failed failed, $skipped skipped"
  [ "$failed" -eq 0 ]
}

# ---------------------------------------------------------------------------------------------
# The extracted-root phase, run by the outer script inside its own mount namespace:
#   package-test.sh --extracted TMP REPO
# It hides REPO, runs the extracted programs and checks what they wrote, then leaves its counts
# in TMP/counts for the outer script.
if [ "${1:-}" = "--extracted" ]; then
  tmp=$2
  repo=$3
  root="$tmp/root"
  work="$tmp/work"
  cd "$work"
  # An empty folder over the checkout: the server's last-resort lookup of its page files (the
  # folder they were compiled from, Resources/HomeProgramResources.swift) finds nothing there.
  mount -t tmpfs -o size=1m,mode=0755 homeprogram-hidden "$repo"
  if [ ! -e "$repo/Resources" ] && [ ! -e "$repo/Samples" ]; then
    pass "the source checkout is out of reach ($repo is an empty folder here)"
  else
    fail "the source checkout is out of reach" "$(ls "$repo")"
  fi
  # Nothing from the caller's environment either (no HOMEPROGRAM_RESOURCES), and the extracted
  # programs first on the PATH, as /usr/bin is after installation.
  run() {
    env -i PATH="$root/usr/bin:/usr/sbin:/usr/bin:/sbin:/bin" HOME="$work" LANG=C.UTF-8 TMPDIR="$tmp" "$@"
  }
  check "extracted homeprogram is the one on the PATH" \
    test "$(run sh -c 'command -v homeprogram')" = "$root/usr/bin/homeprogram"
  check "homeprogram --version" run homeprogram --version
  check "homeprogram catalogue validate (the compiled-in catalogue)" run homeprogram catalogue validate
  check "homeprogram generate" run homeprogram generate jose-disc.yaml --clinic clinic.yaml -o jose.pdf
  check_pdf "generate" jose.pdf "José Ñúñez"
  check "homeprogram generate (a red flag)" run homeprogram generate linda-emergency.yaml --clinic clinic.yaml -o linda.pdf
  check_pdf "generate (referral sheet)" linda.pdf "Emergency"
  if cmp -s jose.pdf "$tmp/reference/jose.pdf"; then
    pass "the stripped, packaged homeprogram writes the same bytes as the release build"
  else
    fail "the stripped, packaged homeprogram writes the same bytes as the release build" \
      "$(ls -l jose.pdf "$tmp/reference/jose.pdf")"
  fi
  if run homeprogram preview jose-disc.yaml --clinic clinic.yaml >jose.txt 2>preview.err \
    && grep -qF "José Ñúñez" jose.txt && grep -qF "Riverside Spine" jose.txt; then
    pass "homeprogram preview: the patient's name and the clinic in the text"
  else
    fail "homeprogram preview: the patient's name and the clinic in the text" "$(cat preview.err; head -5 jose.txt)"
  fi
  check "homeprogram public" run homeprogram public -o public.pdf
  check_pdf "public" public.pdf "Sciatica Relief"
  # The shipped clinic file is neutral: exactly the handout of no clinic file at all.
  run homeprogram generate jose-disc.yaml -o no-clinic.pdf >/dev/null 2>&1 || true
  check "generate with the packaged clinic.yaml" \
    run homeprogram generate jose-disc.yaml --clinic "$root/etc/homeprogram/clinic.yaml" -o default-clinic.pdf
  check "the packaged clinic.yaml is the neutral default (same bytes as no clinic file)" \
    cmp default-clinic.pdf no-clinic.pdf

  # homeprogram-serve, started with the unit's own ExecStart line: the installed paths point into
  # the extracted root, and port 8080 becomes 0 (a free port it prints) so that no other server
  # on this machine is in the way.
  exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/homeprogram-serve.service")
  read -r -a command <<<"$exec_start"
  for i in "${!command[@]}"; do
    case "${command[$i]}" in
      /usr/* | /etc/*) command[i]="$root${command[$i]}" ;;
      8080) command[i]=0 ;;
    esac
  done
  run "${command[@]}" >serve.out 2>serve.err &
  server=$!
  trap 'kill "$server" 2>/dev/null || true' EXIT
  port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' serve.out)
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.2
  done
  if [ -n "$port" ]; then
    pass "homeprogram-serve starts with the unit's command line (${exec_start##*/})"
    base="http://127.0.0.1:$port"
    # get NAME URL TYPE [CURL ARGS...]: a 200 answer of that content type, body in NAME.
    get() {
      local name=$1 url=$2 type=$3 answer
      shift 3
      answer=$(curl -sS -o "$name" -w '%{http_code} %{content_type}' "$@" "$url" 2>&1) || true
      if [[ "$answer" == "200 $type"* ]]; then
        pass "serve: $url answers 200 $type"
      else
        fail "serve: $url answers 200 $type" "$answer $(head -c 300 "$name" 2>/dev/null)"
      fi
    }
    get page.html "$base/" text/html
    # The page's own CSS and JavaScript (read from /usr/share/homeprogram/web), as the page links
    # them. No match (say the page did not load) is a failed check below, not the end of the script.
    assets=$({ grep -o -E '(href|src)="/[^"#]*"' page.html 2>/dev/null || true; } \
      | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
    if [ -n "$assets" ]; then
      pass "serve: the page links its assets ($(tr '\n' ' ' <<<"$assets"))"
    else
      fail "serve: the page links its assets" "$(head -c 300 page.html)"
    fi
    for asset in $assets; do
      case "$asset" in
        *.css) get asset.css "$base$asset" text/css ;;
        *.js) get asset.js "$base$asset" text/javascript ;;
        *) get asset.other "$base$asset" "" ;;
      esac
    done
    get catalogue.json "$base/api/catalogue" application/json
    if grep -q '"id"' catalogue.json; then pass "serve: /api/catalogue lists entries"; else fail "serve: /api/catalogue lists entries" "$(head -c 300 catalogue.json)"; fi
    get jose.json "$base/api/profile/normalize" application/json \
      -H 'Content-Type: application/yaml' --data-binary @jose-disc.yaml
    get api.pdf "$base/api/handout" application/pdf -H 'Content-Type: application/json' --data-binary @jose.json
    check_pdf "serve /api/handout" api.pdf "José Ñúñez"
    if run homeprogram generate jose-disc.yaml --clinic "$root/etc/homeprogram/clinic.yaml" -o cli.pdf >/dev/null 2>&1 \
      && cmp -s api.pdf cli.pdf; then
      pass "serve: /api/handout gives the bytes homeprogram generate writes"
    else
      fail "serve: /api/handout gives the bytes homeprogram generate writes" "$(ls -l api.pdf cli.pdf 2>&1)"
    fi
    get preview.txt "$base/api/preview" text/plain -H 'Content-Type: application/json' --data-binary @jose.json
    if grep -qF "José Ñúñez" preview.txt; then pass "serve: /api/preview has the patient's name"; else fail "serve: /api/preview has the patient's name" "$(head -5 preview.txt)"; fi
    if grep -q "^GET / 200" serve.err && ! grep -qF "Ñúñez" serve.err; then
      pass "serve: one log line per request, no patient name"
    else
      fail "serve: one log line per request, no patient name" "$(cat serve.err)"
    fi
  else
    fail "homeprogram-serve starts with the unit's command line" "$(cat serve.out serve.err)"
  fi
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  trap - EXIT
  echo "$passed $failed $skipped" >"$tmp/counts"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# The outer script.
cd "$(dirname "$0")/.."
repo=$(pwd -P)
script="$repo/scripts/package-test.sh"

# What the checks use: dpkg-dev (dpkg-deb is in dpkg), lintian, systemd (systemd-analyze; it
# installs in a container too, where it does not run), curl, binutils (readelf), groff (man pages).
extra="dpkg-dev lintian systemd curl binutils groff-base"
command -v python3 >/dev/null 2>&1 || extra="$extra python3"
HOMEPROGRAM_EXTRA_PACKAGES="$extra" scripts/install-deps.sh

bin_dir=.build/release
arch=$(dpkg --print-architecture)
version=$("$bin_dir/homeprogram" --version)
deb=${1:-dist/homeprogram_${version}_${arch}.deb}
if [ ! -f "$deb" ]; then
  echo "package-test: $deb is missing; run 'make package' first." >&2
  exit 1
fi
deb=$(cd "$(dirname "$deb")" && pwd -P)/$(basename "$deb")
echo "package-test: $deb"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/homeprogram-package-test.XXXXXX")
installed_here=0
cleanup() {
  # A package this test installed is purged again, whatever happened in between.
  if [ "$installed_here" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq homeprogram >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# --- dpkg-deb --info -------------------------------------------------------------------------
info=$(dpkg-deb --info "$deb")
field() { dpkg-deb --field "$deb" "$1"; }
check "info: Package is homeprogram" test "$(field Package)" = homeprogram
check "info: Version is the program's ($version)" test "$(field Version)" = "$version"
check "info: Architecture is $arch" test "$(field Architecture)" = "$arch"
depends=$(field Depends)
for package in fonts-dejavu-core fonts-dejavu-extra; do
  check "info: Depends on $package" grep -qE "(^|, )$package(,|$)" <<<"$depends"
done
check "info: clinic.yaml is a conffile" grep -qx "/etc/homeprogram/clinic.yaml" <<<"$(dpkg-deb --ctrl-tarfile "$deb" | tar -xOf - ./conffiles)"
for script_name in postinst prerm postrm; do
  check "info: has a $script_name script" grep -qE "^ +[0-9]+ bytes, +[0-9]+ lines +\* +$script_name " <<<"$info"
done

# --- dpkg-deb --contents ---------------------------------------------------------------------
contents=$(dpkg-deb --contents "$deb")
paths=$(awk '{ print $6 }' <<<"$contents")
for path in ./usr/bin/homeprogram ./usr/bin/homeprogram-serve \
  ./usr/share/man/man1/homeprogram.1.gz ./usr/share/man/man1/homeprogram-serve.1.gz \
  ./usr/share/doc/homeprogram/copyright ./usr/share/doc/homeprogram/changelog.gz \
  ./usr/share/doc/homeprogram/README.Debian ./usr/share/doc/homeprogram/examples/jose-disc.yaml \
  ./lib/systemd/system/homeprogram-serve.service ./etc/homeprogram/clinic.yaml; do
  check "contents: $path" grep -qxF "$path" <<<"$paths"
done
check "contents: every entry belongs to root/root" test -z "$(awk '$2 != "root/root"' <<<"$contents")"
check "contents: the programs are executable (0755)" \
  test "$(grep -cE '^-rwxr-xr-x .* \./usr/bin/homeprogram(-serve)?$' <<<"$contents")" = 2
# The bundled data: every file of the release build's resource bundle, whatever it holds.
bundle="$bin_dir/homeprogram_HomeProgramResources.resources"
if [ -d "$bundle" ]; then
  missing=$(cd "$bundle" && find . -type f | sed 's|^\./|./usr/share/homeprogram/|' | sort \
    | comm -23 - <(sort <<<"$paths"))
  if [ -z "$missing" ]; then
    pass "contents: every file of the resource bundle is in /usr/share/homeprogram"
  else
    fail "contents: every file of the resource bundle is in /usr/share/homeprogram" "missing: $missing"
  fi
else
  fail "contents: the resource bundle $bundle exists" "homeprogram-serve reads its page's CSS and JavaScript from it"
fi

# --- Extract ---------------------------------------------------------------------------------
root="$tmp/root"
mkdir -p "$root" "$tmp/work" "$tmp/reference"
dpkg-deb -x "$deb" "$root"
for tool in homeprogram homeprogram-serve; do
  # readelf's own failure (no file, not ELF) fails the check: its output is captured first.
  check "$tool is stripped (no .symtab)" \
    bash -c 'out=$(readelf -S "$1") && ! grep -q "\.symtab" <<<"$out"' _ "$root/usr/bin/$tool"
  check "$tool has no RPATH or RUNPATH" \
    bash -c 'out=$(readelf -d "$1") && ! grep -qE "RPATH|RUNPATH" <<<"$out"' _ "$root/usr/bin/$tool"
done
for page in homeprogram homeprogram-serve; do
  check "man page $page.1 formats without warnings" \
    sh -c "out=\$(zcat '$root/usr/share/man/man1/$page.1.gz' | groff -man -Tutf8 -ww -z 2>&1); [ -z \"\$out\" ] || { echo \"\$out\"; exit 1; }"
done
# Depends names the package of every library the programs load directly (their NEEDED entries,
# found with ldd and dpkg -S), not a list written by hand.
# Depends as one package name a line, compared as plain strings (libstdc++6 has regex characters).
depends_names=$(sed 's/ *([^)]*)//g; s/, */\n/g' <<<"$depends")
for tool in homeprogram homeprogram-serve; do
  libs=$(ldd "$root/usr/bin/$tool")
  for needed in $(readelf -d "$root/usr/bin/$tool" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    # "libx.so.1 => /path (address)", or for the loader itself "/lib64/ld-linux-x86-64.so.2 (address)".
    path=$(awk -v lib="$needed" '$1 == lib && $2 == "=>" { print $3 }
      substr($1, length($1) - length(lib)) == "/" lib { print $1 }' <<<"$libs" | head -1)
    owner=""
    if [ -n "$path" ]; then
      # Debian 12 merges /lib into /usr/lib, and a package may list any spelling of the path.
      for candidate in "$path" "${path#/usr}" "/usr$path" "$(readlink -f "$path")"; do
        owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1 || true)
        [ -n "$owner" ] && break
      done
    fi
    if [ -n "$owner" ] && grep -qxF "$owner" <<<"$depends_names"; then
      pass "info: Depends on $owner ($tool loads $needed)"
    else
      fail "info: Depends on the package of $needed ($tool loads it)" "path: ${path:-not found}; package: ${owner:-none}; Depends: $depends"
    fi
  done
done
# The samples the programs read, copied: nothing from the checkout is in reach once it is hidden.
cp Samples/patients/jose-disc.yaml Samples/patients/linda-emergency.yaml Samples/clinic.yaml "$tmp/work/"
# The release build's own handout, to compare the stripped program's bytes with.
if ! out=$(cd "$tmp/work" && "$repo/$bin_dir/homeprogram" generate jose-disc.yaml --clinic clinic.yaml -o "$tmp/reference/jose.pdf" 2>&1); then
  fail "the release build writes the reference handout" "$out"
fi

# --- systemd ---------------------------------------------------------------------------------
unit="$root/lib/systemd/system/homeprogram-serve.service"
# verify checks that ExecStart's program exists, so the copy it reads points into the extracted
# root; everything else is the packaged unit as it is. (Installed for real below, the unit is
# verified again as installed.)
sed "s|^ExecStart=/usr/bin/|ExecStart=$root/usr/bin/|" "$unit" >"$tmp/homeprogram-serve.service"
check "systemd-analyze verify homeprogram-serve.service" \
  sh -c "out=\$(systemd-analyze verify --man=no '$tmp/homeprogram-serve.service' 2>&1); rc=\$?; [ -z \"\$out\" ] && [ \$rc -eq 0 ] || { echo \"\$out\"; exit 1; }"
security=$(systemd-analyze security --offline=yes --no-pager "$tmp/homeprogram-serve.service" 2>&1 || true)
exposure=$(sed -n 's/.*Overall exposure level for .*: \([0-9.]*\) .*/\1/p' <<<"$security")
if [ -n "$exposure" ] && awk -v e="$exposure" 'BEGIN { exit !(e <= 2.0) }'; then
  pass "systemd-analyze security: exposure $exposure (at most 2.0)"
else
  fail "systemd-analyze security: exposure ${exposure:-unknown} (at most 2.0)" "$(tail -5 <<<"$security")"
fi
for setting in DynamicUser=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes NoNewPrivileges=yes \
  "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX" MemoryDenyWriteExecute=yes \
  SystemCallFilter=@system-service CapabilityBoundingSet=; do
  check "unit: $setting" grep -qxF "$setting" "$unit"
done

# --- lintian ---------------------------------------------------------------------------------
# No error and no warning; the information tags it prints are explained in README.md.
if out=$(lintian --display-info --fail-on error,warning "$deb" 2>&1); then
  pass "lintian: no errors or warnings ($(grep -c '^I:' <<<"$out" || true) information tags)"
else
  fail "lintian: no errors or warnings" "$(grep -v '^I:' <<<"$out")"
fi

# --- The extracted programs, with the checkout hidden ----------------------------------------
# As root, a mount namespace of our own; otherwise one inside a user namespace.
cp "$script" "$tmp/package-test.sh"
unshare_mount=(unshare --mount --propagation private)
[ "$(id -u)" -eq 0 ] || unshare_mount=(unshare --user --map-root-user --mount --propagation private)
if "${unshare_mount[@]}" true 2>/dev/null; then
  "${unshare_mount[@]}" bash "$tmp/package-test.sh" --extracted "$tmp" "$repo" || true
  if [ -f "$tmp/counts" ]; then
    read -r p f s <"$tmp/counts"
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
  else
    fail "the extracted-root checks ran to their end"
  fi
else
  fail "the checkout can be hidden (unshare --mount)" "this system allows no private mount namespace"
fi

# --- Installed for real ----------------------------------------------------------------------
# Only as root with apt (CI), and only when homeprogram is not installed already: a machine's
# own installation is never replaced or removed by a test.
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  skip "install for real: needs root and apt-get"
elif [ "$(dpkg-query -W -f='${Status}' homeprogram 2>/dev/null || true)" = "install ok installed" ]; then
  skip "install for real: homeprogram is installed on this machine already"
else
  installed_here=1
  if out=$(DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" 2>&1); then
    pass "apt-get install $(basename "$deb")"
    check "installed: homeprogram is /usr/bin/homeprogram on the PATH" \
      test "$(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin sh -c 'command -v homeprogram')" = /usr/bin/homeprogram
    check "installed: dpkg --verify homeprogram" dpkg --verify homeprogram
    (cd "$tmp" && env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$tmp" LANG=C.UTF-8 homeprogram generate \
      /usr/share/doc/homeprogram/examples/jose-disc.yaml --clinic /etc/homeprogram/clinic.yaml \
      -o "$tmp/installed.pdf") >/dev/null 2>&1 || true
    check_pdf "installed: generate" "$tmp/installed.pdf" "José Ñúñez"
    check "installed: systemd-analyze verify /lib/systemd/system/homeprogram-serve.service" \
      sh -c "out=\$(systemd-analyze verify --man=no /lib/systemd/system/homeprogram-serve.service 2>&1); rc=\$?; [ -z \"\$out\" ] && [ \$rc -eq 0 ] || { echo \"\$out\"; exit 1; }"
    if command -v man >/dev/null 2>&1; then
      check "installed: man -w homeprogram-serve" man -w homeprogram-serve
    fi
  else
    fail "apt-get install $(basename "$deb")" "$out"
  fi
  if out=$(DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq homeprogram 2>&1); then
    installed_here=0
    pass "apt-get purge homeprogram"
    check "purged: no /usr/bin/homeprogram, /usr/share/homeprogram or /etc/homeprogram left" \
      sh -c '! test -e /usr/bin/homeprogram && ! test -e /usr/share/homeprogram && ! test -e /etc/homeprogram'
  else
    fail "apt-get purge homeprogram" "$out"
  fi
fi

summary
