#!/usr/bin/env python3
# posix-map.py — `make check` keeps tests/POSIX, the map from each section of XCU chapter 2 (and
# each utility conch has as a builtin) to the (posix) cases that check it, true to tests/*.t.
"""Usage: tests/posix-map.py [--write] [SRCDIR]   (default: $CONCH_SRCDIR, else the folder above)

Without --write: every `FILE.t: TITLE` line of tests/POSIX must name a case of that file with
that title, tagged (posix); the sections with no case are printed as gaps (a gap is not a
failure: it is what the map is for). Prints one `N passed, N failed` line, exits 0 or 1.
With --write: writes tests/POSIX again from the rules below (a section named in a title, as
`XCU 2.6.2` or `XCU read`, and otherwise the file's and the title's subject), so that the map
follows the cases. A case added to a .t file shows up in the map after the next --write.
ORDER: SECTIONS follows POSIX.1-2024 XCU chapter 2; UTILITIES the builtins in src/builtins/.
"""

import importlib.machinery
import importlib.util
import os
import re
import sys

SECTIONS = [
    ("2.1", "Shell Introduction"),
    ("2.2", "Quoting"),
    ("2.2.1", "Escape Character (Backslash)"),
    ("2.2.2", "Single-Quotes"),
    ("2.2.3", "Double-Quotes"),
    ("2.2.4", "Dollar-Single-Quotes"),
    ("2.3", "Token Recognition"),
    ("2.3.1", "Alias Substitution"),
    ("2.4", "Reserved Words"),
    ("2.5", "Parameters and Variables"),
    ("2.5.1", "Positional Parameters"),
    ("2.5.2", "Special Parameters"),
    ("2.5.3", "Shell Variables"),
    ("2.6", "Word Expansions"),
    ("2.6.1", "Tilde Expansion"),
    ("2.6.2", "Parameter Expansion"),
    ("2.6.3", "Command Substitution"),
    ("2.6.4", "Arithmetic Expansion"),
    ("2.6.5", "Field Splitting"),
    ("2.6.6", "Pathname Expansion"),
    ("2.6.7", "Quote Removal"),
    ("2.7", "Redirection"),
    ("2.7.4", "Here-Document"),
    ("2.7.5", "Duplicating an Input File Descriptor"),
    ("2.7.6", "Duplicating an Output File Descriptor"),
    ("2.8", "Exit Status and Errors"),
    ("2.8.1", "Consequences of Shell Errors"),
    ("2.8.2", "Exit Status for Commands"),
    ("2.9", "Shell Commands"),
    ("2.9.1", "Simple Commands"),
    ("2.9.2", "Pipelines"),
    ("2.9.3", "Lists (asynchronous, sequential, AND-OR)"),
    ("2.9.4", "Compound Commands"),
    ("2.9.4.1", "Grouping Commands"),
    ("2.9.4.2", "The for Loop"),
    ("2.9.4.3", "Case Conditional Construct"),
    ("2.9.4.4", "The if Conditional Construct"),
    ("2.9.4.5", "The while Loop"),
    ("2.9.4.6", "The until Loop"),
    ("2.9.5", "Function Definition Command"),
    ("2.10", "Shell Grammar"),
    ("2.11", "Job Control"),
    ("2.12", "Signals and Error Handling"),
    ("2.13", "Shell Execution Environment"),
    ("2.14", "Pattern Matching Notation"),
    ("2.15", "Special Built-In Utilities"),
]
SPECIAL = ["break", "colon", "continue", "dot", "eval", "exec", "exit", "export", "readonly",
           "return", "set", "shift", "times", "trap", "unset"]
UTILITIES = ["alias", "bg", "cd", "command", "echo", "false", "fc", "fg", "getopts", "hash",
             "jobs", "kill", "printf", "pwd", "read", "test", "true", "type", "ulimit", "umask",
             "unalias", "wait"]
KEYS = [s for s, _ in SECTIONS] + ["2.15 " + u for u in SPECIAL] + UTILITIES
# How a special builtin is spelled in a command.
SPELLING = {"colon": ":", "dot": "."}

# The subject of each file, when a title names no section (file stem -> section).
FILE_SECTION = {
    "grammar-quoting": "2.2", "grammar-dollarquote": "2.2.4", "grammar-alias": "2.3.1",
    "grammar-reserved": "2.4", "grammar-heredoc": "2.7.4", "grammar-redir": "2.7",
    "grammar-compound": "2.9.4", "grammar-cmdsub": "2.6.3", "grammar-errors": "2.10",
    "grammar-long-tokens": "2.3", "grammar-bashisms": "2.10", "grammar-verbose": "2.15 set",
    "hostile-input": "2.10",
    "expand-param": "2.6.2", "expand-arith": "2.6.4", "expand-split": "2.6.5",
    "expand-glob": "2.6.6", "expand-quoting": "2.6.7", "expand-tilde": "2.6.1",
    "expand-cmdsub": "2.6.3", "expand-utf8": "2.5.3",
    "exec-simple": "2.9.1", "exec-pipeline": "2.9.2", "exec-compound": "2.9.4",
    "exec-errexit": "2.15 set", "exec-redir": "2.7", "exec-fds": "2.7", "exec-fdlimit": "2.7",
    "exec-fdmove": "2.7", "exec-invocation": "2.1", "exec-startup": "2.5.3",
    "trap": "2.15 trap", "jobs-script": "2.11", "builtin-echo": "echo",
    "builtin-printf": "printf", "builtin-read": "read", "builtin-test": "test",
    "builtin-cd": "cd", "builtin-history": "fc", "builtin-options": "2.15 set",
}
# Words of a title that name a finer section (checked in this order, first match wins).
TITLE_SECTION = [
    (r"\bcase\b|;;|;&", "2.9.4.3"), (r"\bfor\b", "2.9.4.2"), (r"\bwhile\b", "2.9.4.5"),
    (r"\buntil\b", "2.9.4.6"), (r"\bif\b|\belif\b", "2.9.4.4"),
    (r"\bfunctions?\b", "2.9.5"), (r"\bsubshell|\{ ", "2.9.4.1"),
    (r"here-doc", "2.7.4"), (r"<&", "2.7.5"), (r">&", "2.7.6"),
    (r"\bpipe(line)?s?\b|\|", "2.9.2"), (r"&&|\|\||asynchronous|async", "2.9.3"),
    (r"\$@|\$\*|\$#|\$\?|\$!|\$\$|\$-|\$0", "2.5.2"), (r"positional", "2.5.1"),
    (r"\bIFS\b|field", "2.6.5"), (r"\balias", "2.3.1"), (r"\bsignal|SIG[A-Z]", "2.12"),
    (r"\bcontinue\b", "2.15 continue"), (r"environment of|execution environment", "2.13"),
    (r"\bstatus\b|\b12[67]\b", "2.8.2"),
]
XCU_RE = re.compile(r"XCU (\d+(?:\.\d+)*)|XCU ([a-z]+(?:, [a-z]+)*)")


def load_runcases(srcdir):
    path = os.path.join(srcdir, "tests", "run-cases")
    loader = importlib.machinery.SourceFileLoader("run_cases", path)
    spec = importlib.util.spec_from_loader("run_cases", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def posix_cases(srcdir, rc):
    """{file name: [titles of its (posix) cases]} for tests/*.t."""
    out = {}
    tdir = os.path.join(srcdir, "tests")
    for name in sorted(os.listdir(tdir)):
        if name.endswith(".t"):
            out[name] = [c.title for c in rc.parse_file(os.path.join(tdir, name))
                         if c.tag == "posix"]
    return out


def word_key(word):
    """The map key a builtin's name stands for, or None."""
    for u in SPECIAL:
        if word in (u, SPELLING.get(u)):
            return "2.15 " + u
    return word if word in UTILITIES else None


def sections_of(stem, title):
    keys = []
    for m in XCU_RE.finditer(title):
        if m.group(1):
            num = m.group(1)
            after = title[m.end():].split()
            if num == "2.15" and after and word_key(after[0].strip(",;)")):
                keys.append(word_key(after[0].strip(",;)")))  # XCU 2.15 colon
                continue
            while num and num not in KEYS:  # 2.9.1.1 -> 2.9.1
                num = num.rpartition(".")[0]
            if num:
                keys.append(num)
        else:  # XCU true, false
            keys.extend(word_key(w) for w in m.group(2).split(", ") if word_key(w))
    if keys:
        return list(dict.fromkeys(keys))
    words = re.split(r"[\s:,()]+", title)
    if word_key(words[0]):  # "break and continue": both
        also = [word_key(w) for w in re.findall(r"\band (\S+)", title) if word_key(w)]
        return list(dict.fromkeys([word_key(words[0])] + also))
    if stem.startswith("builtin-"):  # the first builtin the title names
        for w in words:
            if word_key(w):
                return [word_key(w)]
    for rx, key in TITLE_SECTION:
        if re.search(rx, title) and (stem.startswith(("exec-", "grammar-", "expand-"))):
            return [key]
    return [FILE_SECTION.get(stem, "2.1")]


def heading(key):
    names = dict(SECTIONS)
    if key in names:
        return f"XCU {key} {names[key]}"
    if key.startswith("2.15 "):
        return f"XCU {key.split()[0]} special builtin {key.split()[1]}"
    return f"XCU utility {key}"


def write_map(path, cases):
    by_key = {k: [] for k in KEYS}
    for name, titles in cases.items():
        for t in titles:
            for k in sections_of(name[:-2], t):
                by_key[k].append(f"{name}: {t}")
    lines = [
        "# tests/POSIX — which (posix) cases in tests/*.t check each section of XCU chapter 2",
        "# (POSIX.1-2024 numbering) and each utility conch has as a builtin; `(none)` is a gap.",
        "# Written by `tests/posix-map.py --write` from the titles (a title naming `XCU 2.6.2`",
        "# or `XCU read` goes there, others by their file's subject); make check verifies that",
        "# every case named here exists. Edit by hand if you like: the check still holds.",
        "",
    ]
    for k in KEYS:
        lines.append(f"== {heading(k)}")
        lines.extend(by_key[k] or ["(none)"])
        lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def check_map(path, cases):
    passed = failed = 0
    gaps = []  # headings; a section whose subsections have cases is no gap
    covered = set()
    section = None
    count = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for lineno, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            if section is not None and count == 0:
                gaps.append(section)
            section, count = line[3:], 0
            continue
        if line == "(none)":
            continue
        name, sep, title = line.partition(": ")
        if not sep or not name.endswith(".t"):
            print(f"not ok - tests/POSIX:{lineno}: expected 'FILE.t: TITLE': {line}")
            failed += 1
            continue
        count += 1
        covered.add(section)
        num = section.split()[1]
        while "special" not in section and num:
            covered.add(num)
            num = num.rpartition(".")[0]
        if name not in cases:
            print(f"not ok - tests/POSIX:{lineno}: no file tests/{name}")
            failed += 1
        elif title not in cases[name]:
            print(f"not ok - tests/POSIX:{lineno}: no (posix) case titled '{title}' in {name}")
            failed += 1
        else:
            passed += 1
    if section is not None and count == 0:
        gaps.append(section)
    for g in gaps:
        if g.split()[1] not in covered or "special" in g or "utility" in g:
            print(f"# gap: {g}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def main(argv):
    write = "--write" in argv
    rest = [a for a in argv if a != "--write"]
    srcdir = rest[0] if rest else os.environ.get("CONCH_SRCDIR") or \
        os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rc = load_runcases(srcdir)
    cases = posix_cases(srcdir, rc)
    path = os.path.join(srcdir, "tests", "POSIX")
    if write:
        write_map(path, cases)
        return 0
    return check_map(path, cases)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
