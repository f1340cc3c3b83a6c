#!/usr/bin/env bash
# Rebuilds the attribution test image from the Containerfile beside this script: a busybox base image
# (localhost/dlint-busybox:1: FROM scratch, Debian's static busybox, its applet links), then
# `buildah build --layers --target app` of the Containerfile, saved as an OCI archive (gzip layers) and a
# docker-archive. The context's files are random bytes (and repeated text) of fixed sizes, so sizes and waste are known in advance, digests
# are not. Needs buildah (Debian 12: 1.28), busybox-static and root; runs in about ten seconds.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=$(mktemp -d)
W=$BASE/w
DRIVER=${DRIVER:-overlay}
B=(buildah --root "$W/storage" --runroot "$W/runroot" --storage-driver "$DRIVER")
cleanup() {
  "${B[@]}" rmi -a -f >/dev/null 2>&1 || true
  if mountpoint -q "$W/storage/$DRIVER" 2>/dev/null; then umount "$W/storage/$DRIVER" || true; fi
  rm -rf "$BASE"
}
trap cleanup EXIT
export BUILDAH_ISOLATION=chroot

mkdir -p "$BASE/busybox"
cp /bin/busybox "$BASE/busybox/busybox"
printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n' \
  >"$BASE/busybox/Containerfile"
"${B[@]}" build -q --isolation chroot --layers -f "$BASE/busybox/Containerfile" -t localhost/dlint-busybox:1 \
  "$BASE/busybox" >/dev/null

CTX=$BASE/context
mkdir -p "$CTX/app"
cp "$HERE/context/apt-get" "$CTX/apt-get"
{ head -c 30000 /dev/urandom; head -c 1170000 < <(yes 'application data'); } >"$CTX/app/app.bin"  # 1.2 MB
head -c 1500 /dev/urandom >"$CTX/app/settings.txt"
printf 'name: demo\n' >"$CTX/app/config.yaml"
"${B[@]}" build -q --isolation chroot --layers --target app -f "$HERE/Containerfile" -t localhost/attribution:1 \
  "$CTX" >/dev/null

rm -f "$HERE"/attribution-*.tar
"${B[@]}" push -q attribution:1 "oci-archive:$HERE/attribution-oci.tar:attribution:1"

ls -la "$HERE"/attribution-*.tar
