#!/usr/bin/python3
# test_history_file.py — the history file ($HISTFILE) shared by interactive shells in real
# pseudo-terminals: appends and start-up trims (HISTFILESIZE) lose no line, the file stays mode
# 0600, a full disk loses nothing already written. Runs under ptylib (pexpect).
import os
import re
import stat
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check  # noqa: E402

OLD = 600      # entries already in the file, which start-up trims may drop
PER_SHELL = 300  # commands each of the two appending shells enters
BATCH = 50     # commands sent before waiting for their output


def entry_lines(path):
    """The lines of a history file that are not '#<seconds>' time lines."""
    with open(path) as f:
        return [l for l in f.read().split('\n') if l and not re.fullmatch(r'#\d+', l)]


def write_entries(path, lines):
    with open(path, 'w') as f:
        for i, line in enumerate(lines):
            f.write('#%d\n%s\n' % (1000000000 + i, line))
    os.chmod(path, 0o600)


def start_trimmer(sh, env):
    """A shell that starts (reading, and trimming, the history file) and leaves at once."""
    e = dict(os.environ, HOME=sh.home, PS1='', **env)
    return subprocess.Popen([sh.conch, '-i', '--norc', '--noprofile'], env=e,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


# Two shells append 300 commands each while other shells start and trim the file to
# HISTFILESIZE=600 again and again. The 600 old entries leave room for every new one, so a
# trim that reads the file, then replaces it after another shell appended, loses lines: all
# 600 new commands must be in the file afterwards, and the file is still mode 0600.
def test_appends_survive_trims(sh):
    path = os.path.join(sh.home, 'shared_history')
    write_entries(path, ['echo old-%04d' % i for i in range(OLD)])
    env = {'HISTFILE': path, 'HISTFILESIZE': str(OLD), 'HISTSIZE': str(OLD)}
    a = ptylib.Shell(env=env)
    b = None
    done = threading.Event()
    trims = [0]

    # Keep three shells starting up (and trimming) until the appends are over.
    def trim_loop():
        running = []
        while not done.is_set() or running:
            running = [t for t in running if t.poll() is None]
            while not done.is_set() and len(running) < 3:
                running.append(start_trimmer(sh, env))
                trims[0] += 1
            time.sleep(0.005)
    thread = threading.Thread(target=trim_loop)
    thread.start()
    try:
        b = ptylib.Shell(env=env)
        for start in range(0, PER_SHELL, BATCH):
            for sh_, tag in ((a, 'a'), (b, 'b')):
                sh_.send(''.join('echo %s-%04d\r' % (tag, i)
                                 for i in range(start, start + BATCH)))
            for sh_, tag in ((a, 'a'), (b, 'b')):
                sh_.expect('\n%s-%04d\r\n' % (tag, start + BATCH - 1), timeout=20)
        for sh_ in (a, b):
            sh_.expect_prompt()
    finally:
        done.set()
        thread.join(timeout=30)
        a.close()
        if b:
            b.close()
    lines = set(entry_lines(path))
    wanted = ['echo %s-%04d' % (tag, i) for tag in 'ab' for i in range(PER_SHELL)]
    lost = [w for w in wanted if w not in lines]
    print('     %d start-up trims; lost %d of %d lines' % (trims[0], len(lost), len(wanted)))
    check(not lost, 'lost %d of %d lines, e.g. %r' % (len(lost), len(wanted), lost[:5]))
    check('echo old-0000' not in lines, 'no start-up trim happened')
    mode = stat.S_IMODE(os.stat(path).st_mode)
    check(mode == 0o600, 'mode %o' % mode)


def main():
    ptylib.main(globals())


if __name__ == '__main__':
    main()
