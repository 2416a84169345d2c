# ptylib.py — drives `conch -i` in a real pseudo-terminal (pexpect) for the job-control tests
# (XCU 2.11), and reads the kernel's view of its processes from /proc/PID/stat.
#
# A test file imports this module, defines test_* functions taking a Shell, and ends with
# `ptylib.main(globals())`. Each test gets a fresh shell in its own session (pexpect makes the
# shell a session leader with the pty as its controlling terminal); afterwards every process of
# that session is killed, so nothing outlives a test. Exit status: 0 all passed, 1 a failure,
# 77 when pexpect is missing (automake's SKIP); the last line is "N passed, N failed".
import os
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback

sys.dont_write_bytecode = True

try:
    import pexpect
except ImportError:
    # The python3 first in PATH may lack pexpect while the system's has it (Debian:
    # python3-pexpect): try that one before giving up.
    if os.path.exists('/usr/bin/python3') and os.path.realpath(sys.executable) != \
            os.path.realpath('/usr/bin/python3') and not os.environ.get('CONCH_PTY_REEXEC'):
        os.environ['CONCH_PTY_REEXEC'] = '1'
        os.execv('/usr/bin/python3', ['/usr/bin/python3'] + sys.argv)
    print('SKIP: the pty tests need the pexpect module (Debian: apt-get install python3-pexpect)')
    sys.exit(77)

PROMPT = 'PROMPT$ '
TIMEOUT = 5  # seconds for any single expectation
ESCAPES = re.compile(r'\x1b(\[[0-9;?]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>78])')


class Failure(Exception):
    pass


class Skip(Exception):
    """Raised by a test that cannot run here (say why); it counts neither as passed nor failed."""


def check(cond, what):
    if not cond:
        raise Failure(what)


# ---- /proc ------------------------------------------------------------------------------------

def stat(pid):
    """The fields of /proc/PID/stat we need, or None if the process is gone."""
    try:
        with open('/proc/%d/stat' % pid) as f:
            data = f.read()
    except (FileNotFoundError, ProcessLookupError):
        return None
    comm = data[data.index('(') + 1:data.rindex(')')]
    rest = data[data.rindex(')') + 2:].split()
    return {'pid': pid, 'comm': comm, 'state': rest[0], 'ppid': int(rest[1]),
            'pgrp': int(rest[2]), 'session': int(rest[3]), 'tty_nr': int(rest[4]),
            'tpgid': int(rest[5])}


def all_procs():
    out = []
    for name in os.listdir('/proc'):
        if name.isdigit():
            st = stat(int(name))
            if st:
                out.append(st)
    return out


def children(pid):
    return [p for p in all_procs() if p['ppid'] == pid]


def session_procs(sid):
    return [p for p in all_procs() if p['session'] == sid]


def wait_until(pred, what, timeout=TIMEOUT):
    """Polls pred() every 20 ms until it returns something true; fails after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        r = pred()
        if r:
            return r
        if time.monotonic() > deadline:
            raise Failure('timed out waiting for ' + what)
        time.sleep(0.02)


def alive(pid):
    st = stat(pid)
    return st is not None and st['state'] not in ('Z', 'X')


# ---- The shell --------------------------------------------------------------------------------

class Shell:
    def __init__(self, args=(), env=None, wrap=None):
        self.conch = os.environ.get('CONCH')
        check(self.conch and os.access(self.conch, os.X_OK), 'CONCH must name the shell to test')
        self.home = tempfile.mkdtemp(prefix='conch-pty-')
        # Readline: no bracketed-paste sequences around every line.
        with open(os.path.join(self.home, 'inputrc'), 'w') as f:
            f.write('set enable-bracketed-paste off\n')
        e = {'HOME': self.home, 'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
             'TERM': 'dumb', 'PS1': PROMPT, 'PS2': '> ', 'LC_ALL': 'C',
             'INPUTRC': os.path.join(self.home, 'inputrc'),
             'CONCH_SYSRC': ''}  # no system-wide conchrc (an installed one sets PS1)
        # CONCH_EXPLAIN*: tests/explain-forced.py reruns these files with the narration on.
        for k in ('ASAN_OPTIONS', 'UBSAN_OPTIONS', 'LSAN_OPTIONS', 'CONCH_EXPLAIN',
                  'CONCH_EXPLAIN_FD'):
            if k in os.environ:
                e[k] = os.environ[k]
        if env:
            e.update(env)
        argv = ['-i', '--norc', '--noprofile'] + list(args)
        # wrap: a command (strace...) that runs the shell as its child; self.pid is the shell's.
        prog, argv = (wrap[0], list(wrap[1:]) + [self.conch] + argv) if wrap else (self.conch, argv)
        self.p = pexpect.spawn(prog, argv, env=e, cwd=self.home, encoding='utf-8',
                               codec_errors='replace', timeout=TIMEOUT, dimensions=(24, 250))
        self.sid = self.pid = self.p.pid
        self.log = []
        self.expect_prompt()
        if wrap:
            self.pid = wait_until(lambda: next((c['pid'] for c in session_procs(self.sid)
                                                if c['comm'] == 'conch'), None), 'the shell')

    # Everything the shell wrote, for failure messages.
    def transcript(self):
        pending = self.p.buffer if isinstance(self.p.buffer, str) else ''
        return self.clean(''.join(self.log) + pending)

    @staticmethod
    def clean(text):
        """Terminal output as plain text: escape sequences (bracketed paste...) removed, line
        ends as LF."""
        text = ESCAPES.sub('', text)
        return text.replace('\r\n', '\n').replace('\r', '')

    def expect(self, pattern, timeout=TIMEOUT):
        try:
            self.p.expect(pattern, timeout=timeout)
        except (pexpect.TIMEOUT, pexpect.EOF) as e:
            raise Failure('expected %r, got %r (%s)' % (pattern, self.p.before, type(e).__name__))
        self.log.append(self.p.before + (self.p.after if isinstance(self.p.after, str) else ''))
        return self.p.before

    def expect_prompt(self, timeout=TIMEOUT):
        return self.expect(re.escape(PROMPT), timeout)

    def send(self, text):
        self.p.send(text)

    def run(self, line, timeout=TIMEOUT):
        """Sends a command line, waits for the next prompt; returns the output in between
        (the echoed line removed, CR LF turned into LF)."""
        self.send(line + '\r')
        out = self.clean(self.expect_prompt(timeout))
        # The terminal echoes the line first (Readline may redraw it with \r).
        first, _, rest = out.partition('\n')
        return rest

    def value(self, line):
        """Runs line and returns its output's last non-empty line, stripped."""
        lines = [l for l in self.run(line).split('\n') if l.strip()]
        check(lines, 'no output from %r' % line)
        return lines[-1].strip()

    # The kernel's view.
    def st(self):
        s = stat(self.pid)
        check(s is not None, 'the shell is gone')
        return s

    def tpgid(self):
        return self.st()['tpgid']

    def wait_foreground(self, comm, count=1):
        """Waits until `count` processes named comm, children of the shell, run in the process
        group that owns the terminal; returns their stats."""
        def ready():
            fg = self.tpgid()
            kids = [c for c in children(self.pid) if c['comm'] == comm and c['pgrp'] == fg]
            return kids if len(kids) >= count else None
        return wait_until(ready, '%d foreground %s' % (count, comm))

    def wait_state(self, pid, states, what=None):
        return wait_until(lambda: (stat(pid) or {'state': 'gone'})['state'] in states,
                          what or 'pid %d in state %s' % (pid, states))

    def close(self):
        sid = self.sid
        for p in session_procs(sid):
            try:
                os.kill(p['pid'], signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            self.p.close(force=True)
        except Exception:
            pass
        # Every process of the session must be gone (orphans are reaped by init).
        try:
            wait_until(lambda: not [p for p in session_procs(sid) if p['state'] != 'Z'],
                       'the session to end', 2)
        except Failure:
            pass
        shutil.rmtree(self.home, ignore_errors=True)


# ---- Running tests ------------------------------------------------------------------------------

def main(namespace):
    tests = [(n, f) for n, f in namespace.items() if n.startswith('test_') and callable(f)]
    tests.sort(key=lambda t: t[1].__code__.co_firstlineno)
    only = sys.argv[1:]
    passed = failed = 0
    for name, fn in tests:
        if only and name not in only:
            continue
        sh = None
        start = time.monotonic()
        try:
            sh = Shell(**getattr(fn, 'shell_args', {}))
            fn(sh)
            print('ok   %s (%.2fs)' % (name, time.monotonic() - start))
            passed += 1
        except Skip as e:
            print('SKIP %s: %s' % (name, e))
        except Exception as e:
            failed += 1
            print('FAIL %s: %s' % (name, e))
            if not isinstance(e, Failure):
                traceback.print_exc(file=sys.stdout)
            if sh:
                print('  transcript: %r' % sh.transcript()[-1500:])
        finally:
            if sh:
                sh.close()
        sys.stdout.flush()
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


def shell_args(**kw):
    """Decorator: arguments for this test's Shell (args=[...], env={...})."""
    def wrap(fn):
        fn.shell_args = kw
        return fn
    return wrap
