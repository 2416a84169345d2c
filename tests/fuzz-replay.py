#!/usr/bin/env python3
# fuzz-replay.py — `make check` replays the fuzzing corpus (tests/fuzz/corpus/) through the built
# conch: `conch -n`, `conch --ast -n` and a sandboxed run of every file; no fuzzer or clang needed.
"""Usage: CONCH=path/to/conch tests/fuzz-replay.py [FILE...]   (default: every corpus file)

A run fails if conch dies of a signal that means a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE,
SIGABRT, SIGTRAP, SIGSYS), takes more than the time limit, or prints a sanitizer report
("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:"). Other signals are what
scripts send themselves (`kill -s USR1 $$`), and exit statuses are the scripts' business.

The sandboxed run is the one tests/fuzz/fuzz-exec.c makes, as far as a plain process allows:
a fresh empty directory as the cwd and HOME, PATH empty, stdin and stdout /dev/null, a new
session (so a script's kill 0 stays among its own processes), a file-size limit and a
wall-clock limit.
Prints `ok N - ...` / `not ok N - ...` and one `N passed, N failed` line; exit 0, 1, or 77
(skip) when there is no corpus.
"""

import concurrent.futures
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

CRASH_SIGNALS = {signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGFPE, signal.SIGABRT,
                 signal.SIGTRAP, signal.SIGSYS}
SANITIZER_RE = re.compile(rb"ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:")
TIME_LIMIT = 30  # seconds of wall clock per run: generous, for ASan on a loaded machine


def limits():
    """Limits every conch run inherits. Set once here, in this process: a preexec_fn is not
    safe with the worker threads, and a CPU limit here would count this process's own time
    (the wall-clock limit stands in for it)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run(conch, args, cwd):
    """Runs conch ARGS; returns None if it went well, else a one-line reason."""
    env = {"PATH": "", "HOME": cwd, "LC_ALL": "C"}
    for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if k in os.environ:
            env[k] = os.environ[k]
    p = subprocess.Popen([conch] + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         start_new_session=True)
    try:
        _, err = p.communicate(timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return "no end after %d s" % TIME_LIMIT
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)  # background jobs it left behind
        except OSError:
            pass
    m = SANITIZER_RE.search(err)
    if m:
        line = err[max(0, m.start() - 100):m.end() + 200].decode("utf-8", "replace")
        return "sanitizer report: " + " ".join(line.split())[:300]
    if p.returncode < 0 and -p.returncode in CRASH_SIGNALS:
        return "killed by %s" % signal.Signals(-p.returncode).name
    return None


def replay(conch, path):
    """The three runs of one corpus file; returns the list of failures."""
    failures = []
    work = tempfile.mkdtemp(prefix="conch-replay.")
    try:
        for args in (["-n", path], ["--ast", "-n", path]):
            why = run(conch, args, work)
            if why:
                failures.append("conch %s: %s" % (" ".join(args[:-1]), why))
        shutil.copyfile(path, os.path.join(work, "script"))
        why = run(conch, ["script"], work)
        if why:
            failures.append("conch script (sandboxed): %s" % why)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return failures


def main():
    conch = os.environ.get("CONCH")
    if not conch or not os.access(conch, os.X_OK):
        print("Bail out! CONCH must name the conch binary")
        return 99
    conch = os.path.abspath(conch)
    top = os.environ.get("CONCH_SRCDIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = sys.argv[1:]
    if not files:
        corpus = os.path.join(top, "tests", "fuzz", "corpus")
        if not os.path.isdir(corpus):
            print("1..0 # SKIP no corpus at %s" % corpus)
            return 77
        files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
    files = [os.path.abspath(f) for f in files]
    limits()
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(lambda f: (f, replay(conch, f)), files)
        for n, (f, failures) in enumerate(results, 1):
            name = os.path.relpath(f, top) if f.startswith(top) else f
            if failures:
                failed += 1
                print("not ok %d - %s" % (n, name))
                for why in failures:
                    print("#   " + why)
            else:
                passed += 1
                print("ok %d - %s" % (n, name))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
