#!/usr/bin/env python3
"""Generates a ~1 GB multi-layer OCI archive (gzip layers) with many deletes, opaque dirs and overwrites.

usage: gen_image.py OUT.tar [TOTAL_MB]   (deterministic: fixed seed)
Content mixes compressible text-like data and incompressible bytes, as real images do.
"""
import gzip, hashlib, io, json, os, random, subprocess, sys, tarfile, tempfile, time

out = sys.argv[1]
total_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
LAYERS = 8
rng = random.Random(42)
words = [w.encode() for w in "the of and to in is was for on that with as by at from be this are or have an it not but had which their one were all we you can more when there been has her if would will so into no she they about what also other out up only time some could than new these two may first then do any like my now over such our man me even most made after well years how".split()]
text = b" ".join(rng.choice(words) + (b"\n" if rng.random() < 0.1 else b"") for _ in range(1_200_000))
binary = os.urandom(8 << 20)

def content(size):
    src = text if rng.random() < 0.7 else binary
    if size <= len(src):
        off = rng.randrange(0, len(src) - size + 1)
        return src[off:off + size]
    reps = size // len(src) + 1
    return (src * reps)[:size]

def size_sample():
    r = rng.random()
    if r < 0.80: return rng.randint(512, 16 << 10)
    if r < 0.985: return rng.randint(16 << 10, 512 << 10)
    return rng.randint(1 << 20, 8 << 20)

budget = total_mb << 20
per_layer = budget // LAYERS
tmp = tempfile.mkdtemp(prefix="dlint-bench-")
live = {}          # path -> size, for choosing deletes/overwrites
dirs_by_layer = []
blobs = []
for li in range(LAYERS):
    buf = io.BytesIO()
    t = tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT)
    def add_file(path, data, mode=0o644):
        ti = tarfile.TarInfo(path); ti.size = len(data); ti.mode = mode; ti.mtime = 0
        t.addfile(ti, io.BytesIO(data))
    def add_dir(path):
        ti = tarfile.TarInfo(path); ti.type = tarfile.DIRTYPE; ti.mode = 0o755; ti.mtime = 0
        t.addfile(ti)
    def add_marker(path):
        ti = tarfile.TarInfo(path); ti.size = 0; ti.mode = 0; ti.mtime = 0
        t.addfile(ti, io.BytesIO(b""))
    written = 0
    if li > 0:
        paths = list(live)
        rng.shuffle(paths)
        # overwrite ~8% of live files, chmod-copy ~2%, delete ~10% (file whiteouts)
        n = len(paths)
        for p in paths[: n * 8 // 100]:
            d = content(live[p]); add_file(p, d); written += len(d)
        for p in paths[n * 8 // 100: n * 10 // 100]:
            d = content(live[p]); add_file(p, d, 0o600); written += len(d)
        for p in paths[n * 10 // 100: n * 20 // 100]:
            head, _, name = p.rpartition("/")
            add_marker(f"{head}/.wh.{name}"); del live[p]
        # delete two whole directories of an earlier layer and make one opaque
        earlier = [d for ds in dirs_by_layer for d in ds]
        rng.shuffle(earlier)
        for d in earlier[:2]:
            head, _, name = d.rpartition("/")
            add_marker(f"{head}/.wh.{name}" if head else f".wh.{name}")
            for p in [p for p in live if p.startswith(d + "/")]: del live[p]
        if len(earlier) > 2:
            d = earlier[2]
            add_dir(d); add_marker(d + "/.wh..wh..opq")
            for p in [p for p in live if p.startswith(d + "/")]: del live[p]
    mydirs = []
    di = 0
    while written < per_layer:
        d = f"l{li}/d{di:03d}"; di += 1
        add_dir(f"l{li}") if di == 1 else None
        add_dir(d); mydirs.append(d)
        for fi in range(rng.randint(20, 120)):
            s = size_sample(); p = f"{d}/f{fi:04d}.dat"
            add_file(p, content(s)); live[p] = s; written += s
            if written >= per_layer: break
    dirs_by_layer.append(mydirs)
    t.close()
    raw = buf.getvalue()
    path = os.path.join(tmp, f"layer{li}.tar")
    with open(path, "wb") as f: f.write(raw)
    blobs.append(path)
    print(f"layer {li}: {len(raw) >> 20} MiB tar", file=sys.stderr)

# compress in parallel with the gzip CLI (2 cores)
procs = [subprocess.Popen(["gzip", "-6", "-k", "-f", b]) for b in blobs]
for p in procs: p.wait()

def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""): h.update(chunk)
    return h.hexdigest()

layers, diff_ids = [], []
for b in blobs:
    diff_ids.append("sha256:" + sha(b))
    gz = b + ".gz"
    layers.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "sha256:" + sha(gz),
                   "size": os.path.getsize(gz), "path": gz})
config = json.dumps({"architecture": "amd64", "os": "linux", "config": {"User": "app"},
                     "rootfs": {"type": "layers", "diff_ids": diff_ids},
                     "history": [{"created_by": f"RUN step {i}"} for i in range(LAYERS)]}).encode()
cfg_d = hashlib.sha256(config).hexdigest()
manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
    "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + cfg_d, "size": len(config)},
    "layers": [{k: v for k, v in l.items() if k != "path"} for l in layers]}).encode()
man_d = hashlib.sha256(manifest).hexdigest()
index = json.dumps({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
    "digest": "sha256:" + man_d, "size": len(manifest), "annotations": {"org.opencontainers.image.ref.name": "bench:1"}}]}).encode()
with tarfile.open(out, "w") as o:
    def put(name, data):
        ti = tarfile.TarInfo(name); ti.size = len(data); o.addfile(ti, io.BytesIO(data))
    put("oci-layout", b'{"imageLayoutVersion":"1.0.0"}')
    put("index.json", index)
    put(f"blobs/sha256/{man_d}", manifest)
    put(f"blobs/sha256/{cfg_d}", config)
    for l in layers:
        o.add(l["path"], arcname="blobs/sha256/" + l["digest"].split(":")[1])
for b in blobs:
    os.remove(b); os.remove(b + ".gz")
os.rmdir(tmp)
print(out, file=sys.stderr)
