#!/usr/bin/env bash
# Rebuilds buildah-docker-archive.tar: the steps of dive's .data/Dockerfile.test-image (wagoodman/dive) made with
# buildah, one commit per step, each step done on the mounted rootfs from the host (as ../build.sh does), with the
# history commands Docker's classic builder wrote for dive's test image. Only the base differs: a few directories with
# busybox's modes instead of busybox. So layers 1 to 13 must be what dive's export of its test image lists (see
# export.tsv and DiveTestImageBuildahTest). Needs buildah (Debian 12: 1.28) and root; runs in a few seconds.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=$(mktemp -d)
W=$BASE/w
B=(buildah --root "$W/storage" --runroot "$W/runroot" --storage-driver overlay)
cleanup() {
  "${B[@]}" rmi -a -f >/dev/null 2>&1 || true
  if mountpoint -q "$W/storage/overlay" 2>/dev/null; then umount "$W/storage/overlay" || true; fi
  rm -rf "$BASE"
}
trap cleanup EXIT
mkdir -p "$W" "$BASE/ctx/.scripts"
# the build context: README.md is 6405 bytes in dive's image, .scripts/ holds tag.sh (917, 0775) and test.sh (1270, 0755)
head -c 6405 /dev/urandom >"$BASE/ctx/README.md"; chmod 664 "$BASE/ctx/README.md"
head -c 917 /dev/urandom >"$BASE/ctx/.scripts/tag.sh"; chmod 775 "$BASE/ctx/.scripts/tag.sh"
head -c 1270 /dev/urandom >"$BASE/ctx/.scripts/test.sh"; chmod 755 "$BASE/ctx/.scripts/test.sh"
CTX=$BASE/ctx

step() {  # step FROM-IMAGE NEW-IMAGE CREATED_BY FUNCTION
  local ctr mnt
  ctr=$("${B[@]}" from --pull-never "$1")
  mnt=$("${B[@]}" mount "$ctr")
  (umask 022; "$4" "$mnt")
  "${B[@]}" umount "$ctr" >/dev/null
  "${B[@]}" config --created-by "$3" "$ctr"
  "${B[@]}" commit -q --rm "$ctr" "$2" >/dev/null
}
base()  { mkdir -p "$1/bin" "$1/etc" "$1/root" "$1/tmp"; chmod 700 "$1/root"; chmod 1777 "$1/tmp"
          printf 'root:x:0:0:root:/root:/bin/sh\n' >"$1/etc/passwd"; }
s1()  { cp -p "$CTX/README.md" "$1/somefile.txt"; }
s2()  { mkdir -p "$1/root/example/really/nested"; }
s3()  { cp "$1/somefile.txt" "$1/root/example/somefile1.txt"; }
s4()  { chmod 444 "$1/root/example/somefile1.txt"; }
s5()  { cp "$1/somefile.txt" "$1/root/example/somefile2.txt"; }
s6()  { cp "$1/somefile.txt" "$1/root/example/somefile3.txt"; }
s7()  { mv "$1/root/example/somefile3.txt" "$1/root/saved.txt"; }
s8()  { cp "$1/root/saved.txt" "$1/root/.saved.txt"; }
s9()  { rm -rf "$1/root/example/"; }
s10() { mkdir -p "$1/root/.data"; cp -p "$CTX/.scripts/tag.sh" "$CTX/.scripts/test.sh" "$1/root/.data/"; }
s11() { cp "$1/root/saved.txt" "$1/tmp/saved.again1.txt"; }
s12() { cp "$1/root/saved.txt" "$1/root/.data/saved.again2.txt"; }
s13() { chmod +x "$1/root/saved.txt"; }
NOP="/bin/sh -c #(nop) "
step scratch localhost/d:0 "${NOP}ADD file:ce026b62356eec3ad1214f92be2c9dc063fe205bd5e600be3492c4dfb17148bd in / " base
step d:0 localhost/d:1 "${NOP}ADD file:139c3708fb6261126453e34483abd8bf7b26ed16d952fd976994d68e72d93be2 in /somefile.txt " s1
step d:1 localhost/d:2 "/bin/sh -c mkdir -p /root/example/really/nested" s2
step d:2 localhost/d:3 "/bin/sh -c cp /somefile.txt /root/example/somefile1.txt" s3
step d:3 localhost/d:4 "/bin/sh -c chmod 444 /root/example/somefile1.txt" s4
step d:4 localhost/d:5 "/bin/sh -c cp /somefile.txt /root/example/somefile2.txt" s5
step d:5 localhost/d:6 "/bin/sh -c cp /somefile.txt /root/example/somefile3.txt" s6
step d:6 localhost/d:7 "/bin/sh -c mv /root/example/somefile3.txt /root/saved.txt" s7
step d:7 localhost/d:8 "/bin/sh -c cp /root/saved.txt /root/.saved.txt" s8
step d:8 localhost/d:9 "/bin/sh -c rm -rf /root/example/" s9
step d:9 localhost/d:10 "${NOP}ADD dir:7ec14b81316baa1a31c38c97686a8f030c98cba2035c968412749e33e0c4427e in /root/.data/ " s10
step d:10 localhost/d:11 "/bin/sh -c cp /root/saved.txt /tmp/saved.again1.txt" s11
step d:11 localhost/d:12 "/bin/sh -c cp /root/saved.txt /root/.data/saved.again2.txt" s12
step d:12 localhost/dive-example:latest "/bin/sh -c chmod +x /root/saved.txt" s13
rm -f "$HERE/buildah-docker-archive.tar"
"${B[@]}" push -q dive-example:latest "docker-archive:$HERE/buildah-docker-archive.tar:dive-example:latest"
ls -la "$HERE/buildah-docker-archive.tar"
