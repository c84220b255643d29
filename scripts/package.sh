#!/usr/bin/env bash
# Builds dist/homeprogram_<version>_<arch>.deb from the release build (`make package`), with
# dpkg-deb alone: no debian/ source tree or debhelper, because the programs are built by SwiftPM
# (`make release`) and all a clinic needs is the result laid out where Debian expects it.
#
#   scripts/package.sh [BIN_DIR]      BIN_DIR: the release build's products (.build/release)
#
# Needs dpkg-dev (dpkg-shlibdeps, dpkg-parsechangelog), binutils (strip), gzip and python3 (the
# man pages), and installs them when missing. Prints the path of the .deb on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."

# What this script runs (python3 only when missing: a python3 of its own is fine).
extra="dpkg-dev binutils gzip chrpath"
command -v python3 >/dev/null 2>&1 || extra="$extra python3"
HOMEPROGRAM_EXTRA_PACKAGES="$extra" scripts/install-deps.sh

bin_dir=${1:-.build/release}
debian=packaging/debian
out_dir=dist
# Standard permissions for everything staged (0755 folders, 0644 files), whatever the caller's umask.
umask 022

for tool in homeprogram homeprogram-serve; do
  if [ ! -x "$bin_dir/$tool" ]; then
    echo "package: $bin_dir/$tool is missing; run 'make release' first." >&2
    exit 1
  fi
done

# The version is the one the program prints (HomeProgramVersion.current), so the package can never
# claim another; the changelog must have an entry for it, as Debian requires.
version=$("$bin_dir/homeprogram" --version)
serve_version=$("$bin_dir/homeprogram-serve" --version)
changelog_version=$(dpkg-parsechangelog -l "$debian/changelog" -S Version)
if [ "$serve_version" != "$version" ]; then
  echo "package: homeprogram is $version but homeprogram-serve is $serve_version; rebuild both." >&2
  exit 1
fi
if [ "$changelog_version" != "$version" ]; then
  echo "package: the program is version $version but $debian/changelog's latest entry is" \
    "$changelog_version; add an entry for $version at its top." >&2
  exit 1
fi
arch=$(dpkg --print-architecture)
maintainer=$(dpkg-parsechangelog -l "$debian/changelog" -S Maintainer)
# Every timestamp in the package (file times, man page dates) is the changelog entry's, so the same
# build gives the same .deb.
SOURCE_DATE_EPOCH=$(dpkg-parsechangelog -l "$debian/changelog" -S Timestamp)
export SOURCE_DATE_EPOCH
page_date=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root/DEBIAN"

# Programs, stripped as dh_strip does (the symbol tables are half of each file's size). Only
# dynamic symbols are left, which is all the loader and the Swift runtime look up. SwiftPM also
# gives them a RUNPATH of $ORIGIN, for Swift libraries beside the program; with the Swift runtime
# linked statically there are none, and in /usr/bin it would only make the loader look there
# first, so it goes (Debian's policy asks for no RPATH).
install -d "$root/usr/bin"
for tool in homeprogram homeprogram-serve; do
  install -m 0755 "$bin_dir/$tool" "$root/usr/bin/$tool"
  strip --remove-section=.comment --remove-section=.note --strip-unneeded "$root/usr/bin/$tool"
  chrpath --delete "$root/usr/bin/$tool" >/dev/null
done

# Bundled data: whatever SwiftPM copied into the resource bundle, copied as it is (no file list
# here, so data added to or removed from Resources/ needs no change in this script). The catalogue,
# wording and figures are compiled into the programs; homeprogram-serve reads its page's CSS and
# JavaScript from web/ here, looked up in ../share/homeprogram beside its own folder
# (Resources/HomeProgramResources.swift). Without the bundle the web page cannot start, so that is
# an error, not a package without it.
bundle="$bin_dir/homeprogram_HomeProgramResources.resources"
if [ ! -d "$bundle/web" ]; then
  echo "package: no resource bundle with web/ at $bundle (build with make release first)" >&2
  exit 1
fi
install -d "$root/usr/share/homeprogram"
cp -R "$bundle/." "$root/usr/share/homeprogram/"

# Man pages, from the argument parser's own description of each program.
install -d "$root/usr/share/man/man1"
for tool in homeprogram homeprogram-serve; do
  python3 scripts/manpage.py "$root/usr/bin/$tool" --date "$page_date" --version "$version" \
    --extra "$debian/man/$tool.1.extra" >"$root/usr/share/man/man1/$tool.1"
done

# Documentation: Debian's copyright file, the changelog (a native package's is changelog.gz), how
# to run the service, and a sample profile to try the programs with.
doc="$root/usr/share/doc/homeprogram"
install -d "$doc/examples"
install -m 0644 "$debian/copyright" "$debian/README.Debian" "$doc/"
install -m 0644 "$debian/changelog" "$doc/changelog"
install -m 0644 Samples/patients/jose-disc.yaml "$doc/examples/jose-disc.yaml"
# -n: no file name or time in the gzip header, so the bytes depend only on the content.
gzip -9n "$doc/changelog" "$root"/usr/share/man/man1/*.1
# The one lintian error that cannot be fixed here, overridden with the reason (the file says why).
install -D -m 0644 "$debian/lintian-overrides" "$root/usr/share/lintian/overrides/homeprogram"

# The service, installed but not enabled (postinst), and the clinic file it reads: a conffile, so
# a clinic's edits survive upgrades. Bookworm's packages still install units under /lib.
install -D -m 0644 "$debian/homeprogram-serve.service" "$root/lib/systemd/system/homeprogram-serve.service"
install -D -m 0644 "$debian/clinic.yaml" "$root/etc/homeprogram/clinic.yaml"

# The libraries the programs load, as Debian package names and versions, from the programs
# themselves (dpkg-shlibdeps reads their NEEDED entries and the libraries' symbols files). It only
# runs inside a source tree, so it gets a minimal one. The fonts are read as files, so no tool can
# find them: fonts-dejavu-core has the regular and bold faces and fonts-dejavu-extra the oblique
# ones; the program stops without any of the four (Sources/HomeProgramPDF/Fonts/FontSet.swift).
mkdir -p "$work/src/debian"
printf 'Source: homeprogram\n\nPackage: homeprogram\nArchitecture: any\n' >"$work/src/debian/control"
shlibs=$(cd "$work/src" && dpkg-shlibdeps -O -e"$root/usr/bin/homeprogram" -e"$root/usr/bin/homeprogram-serve")
depends="${shlibs#shlibs:Depends=}, fonts-dejavu-core, fonts-dejavu-extra"

# Control files: the conffile list, maintainer scripts, and md5sums of everything but conffiles
# (dpkg keeps those itself), for debsums and dpkg --verify.
installed_size=$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@MAINTAINER@|$maintainer|" \
  -e "s|@INSTALLED_SIZE@|$installed_size|" -e "s|@DEPENDS@|$depends|" \
  "$debian/control.in" >"$root/DEBIAN/control"
echo /etc/homeprogram/clinic.yaml >"$root/DEBIAN/conffiles"
for script in postinst prerm postrm; do
  install -m 0755 "$debian/$script" "$root/DEBIAN/$script"
done
(cd "$root" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -printf '%P\0' \
  | LC_ALL=C sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/conffiles" "$root/DEBIAN/md5sums"

mkdir -p "$out_dir"
deb="$out_dir/homeprogram_${version}_${arch}.deb"
# --root-owner-group: every file belongs to root in the package, without fakeroot.
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "package: Depends: $depends" >&2
echo "$deb"
