#!/usr/bin/python3
# test_history_file.py — the history file ($HISTFILE) shared by interactive shells in real
# pseudo-terminals: appends and start-up trims (HISTFILESIZE) lose no line, the file stays mode
# 0600, a full disk loses nothing already written. Runs under ptylib (pexpect).
import os
import errno
import re
import shutil
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
    statuses = set()

    # Keep three shells starting up (and trimming) until the appends are over.
    def trim_loop():
        running = []
        while not done.is_set() or running:
            statuses.update(t.returncode for t in running if t.poll() is not None)
            running = [t for t in running if t.returncode is None]
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
    check(statuses == {0}, 'exit statuses of the starting shells: %r' % statuses)
    check('echo old-0000' not in lines, 'no start-up trim happened')
    mode = stat.S_IMODE(os.stat(path).st_mode)
    check(mode == 0o600, 'mode %o' % mode)


def mount_tmpfs(size):
    """A fresh tmpfs of that size (root only): a disk that can be filled in a moment."""
    d = tempfile.mkdtemp(prefix='conch-full-')
    try:
        r = subprocess.run(['mount', '-t', 'tmpfs', '-o', 'size=' + size, 'tmpfs', d],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True)
        why = r.stdout.strip() if r.returncode else None
    except OSError as e:
        why = str(e)
    if why is not None:
        os.rmdir(d)
        raise ptylib.Skip('a full disk needs `mount -t tmpfs` (root): ' + (why or 'refused'))
    return d


def fill(d):
    with open(os.path.join(d, 'filler'), 'wb', buffering=0) as f:
        for size in (4096, 1):
            try:
                while True:
                    f.write(b'x' * size)
            except OSError as e:
                if e.errno != errno.ENOSPC:
                    raise


# A full disk: the start-up trim cannot write its new file, so the file keeps every line it
# had; an append fails too and leaves no half entry. Both are reported, the shell goes on, and
# once there is room again the next command is appended as usual.
def test_full_disk(sh):
    d = mount_tmpfs('64k')
    other = None
    try:
        path = os.path.join(d, 'hist')
        # 4096 bytes, one page of tmpfs: an append needs a new page, and there is none.
        kept = ['echo keep-%03d' % i for i in range(50)]
        write_entries(path, kept)
        pad = 4096 - os.path.getsize(path) - len('#1000000050\n: \n')
        kept.append(': ' + 'x' * pad)
        write_entries(path, kept)
        check(os.path.getsize(path) == 4096, 'size %d' % os.path.getsize(path))
        with open(path) as f:
            before = f.read()
        fill(d)
        other = ptylib.Shell(env={'HISTFILE': path, 'HISTFILESIZE': '10'})
        out = other.transcript()
        check(re.search(r'conch: history: .*hist: cannot trim.*: No space left on device', out),
              'no message about the failed trim: %r' % out)
        with open(path) as f:
            check(f.read() == before, 'the file changed although the trim failed')
        out = other.run('echo during')
        check('during' in out and 'cannot append: No space left on device' in out,
              'no message about the failed append: %r' % out)
        with open(path) as f:
            check(f.read() == before, 'a failed append left part of an entry')
        os.unlink(os.path.join(d, 'filler'))
        check(other.run('echo after') == 'after\n', 'the shell goes on')
        check(entry_lines(path) == kept + ['echo after'],
              'after: %r' % entry_lines(path)[-3:])
        check(sorted(os.listdir(d)) == ['hist'], 'left behind: %r' % os.listdir(d))
    finally:
        if other:
            other.close()
        if subprocess.call(['umount', d]) != 0:
            subprocess.call(['umount', '-l', d])
        shutil.rmtree(d, ignore_errors=True)


def main():
    ptylib.main(globals())


if __name__ == '__main__':
    main()
