#!/usr/bin/env python3
"""Writes the tiny image archives of testdata/rules/<ImageRule>/ (a few KB each).

Every layer is listed entry by entry below, so what each fixture contains (and therefore what the rules must find,
written by hand in the <case>.expected files next to the archives) is visible here. The output is byte-for-byte
reproducible: fixed mtimes, owners and gzip headers. Run from anywhere: python3 testdata/images/make-rule-fixtures.py
"""
import gzip
import hashlib
import io
import json
import os
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
tarfile.RECORDSIZE = tarfile.BLOCKSIZE  # no padding to 10 KiB records: end-of-archive blocks only
RULES = os.path.join(HERE, "..", "rules")


def content(seed, size):
    """Deterministic, incompressible-looking bytes."""
    out = bytearray()
    block = seed.encode()
    while len(out) < size:
        block = hashlib.sha256(block).digest()
        out += block
    return bytes(out[:size])


class Layer:
    def __init__(self):
        self.entries = []

    def dir(self, path, mode=0o755):
        self.entries.append(("dir", path, None, mode))
        return self

    def file(self, path, data, mode=0o644):
        if isinstance(data, str):
            data = data.encode()
        self.entries.append(("file", path, data, mode))
        return self

    def whiteout(self, path):
        head, _, name = path.rpartition("/")
        self.entries.append(("file", (head + "/" if head else "") + ".wh." + name, b"", 0))
        return self

    def opaque(self, directory):
        self.entries.append(("file", directory + "/.wh..wh..opq", b"", 0o755))
        return self

    def hardlink(self, path, target):
        self.entries.append(("link", path, target, 0o644))
        return self

    def tar(self):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
            for kind, path, data, mode in self.entries:
                info = tarfile.TarInfo(path)
                info.mtime = 0
                info.mode = mode
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                if kind == "dir":
                    info.type = tarfile.DIRTYPE
                    t.addfile(info)
                elif kind == "link":
                    info.type = tarfile.LNKTYPE
                    info.linkname = data
                    t.addfile(info)
                else:
                    info.size = len(data)
                    t.addfile(info, io.BytesIO(data))
        return buf.getvalue()


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def config(layer_tars, created_by, user):
    return json.dumps({
        "architecture": "amd64", "os": "linux",
        "config": {"User": user},
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + sha256(t) for t in layer_tars]},
        "history": [{"created": "2024-01-01T00:00:00Z", "created_by": c} for c in created_by],
    }, separators=(",", ":")).encode()


def add(t, name, data):
    info = tarfile.TarInfo(name)
    info.mtime = 0
    info.mode = 0o644
    info.size = len(data)
    info.uname = info.gname = ""
    t.addfile(info, io.BytesIO(data))


def docker_save(path, tag, steps, user="", declared=None):
    """Legacy 'docker save': <id>/layer.tar (uncompressed), <config>.json, manifest.json.

    declared, if given, are the layer tars whose digests the config declares as diff_ids (to make a mismatch)."""
    tars = [layer.tar() for _, layer in steps]
    cfg = config(declared or tars, [c for c, _ in steps], user)
    cfg_name = sha256(cfg) + ".json"
    layer_names = []
    with open(path, "wb") as f, tarfile.open(fileobj=f, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for i, data in enumerate(tars):
            v1 = "%064x" % (i + 1)
            add(t, v1 + "/VERSION", b"1.0")
            add(t, v1 + "/json", b"{}")
            add(t, v1 + "/layer.tar", data)
            layer_names.append(v1 + "/layer.tar")
        add(t, cfg_name, cfg)
        manifest = [{"Config": cfg_name, "RepoTags": [tag], "Layers": layer_names}]
        add(t, "manifest.json", json.dumps(manifest).encode())
        add(t, "repositories", b"{}")


def oci_archive(path, ref, steps, user="", damage=None):
    """An OCI image layout in a tar, gzip layers, like 'buildah push oci-archive:'.

    damage(index, gzip_bytes) may return other bytes for a layer blob, or None to leave the blob out of the archive
    (the manifest still lists it)."""
    tars = [layer.tar() for _, layer in steps]
    blobs = {}
    left_out = set()

    def blob(data):
        blobs["blobs/sha256/" + sha256(data)] = data
        return {"digest": "sha256:" + sha256(data), "size": len(data)}

    layers = []
    for i, data in enumerate(tars):
        gz = io.BytesIO()
        with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0) as g:
            g.write(data)
        descriptor = dict(mediaType="application/vnd.oci.image.layer.v1.tar+gzip", **blob(gz.getvalue()))
        layers.append(descriptor)
        if damage is not None:
            stored = damage(i, gz.getvalue())
            name = "blobs/sha256/" + descriptor["digest"][len("sha256:"):]
            if stored is None:
                left_out.add(name)
            else:
                blobs[name] = stored
    cfg = dict(mediaType="application/vnd.oci.image.config.v1+json",
               **blob(config(tars, [c for c, _ in steps], user)))
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                           "config": cfg, "layers": layers}).encode()
    index = {"schemaVersion": 2, "manifests": [dict(mediaType="application/vnd.oci.image.manifest.v1+json",
                                                    annotations={"org.opencontainers.image.ref.name": ref},
                                                    **blob(manifest))]}
    with open(path, "wb") as f, tarfile.open(fileobj=f, mode="w", format=tarfile.USTAR_FORMAT) as t:
        add(t, "oci-layout", b'{"imageLayoutVersion": "1.0.0"}')
        for name in sorted(blobs):
            if name not in left_out:
                add(t, name, blobs[name])
        add(t, "index.json", json.dumps(index).encode())


def out(rule, name):
    folder = os.path.join(RULES, rule)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, name)


PEM_KEY = ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA-fixture-not-a-real-key\n"
           "-----END OPENSSH PRIVATE KEY-----\n")


def wasted_bytes():
    docker_save(out("WastedBytes", "bad.tar"), "fixture/wasted:bad", [
        ("/bin/sh -c apt-get install -y build-essential && make -C /tmp/build", Layer()
         .dir("usr/").dir("usr/lib/").dir("usr/lib/gcc/").file("usr/lib/gcc/cc1", content("cc1", 3000), 0o644)
         .dir("tmp/").dir("tmp/build/").dir("tmp/build/obj/")
         .file("tmp/build/obj/a.o", content("a.o", 2000)).file("tmp/build/obj/b.o", content("b.o", 1500))
         .dir("etc/").file("etc/app.conf", content("conf-v1", 1200))),
        ("/bin/sh -c rm -rf /tmp/build", Layer().dir("tmp/").whiteout("tmp/build")),
        ("/bin/sh -c #(nop) COPY file:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef in /etc/app.conf ",
         Layer().dir("etc/").file("etc/app.conf", content("conf-v2", 1300))),
        ("/bin/sh -c chmod 600 /usr/lib/gcc/cc1", Layer()
         .dir("usr/").dir("usr/lib/").dir("usr/lib/gcc/").file("usr/lib/gcc/cc1", content("cc1", 3000), 0o600)),
        ("/bin/sh -c rm /etc/motd", Layer().dir("etc/").whiteout("etc/motd")),
    ])
    docker_save(out("WastedBytes", "small.tar"), "fixture/wasted:small", [
        ("COPY notes.txt /srv/ # buildkit", Layer().dir("srv/").file("srv/notes.txt", content("notes", 600))),
        ("RUN /bin/sh -c rm /srv/notes.txt # buildkit", Layer().dir("srv/").whiteout("srv/notes.txt")),
    ])
    docker_save(out("WastedBytes", "same-layer.tar"), "fixture/wasted:twice", [
        ("COPY blob /opt/ # buildkit", Layer().dir("opt/").file("opt/blob", content("blob-v1", 1500))
         .file("opt/blob", content("blob-v2", 1200))),
    ])
    oci_archive(out("WastedBytes", "opaque.tar"), "opaque", [
        ("COPY site/ /var/www/ # buildkit", Layer().dir("var/").dir("var/www/")
         .file("var/www/index.html", content("index", 900)).file("var/www/app.js", content("app.js", 800))),
        ("RUN /bin/sh -c rm -rf /var/www && mkdir /var/www && echo ok > /var/www/health # buildkit", Layer()
         .dir("var/").dir("var/www/").opaque("var/www").file("var/www/health", "ok\n")),
    ])


def wasted_bytes_aggregated():
    # "rm -rf /usr/share/doc/*" after installing 50 packages: 50 whiteouts of 50 directories, one finding.
    docs = Layer().dir("usr/").dir("usr/share/").dir("usr/share/doc/")
    for i in range(50):
        docs.dir("usr/share/doc/pkg%02d/" % i).file("usr/share/doc/pkg%02d/copyright" % i, content("doc%d" % i, 200))
    cleanup = Layer().dir("usr/").dir("usr/share/").dir("usr/share/doc/")
    for i in range(50):
        cleanup.whiteout("usr/share/doc/pkg%02d" % i)
    docker_save(out("WastedBytes", "many-directories.tar"), "fixture/wasted:docs", [
        ("RUN /bin/sh -c apt-get install -y $(cat packages.txt) # buildkit", docs),
        ("RUN /bin/sh -c rm -rf /usr/share/doc/* # buildkit", cleanup),
    ])
    # Twelve steps that each rewrite a 300-byte state file: every pair of layers is below the threshold, the total
    # is not.
    steps = [("COPY state /var/lib/app/ # buildkit", Layer().dir("var/").dir("var/lib/").dir("var/lib/app/")
              .file("var/lib/app/state", content("state0", 300)))]
    for i in range(1, 12):
        steps.append(("RUN /bin/sh -c app --step %d # buildkit" % i, Layer().dir("var/").dir("var/lib/")
                      .dir("var/lib/app/").file("var/lib/app/state", content("state%d" % i, 300))))
    docker_save(out("WastedBytes", "spread.tar"), "fixture/wasted:spread", steps)


def package_caches():
    docker_save(out("PackageCacheInImage", "bad.tar"), "fixture/caches:bad", [
        ("/bin/sh -c apt-get update && apt-get install -y curl", Layer()
         .dir("var/").dir("var/lib/").dir("var/lib/apt/").dir("var/lib/apt/lists/")
         .file("var/lib/apt/lists/lock", b"")
         .file("var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4",
               content("lists", 2000))
         .dir("var/cache/").dir("var/cache/apt/").file("var/cache/apt/pkgcache.bin", content("pkgcache", 1200))
         .dir("var/cache/apt/archives/").file("var/cache/apt/archives/curl_7.88.1-10_amd64.deb", content("deb", 1500))
         .dir("usr/").dir("usr/bin/").file("usr/bin/curl", content("curl", 900), 0o755)),
        ("/bin/sh -c pip install requests", Layer()
         .dir("root/").dir("root/.cache/").dir("root/.cache/pip/").dir("root/.cache/pip/http/")
         .file("root/.cache/pip/http/0/1/2/3/0123456789", content("wheel", 1100))),
        ("/bin/sh -c npm install", Layer()
         .dir("root/").dir("root/.npm/").dir("root/.npm/_cacache/")
         .file("root/.npm/_cacache/content-v2/sha512/ab/cd/ef", content("tgz", 1024))
         .dir("app/").file("app/node_modules/left-pad/index.js", content("left-pad", 500))),
        ("/bin/sh -c apk add git", Layer()
         .dir("var/").dir("var/cache/").dir("var/cache/apk/").file("var/cache/apk/APKINDEX.tar.gz", content("apk", 400))),
    ])
    docker_save(out("PackageCacheInImage", "good.tar"), "fixture/caches:good", [
        ("/bin/sh -c apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*", Layer()
         .dir("var/").dir("var/lib/").dir("var/lib/apt/").dir("var/lib/apt/lists/").file("var/lib/apt/lists/lock", b"")
         .dir("var/lib/apt/lists/partial/")
         .dir("usr/").dir("usr/bin/").file("usr/bin/curl", content("curl", 900), 0o755)),
        ("/bin/sh -c pip install --no-cache-dir requests", Layer()
         .dir("usr/").dir("usr/lib/").file("usr/lib/python3/requests/__init__.py", content("requests", 1500))),
    ])
    docker_save(out("PackageCacheInImage", "cleaned-later.tar"), "fixture/caches:later", [
        ("/bin/sh -c apt-get update", Layer()
         .dir("var/").dir("var/lib/").dir("var/lib/apt/").dir("var/lib/apt/lists/")
         .file("var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease", content("release", 2000))),
        ("/bin/sh -c rm -rf /var/lib/apt/lists/*", Layer()
         .dir("var/").dir("var/lib/").dir("var/lib/apt/").dir("var/lib/apt/lists/")
         .whiteout("var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease")),
    ])


def secrets():
    docker_save(out("SecretInLowerLayer", "bad.tar"), "fixture/secrets:bad", [
        ("COPY . /app # buildkit", Layer()
         .dir("app/").file("app/.env", "DB_PASSWORD=hunter2-fixture-value\n")
         .dir("app/.git/").file("app/.git/HEAD", "ref: refs/heads/main\n")
         .file("app/.git/config", "[remote \"origin\"]\n\turl = https://user:ghp_fixtureToken@example.com/x.git\n")
         .dir("app/config/").file("app/config/.npmrc", "//registry.npmjs.org/:_authToken=npm_fixtureToken\n")
         .file("app/config/.pypirc", "[pypi]\nusername = __token__\npassword = pypi-fixtureToken\n")
         .file("app/server.js", content("server", 700))),
        ("COPY id_ed25519 /root/.ssh/ # buildkit", Layer()
         .dir("root/").dir("root/.ssh/").file("root/.ssh/id_ed25519", PEM_KEY, 0o600)),
        ("RUN /bin/sh -c git -C /app log -1 && rm -rf /app/.git /app/.env /root/.ssh # buildkit", Layer()
         .dir("app/").whiteout("app/.git").whiteout("app/.env").dir("root/").whiteout("root/.ssh")),
    ])
    docker_save(out("SecretInLowerLayer", "good.tar"), "fixture/secrets:good", [
        ("COPY . /app # buildkit", Layer()
         .dir("app/").file("app/.env.example", "DB_PASSWORD=\n")
         .file("app/.npmrc", "registry=https://registry.npmjs.org/\n")
         .file("app/README.md", "# app\n").file("app/server.js", content("server", 700))),
    ])
    docker_save(out("SecretInLowerLayer", "allowed.tar"), "fixture/secrets:allowed", [
        ("COPY . /opt/app # buildkit", Layer()
         .dir("opt/").dir("opt/app/").dir("opt/app/testdata/")
         .file("opt/app/testdata/server.key", PEM_KEY.replace("OPENSSH", "EC"))
         .dir("home/").dir("home/app/").dir("home/app/.aws/")
         .file("home/app/.aws/credentials", "[default]\naws_access_key_id = AKIAFIXTURE\n")),
    ])


def secret_copy_up():
    # A later chmod copies the key up: the copy in layer 0 is hidden, not deleted, and the new copy is visible.
    docker_save(out("SecretInLowerLayer", "chmod-copy-up.tar"), "fixture/secrets:chmod", [
        ("COPY id_ed25519 /root/.ssh/ # buildkit", Layer().dir("root/").dir("root/.ssh/")
         .file("root/.ssh/id_ed25519", PEM_KEY, 0o644)),
        ("RUN /bin/sh -c chmod 600 /root/.ssh/id_ed25519 # buildkit", Layer().dir("root/").dir("root/.ssh/")
         .file("root/.ssh/id_ed25519", PEM_KEY, 0o600)),
    ])


def root_user():
    no_user = [("COPY app /app # buildkit", Layer().dir("app/").file("app/run", content("run", 300), 0o755))]
    docker_save(out("RootUserImage", "no-user.tar"), "fixture/root:none", no_user)
    docker_save(out("RootUserImage", "uid0.tar"), "fixture/root:uid0", no_user, user="0:0")
    docker_save(out("RootUserImage", "nonroot.tar"), "fixture/root:nonroot", no_user, user="10001:10001")
    oci_archive(out("RootUserImage", "named-user.tar"), "named", no_user, user="app")


def duplicates():
    jar = content("app.jar", 3000)
    docker_save(out("DuplicateFileAcrossLayers", "bad.tar"), "fixture/dup:bad", [
        ("COPY app.jar /app/app.jar # buildkit", Layer().dir("app/").file("app/app.jar", jar)),
        ("RUN /bin/sh -c cp /app/app.jar /opt/app.jar # buildkit", Layer().dir("opt/").file("opt/app.jar", jar)),
    ])
    docker_save(out("DuplicateFileAcrossLayers", "rewritten.tar"), "fixture/dup:rewritten", [
        ("COPY app.jar /app/app.jar # buildkit", Layer().dir("app/").file("app/app.jar", jar)),
        ("COPY app.jar /app/app.jar # buildkit", Layer().dir("app/").file("app/app.jar", jar)),
    ])
    tool = content("tool", 2000)
    docker_save(out("DuplicateFileAcrossLayers", "hardlink-chmod.tar"), "fixture/dup:hardlink", [
        ("COPY tool /usr/bin/ # buildkit", Layer().dir("usr/").dir("usr/bin/").file("usr/bin/tool", tool, 0o644)
         .hardlink("usr/bin/tool-alias", "usr/bin/tool")),
        ("RUN /bin/sh -c chmod 755 /usr/bin/tool # buildkit", Layer()
         .dir("usr/").dir("usr/bin/").file("usr/bin/tool", tool, 0o755)),
    ])
    docker_save(out("DuplicateFileAcrossLayers", "small.tar"), "fixture/dup:small", [
        ("COPY LICENSE /app/ # buildkit", Layer().dir("app/").file("app/LICENSE", content("license", 700))),
        ("RUN /bin/sh -c cp /app/LICENSE /usr/share/doc/app/ # buildkit", Layer()
         .dir("usr/").dir("usr/share/").dir("usr/share/doc/").dir("usr/share/doc/app/")
         .file("usr/share/doc/app/LICENSE", content("license", 700))),
    ])


def image_gates():
    # Layer 1 deletes everything layer 0 added and adds nothing: dive's user share is 100 / 0 = +Inf.
    docker_save(out("ImageGate", "deletes-only.tar"), "fixture/gate:inf", [
        ("COPY data.bin /srv/ # buildkit", Layer().dir("srv/").file("srv/data.bin", content("data", 3000))),
        ("RUN /bin/sh -c rm /srv/data.bin # buildkit", Layer().dir("srv/").whiteout("srv/data.bin")),
    ])
    # One layer: dive's efficiency is 1 and its user share 0 / 0 = NaN, which never fails.
    docker_save(out("ImageGate", "single-layer.tar"), "fixture/gate:one", [
        ("COPY app /app # buildkit", Layer().dir("app/").file("app/run", content("run", 2000), 0o755)),
    ])


def incomplete_images():
    steps = [
        ("COPY app /app # buildkit", Layer().dir("app/").file("app/run", content("run", 1500), 0o755)),
        ("RUN /bin/sh -c make -C /app # buildkit", Layer().dir("app/").file("app/out.bin", content("out", 2500))),
    ]
    oci_archive(out("IncompleteImage", "missing-blob.tar"), "missing", steps,
                damage=lambda i, blob: None if i == 1 else blob)
    oci_archive(out("IncompleteImage", "truncated-layer.tar"), "truncated", steps,
                damage=lambda i, blob: blob[:len(blob) // 2] if i == 1 else blob)
    other = Layer().dir("app/").file("app/run", content("other", 1500), 0o755)
    docker_save(out("IncompleteImage", "diff-id-mismatch.tar"), "fixture/incomplete:diffid", steps,
                declared=[other.tar(), steps[1][1].tar()])


def layer_too_large():
    """A zstd layer of 300 MiB of zeros stored in a few KB (a decompression bomb) between two ordinary layers."""
    import subprocess
    zeros = 300 << 20
    header = tarfile.TarInfo("app/zeros")
    header.size = zeros
    header.mtime = 0
    before = Layer().dir("app/").file("app/before", content("before", 1000)).tar()
    # the bomb: an ordinary entry, then the zeros, streamed through zstd without holding them in memory
    with tarfile.open(fileobj=io.BytesIO(before)) as read:
        read.getmembers()
        members_end = read.offset  # where the end-of-archive blocks and the padding start
    raw = before[:members_end] + header.tobuf(format=tarfile.USTAR_FORMAT)
    proc = subprocess.Popen(["zstd", "-19", "-q", "-c"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    diff = hashlib.sha256()

    def feed():
        diff.update(raw)
        proc.stdin.write(raw)
        block = b"\0" * (1 << 20)
        for _ in range(zeros >> 20):
            diff.update(block)
            proc.stdin.write(block)
        diff.update(b"\0" * 1024)
        proc.stdin.write(b"\0" * 1024)
        proc.stdin.close()
    import threading
    writer = threading.Thread(target=feed)
    writer.start()
    bomb = proc.stdout.read()
    writer.join()
    proc.wait()
    first = Layer().dir("etc/").file("etc/app.conf", content("conf", 500)).tar()
    last = Layer().dir("srv/").file("srv/after", content("after", 800)).tar()
    tars = [first, None, last]
    created = ["COPY app.conf /etc/app.conf # buildkit", "RUN /bin/sh -c ./make-bomb # buildkit",
               "COPY after /srv/after # buildkit"]
    blobs = {}

    def blob(data):
        blobs["blobs/sha256/" + sha256(data)] = data
        return {"digest": "sha256:" + sha256(data), "size": len(data)}

    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0) as g:
        g.write(first)
    layers = [dict(mediaType="application/vnd.oci.image.layer.v1.tar+gzip", **blob(gz.getvalue())),
              dict(mediaType="application/vnd.oci.image.layer.v1.tar+zstd", **blob(bomb)),
              dict(mediaType="application/vnd.oci.image.layer.v1.tar", **blob(last))]
    diff_ids = ["sha256:" + sha256(first), "sha256:" + diff.hexdigest(), "sha256:" + sha256(last)]
    cfg_json = json.dumps({"architecture": "amd64", "os": "linux", "config": {},
                           "rootfs": {"type": "layers", "diff_ids": diff_ids},
                           "history": [{"created_by": c} for c in created]}).encode()
    cfg = dict(mediaType="application/vnd.oci.image.config.v1+json", **blob(cfg_json))
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                           "config": cfg, "layers": layers}).encode()
    index = {"schemaVersion": 2, "manifests": [dict(mediaType="application/vnd.oci.image.manifest.v1+json",
                                                    annotations={"org.opencontainers.image.ref.name": "bomb"},
                                                    **blob(manifest))]}
    with open(out("LayerTooLarge", "bomb.tar"), "wb") as f, \
            tarfile.open(fileobj=f, mode="w", format=tarfile.USTAR_FORMAT) as t:
        add(t, "oci-layout", b'{"imageLayoutVersion": "1.0.0"}')
        for name in sorted(blobs):
            add(t, name, blobs[name])
        add(t, "index.json", json.dumps(index).encode())
    print("bomb layer:", len(bomb), "bytes stored for", zeros, "of zeros")


if __name__ == "__main__":
    wasted_bytes()
    wasted_bytes_aggregated()
    package_caches()
    secrets()
    secret_copy_up()
    root_user()
    duplicates()
    image_gates()
    incomplete_images()
    layer_too_large()
