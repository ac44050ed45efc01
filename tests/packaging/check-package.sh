#!/usr/bin/env bash
# Installs the build into a scratch prefix and builds the .deb, then checks what a user and an
# administrator rely on: the three programs, the desktop entry and icon, the server's systemd unit,
# account and example configuration (which the installed server must accept), and a package whose
# dependencies were worked out from the binaries.
set -euo pipefail
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/usr" >/dev/null
for f in bin/verrijkt bin/verrijkt-cli bin/verrijkt-server; do
  [ -x "$tmp/usr/$f" ] || fail "$f not installed"
done
for f in share/applications/nl.verrijkt.Verrijkt.desktop share/icons/hicolor/scalable/apps/nl.verrijkt.Verrijkt.svg \
         lib/systemd/system/verrijkt-server.service lib/sysusers.d/verrijkt.conf \
         share/verrijkt/server.ini.example share/doc/verrijkt/server.md; do
  [ -f "$tmp/usr/$f" ] || fail "$f not installed"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$tmp/usr/share/applications/nl.verrijkt.Verrijkt.desktop" || fail "desktop entry invalid"
fi
grep -q '^ExecStart=/usr/bin/verrijkt-server --config /etc/verrijkt/server.ini$' \
  "$tmp/usr/lib/systemd/system/verrijkt-server.service" || fail "unit does not start the server with its config"

# The example configuration is what the package puts in /etc: the installed server must accept it
# (its db path is overridden here; the command line wins over the file).
"$tmp/usr/bin/verrijkt-server" --config "$tmp/usr/share/verrijkt/server.ini.example" --db "$tmp/server.db" migrate \
  >/dev/null 2>"$tmp/migrate.log" || { cat "$tmp/migrate.log" >&2; fail "installed server refuses the example configuration"; }
[ -s "$tmp/server.db" ] || fail "migrate created no database"
# A wrong key in the file is refused, not ignored (so the check above means something).
printf '[server]\nport = not-a-port\n' >"$tmp/bad.ini"
if "$tmp/usr/bin/verrijkt-server" --config "$tmp/bad.ini" --db "$tmp/server2.db" migrate >/dev/null 2>&1; then
  fail "server accepted port = not-a-port"
fi

# The Debian package.
(cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/deb" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log" >&2; false; } || fail "cpack failed"
deb=$(ls "$tmp"/deb/verrijkt_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb produced"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/verrijkt ./usr/bin/verrijkt-cli ./usr/bin/verrijkt-server ./usr/lib/systemd/system/verrijkt-server.service; do
  grep -q " $f\$" <<<"$contents" || fail "$f missing from the package"
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'libqt6core6' <<<"$depends" || fail "Depends lacks the Qt libraries found by dpkg-shlibdeps: $depends"
grep -q 'qml6-module-qtcharts' <<<"$depends" || fail "Depends lacks the QML modules: $depends"
dpkg-deb -I "$deb" postinst >/dev/null || fail "postinst missing"
echo "ok: $(basename "$deb"), $(wc -l <<<"$contents") entries"
