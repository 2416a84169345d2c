#!/usr/bin/python3
# explain-forced.py — reruns test files with `set -o explain` and explainbrief forced on
# (CONCH_EXPLAIN, read at start-up) and the narration sent to a descriptor nobody reads: the
# narration must change nothing else, so every case must pass exactly as without it.
#
# run-cases and pexpect close inherited descriptors, so CONCH_EXPLAIN_FD names one that is not
# open in the shell (900): every line is still formatted and written; the write fails (EBADF),
# which is as good as /dev/null and cannot land in a descriptor the scripts open themselves.
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
here = os.path.dirname(os.path.abspath(__file__))
FILES = ['exec-compound.t', 'exec-errexit.t', 'exec-fds.t', 'exec-pipeline.t', 'exec-redir.t',
         'exec-simple.t', 'jobs-script.t', 'trap.t', 'pty/jobs-terminal.py',
         'pty/jobs-builtins.py']

passed = failed = 0
status = 0
# The forcing itself must work, or the reruns below would prove nothing.
for mode, want in (('1', '~ fork() = '), ('brief', '~ job (')):
    r = subprocess.run([os.environ['CONCH'], '-c', '(exit 0)'], stdout=subprocess.PIPE,
                       env=dict(os.environ, CONCH_EXPLAIN=mode, CONCH_EXPLAIN_FD='1'))
    if want not in r.stdout.decode(errors='replace'):
        print('FAIL CONCH_EXPLAIN=%s: no %r in %r' % (mode, want, r.stdout[:300]))
        status = 1
        failed += 1
for mode in ('1', 'brief'):
    env = dict(os.environ, CONCH_EXPLAIN=mode, CONCH_EXPLAIN_FD='900')
    for name in FILES:
        path = os.path.join(here, name)
        argv = [sys.executable, path] if name.endswith('.py') else \
            [sys.executable, os.path.join(here, 'run-cases'), path]
        r = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out = r.stdout.decode(errors='replace')
        m = re.search(r'^(\d+) passed, (\d+) failed', out, re.M)
        if r.returncode == 77:
            print('SKIP %s (CONCH_EXPLAIN=%s)' % (name, mode))
            continue
        p, f = (int(m[1]), int(m[2])) if m else (0, 1)
        passed += p
        failed += f
        if r.returncode != 0 or f:
            status = 1
            print('FAIL %s (CONCH_EXPLAIN=%s):\n%s' % (name, mode, out[-3000:]))
        else:
            print('ok   %s (CONCH_EXPLAIN=%s): %d passed' % (name, mode, p))
print('%d passed, %d failed' % (passed, failed))
sys.exit(status)
