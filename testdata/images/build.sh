#!/usr/bin/env bash
# Rebuilds the committed test images. Needs buildah + skopeo (Debian 12: buildah 1.28, skopeo 1.9) and root.
# Every layer is made by editing the mounted rootfs from the host (no binaries inside the images), so the expected
# waste is known by construction; see ImageFixturesTest for the numbers derived from the steps below. At the end it
# runs attribution/build.sh, which builds the attribution test image from attribution/Containerfile with
# `buildah build --layers` (busybox-static needed too).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=$(mktemp -d)
W=$BASE/w
trap 'cleanup' EXIT

rnd() { head -c "$2" /dev/urandom >"$1"; }              # rnd FILE BYTES: incompressible content of a known size
padded() { printf '%s' "$2" >"$1"; truncate -s "$3" "$1"; }  # padded FILE TEXT BYTES

l1() {  # "COPY files /": the base content
  mkdir -p "$1/app" "$1/cache" "$1/data/old" "$1/keep" "$1/srv/tree/sub" "$1/root/.ssh" "$1/src/.git" \
           "$1/var/lib/apt/lists" "$1/build/out"
  rnd "$1/app/big.bin" 3000; rnd "$1/app/conf.txt" 1000; padded "$1/app/.env" "API_KEY=not-a-real-key" 200
  ln -s big.bin "$1/app/link"
  rnd "$1/cache/tmp.bin" 5000
  rnd "$1/data/old/a.bin" 2000; rnd "$1/data/old/b.bin" 3000
  rnd "$1/keep/hl-src" 4096; ln "$1/keep/hl-src" "$1/keep/hl-dst"
  rnd "$1/keep/same.txt" 800
  rnd "$1/srv/tree/x.bin" 1500; rnd "$1/srv/tree/sub/y.bin" 500
  padded "$1/root/.ssh/id_rsa" "-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAA-not-a-real-key
-----END OPENSSH PRIVATE KEY-----
" 400
  padded "$1/root/.npmrc" "//registry.npmjs.org/:_authToken=npm_not_a_real_token
" 100
  padded "$1/src/.git/HEAD" "ref: refs/heads/main
" 100
  padded "$1/src/.git/config" "[core]
" 100
  rnd "$1/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease" 700
  rnd "$1/build/out/tool.bin" 2500
}
l2() {  # "RUN edit": overwrite, delete, delete+recreate a dir, replace a dir by a file, identical rewrite
  rnd "$1/app/conf.txt" 500                                         # overwrite (1000 -> 500)
  rm "$1/cache/tmp.bin"                                             # whiteout
  rm -rf "$1/data/old"; mkdir "$1/data/old"; echo new >"$1/data/old/c.txt"   # opaque (overlay) / per-file (vfs)
  rm -rf "$1/srv/tree"; printf '0123456789' >"$1/srv/tree"          # directory replaced by a 10-byte file
  cp "$1/keep/same.txt" "$BASE/same"; cat "$BASE/same" >"$1/keep/same.txt"   # identical content re-added
  rm "$1/root/.npmrc"                                               # secret deleted, still in layer 0
}
l3() {  # "RUN cleanup": delete a directory, chmod a hardlinked file, delete a .git directory
  rm -rf "$1/app"
  chmod 600 "$1/keep/hl-src"
  rm -rf "$1/src/.git"
}
l4() { :; }  # "ENV X=1" committed as a layer: an empty 1024-byte layer
l5() {  # "COPY --from=build": the artifact moves, the build tree goes
  mkdir -p "$1/opt"; cp "$1/build/out/tool.bin" "$1/opt/tool.bin"; rm -rf "$1/build"
}

build() {  # build DRIVER: five layers, then exports
  local driver=$1 out=$2
  local B=(buildah --root "$W/$driver/storage" --runroot "$W/$driver/runroot" --storage-driver "$driver")
  local CS="containers-storage:[$driver@$W/$driver/storage+$W/$driver/runroot]"
  mkdir -p "$W/$driver"
  step() {
    local ctr mnt
    ctr=$("${B[@]}" from --pull-never "$1")
    mnt=$("${B[@]}" mount "$ctr")
    "$4" "$mnt"
    "${B[@]}" umount "$ctr" >/dev/null
    "${B[@]}" config --created-by "$3" "$ctr"
    "${B[@]}" commit -q --rm "$ctr" "$2" >/dev/null
  }
  step scratch localhost/demo:l1 "COPY files / # step 1" l1
  step demo:l1 localhost/demo:l2 "RUN edit # step 2" l2
  step demo:l2 localhost/demo:l3 "RUN cleanup # step 3" l3
  step demo:l3 localhost/demo:l4 "ENV X=1 # step 4" l4
  step demo:l4 localhost/demo:1 "COPY --from=build /out/tool.bin /opt/ # step 5" l5
  "${B[@]}" push -q demo:1 "docker-archive:$out-docker-archive.tar:demo:1"
  if [ "$driver" = overlay ]; then
    "${B[@]}" push -q demo:1 "oci-archive:$out-oci-gzip.tar:demo:1"
    "${B[@]}" push -q --compression-format zstd demo:1 "oci-archive:$out-oci-zstd.tar:demo:1"
    skopeo copy -q "${CS}localhost/demo:1" "oci:$out-oci-dir:demo:1"
    skopeo copy -q --dest-oci-accept-uncompressed-layers "${CS}localhost/demo:1" "oci:$out-oci-dir-uncompressed:demo:1"
  fi
  "${B[@]}" rmi -a -f >/dev/null
  if mountpoint -q "$W/$driver/storage/$driver"; then umount "$W/$driver/storage/$driver"; fi
}

cleanup() {
  for d in overlay vfs; do
    if mountpoint -q "$W/$d/storage/$d" 2>/dev/null; then umount "$W/$d/storage/$d" || true; fi
  done
  rm -rf "$BASE"
}

rm -rf "$HERE"/demo-* "$HERE"/vfs-*
build overlay "$HERE/demo"
build vfs "$HERE/vfs"
"$HERE/attribution/build.sh"
ls -la "$HERE"
du -sh "$HERE"
