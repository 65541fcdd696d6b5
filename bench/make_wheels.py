"""Generates benchmark distributions:

- `make_wheels.py many DIR N`: N small valid wheels of one release, told apart by their build tags, each with an
  rST long description;
- `make_wheels.py huge DIR MIB`: one valid wheel holding a MIB-sized member;
- `make_wheels.py sized DIR COUNT MIB [LARGE_MIB]`: one release that passes `pypi-release check`: COUNT wheels
  of about MIB MiB each (random bytes stored uncompressed, so the size on disk is the size sent), told apart by
  their build tags, the last one of LARGE_MIB MiB when given, plus the release's sdist.
"""
import base64
import hashlib
import io
import os
import sys
import tarfile
import zipfile

DESCRIPTION = """Benchmark project
=================

A *small* project with a ``README`` in reStructuredText, so that both checkers render it.

- one
- two

.. code-block:: python

   import bench
"""


def record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}\n"


def metadata(name, version):
    return (
        "Metadata-Version: 2.1\n"
        f"Name: {name}\n"
        f"Version: {version}\n"
        "Summary: A generated benchmark wheel\n"
        "Author-email: Bench <bench@example.org>\n"
        "License: MIT\n"
        "Classifier: Programming Language :: Python :: 3\n"
        "Classifier: License :: OSI Approved :: MIT License\n"
        "Requires-Python: >=3.8\n"
        "Requires-Dist: requests>=2\n"
        "Description-Content-Type: text/x-rst\n"
        "\n" + DESCRIPTION
    )


def write_wheel(out_dir, name, version, payload_files, build=None):
    dist_info = f"{name}-{version}.dist-info"
    build_part = f"-{build}" if build is not None else ""
    path = os.path.join(out_dir, f"{name}-{version}{build_part}-py3-none-any.whl")
    record = ""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as wheel:
        for member, writer in payload_files:
            data = writer(wheel, member)
            if isinstance(data, str):
                record += f"{member},{data}\n"
            else:
                record += record_line(member, data) if data is not None else f"{member},,\n"
        for member, text in (
            (f"{dist_info}/METADATA", metadata(name, version)),
            (f"{dist_info}/WHEEL", "Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n"),
        ):
            wheel.writestr(member, text)
            record += record_line(member, text.encode())
        record += f"{dist_info}/RECORD,,\n"
        wheel.writestr(f"{dist_info}/RECORD", record)
    return path


def small(name):
    def writer(wheel, member):
        data = f"VALUE = {name!r}\n".encode()
        wheel.writestr(member, data)
        return data

    return writer


def huge(size):
    def writer(wheel, member):
        block = os.urandom(1 << 20)
        with wheel.open(zipfile.ZipInfo(member), "w", force_zip64=True) as out:
            for _ in range(size):
                out.write(block)
        return None

    return writer


def random_blob(mib):
    """A stored (uncompressed) member of `mib` MiB of random bytes, with its RECORD hash."""

    def writer(wheel, member):
        digest = hashlib.sha256()
        size = 0
        with wheel.open(zipfile.ZipInfo(member), "w", force_zip64=mib >= 1024) as out:
            for _ in range(mib):
                block = os.urandom(1 << 20)
                digest.update(block)
                size += len(block)
                out.write(block)
        hashed = base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()
        return f"sha256={hashed},{size}"

    return writer


def write_sdist(out_dir, name, version):
    """`{name}-{version}.tar.gz` with one top-level folder holding PKG-INFO and a module."""
    base = f"{name}-{version}"
    path = os.path.join(out_dir, f"{base}.tar.gz")
    with tarfile.open(path, "w:gz", format=tarfile.PAX_FORMAT) as sdist:
        for member, text in (
            (f"{base}/PKG-INFO", metadata(name, version)),
            (f"{base}/{name}/__init__.py", f"VALUE = {name!r}\n"),
            (f"{base}/pyproject.toml", '[build-system]\nrequires = ["setuptools"]\n'),
        ):
            data = text.encode()
            info = tarfile.TarInfo(member)
            info.size = len(data)
            info.mtime = 1_700_000_000
            sdist.addfile(info, io.BytesIO(data))
    return path


def write_sized(out_dir, count, mib, large_mib):
    name, version = "bench_pkg", "1.0.0"
    for i in range(count):
        size = large_mib if large_mib is not None and i == count - 1 else mib
        write_wheel(out_dir, name, version, [(f"{name}/blob.bin", random_blob(size))], build=i + 1)
    write_sdist(out_dir, name, version)


if __name__ == "__main__":
    mode, out_dir, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(out_dir, exist_ok=True)
    if mode == "sized":
        large = int(sys.argv[5]) if len(sys.argv) > 5 else None
        write_sized(out_dir, count, int(sys.argv[4]), large)
    elif mode == "many":
        for i in range(count):
            write_wheel(out_dir, "bench_pkg", "1.0.0", [(f"bench_pkg/__init__.py", small(f"build {i}"))], build=i + 1)
    else:
        write_wheel(out_dir, "bench_huge", "1.0.0", [("bench_huge/blob.bin", huge(count))])
