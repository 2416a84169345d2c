#!/usr/bin/env python3
# layers.py — `make check` keeps conch's layers (src/README): every #include "..." in src/ and
# grammar/ names a header of its own layer or one below, and private headers stay in their folder.
"""Usage: tests/layers.py [SRCDIR]   (default: $CONCH_SRCDIR, else the folder above this file)

Layers, lowest first: lib, shell (the shell's state), parse, exec, builtins, front. A file may
include from its own layer and the ones below; exec_int.h and expand_int.h only from src/exec/,
parse_int.h only from src/parse/ and the parser's grammar files. The one upward include allowed
is src/exec/ -> builtins/builtins.h, for the builtin table (builtin_find, struct builtin and its
flags): exec/ may call no other builtin_* function. A violation is printed as
`FILE:LINE: ...` naming the header; prints one `N passed, N failed` line, exits 0 or 1.
ORDER: the tables below and src/README change together.
"""

import os
import re
import sys

LAYERS = ["lib", "shell", "parse", "exec", "builtins", "front"]
RANK = {name: i for i, name in enumerate(LAYERS)}

# grammar/ holds the parser's generators (parse layer) and arithmetic's (exec/arith.c's).
GRAMMAR_LAYER = {"parser.y": "parse", "scanner.l": "parse", "arith.y": "exec"}
# Headers Bison and Flex write into the build tree, included without a folder.
GENERATED = {"parser.h": "parse", "scanner.h": "parse", "arith.h": "exec"}
# Private headers and the files that may include them.
PRIVATE = {
    "exec/exec_int.h": ("src/exec/",),
    "exec/expand_int.h": ("src/exec/",),
    "parse/parse_int.h": ("src/parse/", "grammar/parser.y", "grammar/scanner.l"),
}
# The builtin table: exec/ finds builtins there (simple commands, command substitution, the
# `command` lookup), as a table the upper layer fills, not as calls up by name.
SEAM = ("src/exec/", "builtins/builtins.h")
SEAM_CALLS = {"builtin_find"}

INCLUDE_RE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
CALL_RE = re.compile(r"\b(builtin_\w+)\s*\(")


def file_layer(rel):
    """The layer of a source file given by its path under srcdir, or None."""
    parts = rel.split("/")
    if parts[0] == "src" and len(parts) >= 3:
        return parts[1] if parts[1] in RANK else None
    if parts[0] == "grammar" and len(parts) == 2:
        return GRAMMAR_LAYER.get(parts[1])
    return None


def header_path(srcdir, rel, name):
    """The header an include names, as a path under src/ ("exec/exec.h"), or None for one that
    is not conch's (config.h) and "?" for one that cannot be found."""
    if name == "config.h":
        return None
    here = os.path.dirname(rel)
    if os.path.isfile(os.path.join(srcdir, here, name)) and here.startswith("src/"):
        return os.path.normpath(os.path.join(here[len("src/"):], name))
    if os.path.isfile(os.path.join(srcdir, "src", name)):
        return os.path.normpath(name)
    if name in GENERATED:
        return name
    return "?"


def header_layer(path):
    if path in GENERATED:
        return GENERATED[path]
    top = path.split("/")[0]
    return top if top in RANK else None


def check(srcdir):
    problems = []
    files = []
    for top in ("src", "grammar"):
        for dirpath, _, names in os.walk(os.path.join(srcdir, top)):
            for n in sorted(names):
                if n.endswith((".c", ".h", ".y", ".l")):
                    files.append(os.path.relpath(os.path.join(dirpath, n), srcdir))
    for rel in sorted(files):
        layer = file_layer(rel)
        if layer is None:
            problems.append(f"{rel}: in no layer (add its folder to tests/layers.py and "
                            f"src/README)")
            continue
        with open(os.path.join(srcdir, rel), encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        for lineno, line in enumerate(lines, 1):
            m = INCLUDE_RE.match(line)
            if not m:
                continue
            name = m.group(1)
            path = header_path(srcdir, rel, name)
            if path is None:
                continue
            if path == "?":
                problems.append(f'{rel}:{lineno}: includes "{name}", which is no header of src/')
                continue
            owners = PRIVATE.get(path)
            if owners and not any(rel == o or (o.endswith("/") and rel.startswith(o))
                                  for o in owners):
                problems.append(f'{rel}:{lineno}: includes "{name}", private to '
                                f'{" and ".join(owners)}')
                continue
            target = header_layer(path)
            if target is None:
                problems.append(f'{rel}:{lineno}: includes "{name}", in no layer')
            elif RANK[target] > RANK[layer]:
                if rel.startswith(SEAM[0]) and path == SEAM[1]:
                    continue
                problems.append(f'{rel}:{lineno}: includes "{name}" from {target}/, above '
                                f'its layer ({layer})')
        if rel.startswith(SEAM[0]):
            for lineno, line in enumerate(lines, 1):
                for call in CALL_RE.findall(line):
                    if call not in SEAM_CALLS:
                        problems.append(f"{rel}:{lineno}: calls {call}: exec/ reaches builtins/ "
                                        f"only through {', '.join(sorted(SEAM_CALLS))}")
    return files, problems


def main():
    srcdir = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CONCH_SRCDIR")
              or os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    files, problems = check(srcdir)
    if not files:
        print(f"layers.py: no sources under {srcdir}")
        print("0 passed, 1 failed")
        return 1
    for p in problems:
        print(p)
    print(f"{'not ok' if problems else 'ok'} 1 - includes of {len(files)} files follow the layers")
    print(f"{0 if problems else 1} passed, {1 if problems else 0} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
