#!/bin/sh
# Puts dlint on PATH: builds target/dlint.jar (through the launcher, which needs JDK 17+ and Maven) and links the
# launcher into BINDIR (default: ~/.local/bin; PREFIX=/usr/local gives /usr/local/bin). The link keeps pointing at
# this checkout, so after `git pull` the next dlint run rebuilds the jar. POSIX sh; exit 3 when it cannot install.
#   ./install.sh              # ~/.local/bin/dlint
#   PREFIX=/usr/local ./install.sh
#   BINDIR=/opt/bin ./install.sh
# The jar alone is self-contained too: copy target/dlint.jar anywhere and run `java -jar dlint.jar`.
set -u

fail() {
  echo "install.sh: $*" >&2
  exit 3
}

case $0 in
  */*) here=${0%/*} ;;
  *) here=. ;;
esac
here=$(cd "$here" && pwd -P) || fail "cannot find the checkout"
bindir=${BINDIR:-${PREFIX:-$HOME/.local}/bin}

"$here/dlint" --version >/dev/null || fail "dlint does not run (see above); nothing was installed"
mkdir -p "$bindir" || fail "cannot create $bindir"
if [ -e "$bindir/dlint" ] && [ ! -h "$bindir/dlint" ]; then
  fail "$bindir/dlint exists and is not a link; remove it first"
fi
rm -f "$bindir/dlint"
ln -s "$here/dlint" "$bindir/dlint" || fail "cannot link $bindir/dlint"
echo "install.sh: linked $bindir/dlint -> $here/dlint ($("$bindir/dlint" --version))"
case :$PATH: in
  *:"$bindir":*) ;;
  *) echo "install.sh: $bindir is not on PATH; add it, e.g. export PATH=\"$bindir:\$PATH\" in your shell profile" >&2 ;;
esac
