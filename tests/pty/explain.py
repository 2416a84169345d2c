#!/usr/bin/python3
# explain.py — `set -o explain` and `set -o explainbrief` (conch) at a real terminal: every line
# that names a system call is checked against the kernel, through strace and /proc/PID/stat.
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check, stat, wait_until, Skip  # noqa: E402

CTRL_C, CTRL_Z = '\x03', '\x1a'
EXPLAIN_FD = '7'
TRACE = 'process,pipe,pipe2,setpgid,ioctl,dup2,dup3,kill,wait4,execve'


# ---- The narration, as keys to compare ---------------------------------------------------------
# A key is what must agree between a `~` line and the kernel: the call's name and its key
# arguments (fds, pids, groups, signals, the program and its argv). Results beyond those are
# left to the reason column.

LINE = re.compile(r'^~ (?:\[(\d+)\] )?(.*)$')
WAIT_WORDS = {'exited': 'exited', 'killed': 'killed', 'stopped': 'stopped', 'continued': 'continued'}


def narration_key(call):
    m = re.match(r'pipe\(\) = \[(\d+), (\d+)\]', call)
    if m:
        return ('pipe', int(m[1]), int(m[2]))
    m = re.match(r'(v?fork)\(\) = (\d+)', call)
    if m:
        return (m[1], int(m[2]))
    m = re.match(r'setpgid\((\d+), (\d+)\)', call)
    if m:
        return ('setpgid', int(m[1]), int(m[2]))
    m = re.match(r'tcsetpgrp\(tty, (\d+)\)', call)
    if m:
        return ('tcsetpgrp', int(m[1]))
    m = re.match(r'dup2\((\d+), (\d+)\)', call)
    if m:
        return ('dup2', int(m[1]), int(m[2]))
    m = re.match(r'execve\(("(?:[^"\\]|\\.)*"), \[(.*)\]\)$', call)
    if m:
        return ('execve', m[1], tuple(re.findall(r'"(?:[^"\\]|\\.)*"', m[2])))
    m = re.match(r'waitpid = (\d+) (exited (\d+)|killed by (SIG\w+)|stopped by (SIG\w+)|continued)',
                 call)
    if m:
        what = m[2].split()[0]
        detail = m[3] or m[4] or m[5] or ''
        return ('wait', int(m[1]), what, detail)
    if call.startswith('tcgetattr(tty)'):
        return ('tcgetattr',)
    if call.startswith('tcsetattr(tty, TCSADRAIN'):
        return ('tcsetattr',)
    m = re.match(r'kill\((-?\d+), (SIG\w+|\d+)\)', call)
    if m:
        return ('kill', int(m[1]), m[2])
    return None  # a note, SIGCHLD received, a job line: no call to check


def read_narration(path, shell_pid):
    """[(pid, key, line)] for every `~` line that names a call."""
    out = []
    with open(path) as f:
        for line in f:
            m = LINE.match(line.rstrip('\n'))
            if not m:
                continue
            key = narration_key(m[2])
            if key:
                out.append((int(m[1]) if m[1] else shell_pid, key, line.rstrip()))
    return out


# ---- strace's log, as keys ------------------------------------------------------------------------
# Tolerant of strace's layout: calls split by `<unfinished ...>` / `<... resumed>` are joined,
# ioctl requests may be shown under several names ("SNDCTL_TMR_STOP or TCSETSW").

def strace_events(path):
    pending, events = {}, {}
    with open(path) as f:
        for raw in f:
            m = re.match(r'^(\d+) +(.*)$', raw.rstrip('\n'))
            if not m:
                continue
            pid, rest = int(m[1]), m[2]
            if rest.endswith('<unfinished ...>'):
                pending[pid] = rest[:-len('<unfinished ...>')].rstrip()
                continue
            r = re.match(r'^<\.\.\. \w+ resumed>(.*)$', rest)
            if r:
                rest = pending.pop(pid, '') + r[1]
            key = strace_key(rest)
            if key:
                events.setdefault(pid, []).append(key)
    return events


def strace_key(s):
    m = re.match(r'(\w+)\((.*)\) += (-?\d+)', s)
    if not m:
        return None
    name, args, result = m[1], m[2], int(m[3])
    if name in ('pipe', 'pipe2'):
        p = re.match(r'\[(\d+), (\d+)\]', args)
        return ('pipe', int(p[1]), int(p[2])) if p else None
    if name in ('fork', 'vfork', 'clone', 'clone3') and result > 0:
        # glibc's fork is a clone without CLONE_VM; vfork (or a clone with CLONE_VFORK) lends
        # the child the parent's memory: the narration must say which.
        return ('vfork' if name == 'vfork' or 'CLONE_VFORK' in args else 'fork', result)
    if name == 'setpgid':
        p = re.match(r'(\d+), (\d+)', args)
        return ('setpgid', int(p[1]), int(p[2]))
    if name in ('dup2', 'dup3'):
        p = re.match(r'(\d+), (\d+)', args)
        return ('dup2', int(p[1]), int(p[2]))
    if name == 'execve':
        p = re.match(r'("(?:[^"\\]|\\.)*"), \[(.*?)\]', args)
        return ('execve', p[1], tuple(re.findall(r'"(?:[^"\\]|\\.)*"', p[2]))) if p else None
    if name == 'ioctl':
        if 'TIOCSPGRP' in args:
            p = re.search(r'TIOCSPGRP, \[(\d+)\]', args)
            return ('tcsetpgrp', int(p[1]))
        if re.search(r'\bTCGETS\b', args):
            return ('tcgetattr',)
        if re.search(r'\bTCSETSW\b', args):
            return ('tcsetattr',)
        return None
    if name == 'kill':
        p = re.match(r'(-?\d+), (SIG\w+|\d+)', args)
        return ('kill', int(p[1]), p[2])
    if name == 'wait4' and result > 0:
        if 'WIFEXITED' in args:
            p = re.search(r'WEXITSTATUS\(s\) == (\d+)', args)
            return ('wait', result, 'exited', p[1])
        for what, field in (('killed', 'WTERMSIG'), ('stopped', 'WSTOPSIG')):
            p = re.search(field + r'\(s\) == (SIG\w+)', args)
            if p:
                return ('wait', result, what, p[1])
        if 'WIFCONTINUED' in args:
            return ('wait', result, 'continued', '')
    return None


def check_subsequence(narration, events):
    """Per process, the narrated calls must be an ordered subsequence of the traced ones."""
    pos = {}
    for pid, key, line in narration:
        seq = events.get(pid, [])
        i = pos.get(pid, 0)
        while i < len(seq) and seq[i] != key:
            i += 1
        check(i < len(seq), 'not in strace for pid %d (in this order): %r\n  strace saw: %r'
              % (pid, line, seq[pos.get(pid, 0):pos.get(pid, 0) + 12]))
        pos[pid] = i + 1


# ---- The session ------------------------------------------------------------------------------------

def lines(path):
    with open(path) as f:
        return [l.rstrip('\n') for l in f]


def wait_line(path, pattern, what):
    return wait_until(lambda: next((m for m in (re.search(pattern, l) for l in lines(path)) if m),
                                   None), what)


def sample_session(sh, log):
    """`sleep 100 | cat`, ^Z, bg, kill %1; then `sleep 100` and ^C. Each claim of the narration
    about groups, the terminal and states is checked against /proc and $? as it happens."""
    sh.run('set -o explain')
    shell_pgrp = sh.st()['pgrp']
    sh.send('sleep 100 | cat\r')
    sleep, cat = sh.wait_foreground('sleep')[0], sh.wait_foreground('cat')[0]
    pg = sleep['pid']
    # "setpgid(SLEEP, SLEEP)", "setpgid(CAT, SLEEP)", "tcsetpgrp(tty, SLEEP)": the kernel agrees.
    wait_line(log, r'^~ setpgid\(%d, %d\)' % (sleep['pid'], pg), 'setpgid of sleep narrated')
    wait_line(log, r'^~ setpgid\(%d, %d\)' % (cat['pid'], pg), 'setpgid of cat narrated')
    wait_line(log, r'^~ (\[\d+\] )?tcsetpgrp\(tty, %d\)' % pg, 'tcsetpgrp narrated')
    check(stat(sleep['pid'])['pgrp'] == pg and stat(cat['pid'])['pgrp'] == pg,
          'the pipeline is not in group %d' % pg)
    check(sh.tpgid() == pg, 'tpgid %d, narrated %d' % (sh.tpgid(), pg))
    wait_line(log, r'^~ \[%d\] execve\("/\S*sleep", \["sleep", "100"\]\)' % sleep['pid'],
              'execve of sleep narrated')
    # Both stages are utilities alone: vfork, the child joining the group and taking the
    # terminal itself (the strace test checks that the kernel saw vfork for these pids).
    for p in (sleep, cat):
        wait_line(log, r'^~ vfork\(\) = %d ' % p['pid'], 'vfork of %s narrated' % p['comm'])
        wait_line(log, r'^~ \[%d\] setpgid\(0, %d\)' % (p['pid'], pg),
                  'setpgid in the child %s narrated' % p['comm'])
    wait_line(log, r'^~ \[%d\] tcsetpgrp\(tty, %d\)' % (sleep['pid'], pg),
              'tcsetpgrp in the child narrated')

    sh.send(CTRL_Z)
    sh.expect(r'\[1\]\+  Stopped')
    sh.expect_prompt()
    for p in (sleep['pid'], cat['pid']):
        wait_line(log, r'^~ waitpid = %d stopped by SIGTSTP' % p, 'the stop of %d narrated' % p)
        check(stat(p)['state'] in 'Tt', 'pid %d narrated stopped, state %s' % (p, stat(p)['state']))
    wait_line(log, r"^~ tcgetattr\(tty\) saved as job 1's modes", 'tcgetattr narrated')
    wait_line(log, r'^~ tcsetpgrp\(tty, %d\)' % shell_pgrp, 'the terminal given back narrated')
    check(sh.tpgid() == shell_pgrp, 'terminal not back to the shell: tpgid %d' % sh.tpgid())
    check(sh.value('echo $?') == '148', '$? after ^Z is not 128+SIGTSTP')

    sh.run('bg')
    wait_line(log, r'^~ kill\(-%d, SIGCONT\)' % pg, 'bg narrated')
    for p in (sleep['pid'], cat['pid']):
        wait_line(log, r'^~ waitpid = %d continued' % p, 'the continue of %d narrated' % p)
        sh.wait_state(p, 'SR', 'pid %d narrated continued' % p)
    check(sh.tpgid() == shell_pgrp, 'bg gave the terminal away')

    sh.run('kill %1')
    wait_line(log, r'^~ kill\(-%d, SIGTERM\)' % pg, 'kill %1 narrated')
    for p in (sleep['pid'], cat['pid']):
        wait_until(lambda: not ptylib.alive(p) or
                   any(re.match(r'^~ waitpid = %d killed by SIGTERM' % p, l) for l in lines(log)),
                   'pid %d killed' % p)
    sh.run('')  # the prompt reaps and reports
    for p in (sleep['pid'], cat['pid']):
        wait_line(log, r'^~ waitpid = %d killed by SIGTERM' % p, 'the kill of %d narrated' % p)
        check(stat(p) is None, 'pid %d narrated reaped but still there' % p)

    # A builtin stage needs a copy of the shell: fork; the utility after it: vfork.
    out = sh.run('echo x | cat; echo "pipe=$?"')
    check('pipe=0' in out, 'echo x | cat failed: %r' % out)
    forks = [l for l in lines(log) if re.match(r'^~ v?fork\(\)', l)]
    check(re.match(r'^~ fork\(\)', forks[-2]) and re.match(r'^~ vfork\(\)', forks[-1]),
          'echo x | cat not narrated as fork then vfork: %r' % forks[-2:])

    sh.send('sleep 100\r')
    kid = sh.wait_foreground('sleep')[0]
    sh.send(CTRL_C)
    sh.expect_prompt()
    wait_line(log, r'^~ waitpid = %d killed by SIGINT' % kid['pid'], '^C narrated')
    check(sh.value('echo $?') == '130', '$? after ^C is not 130')
    check(stat(kid['pid']) is None, 'sleep narrated reaped but still there')


def temp_log():
    fd, path = tempfile.mkstemp(prefix='conch-explain-')
    os.close(fd)
    return path


def strace_usable():
    if not shutil.which('strace'):
        return 'strace is not installed (Debian: apt-get install strace)'
    r = subprocess.run(['strace', '-f', '-o', '/dev/null', 'true'], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    if r.returncode != 0:
        return 'strace cannot trace here (ptrace not permitted?): ' + \
            r.stderr.decode(errors='replace').strip()[:200]
    return None


# The shell writes its narration to fd 7, opened on LOG by the wrapper before it starts.
LOG, TRACE_LOG = temp_log(), temp_log()
NO_STRACE = strace_usable()
ENV = {'CONCH_EXPLAIN_FD': EXPLAIN_FD}
WRAP = ['/bin/sh', '-c', 'exec 7>"$0"; exec "$@"', LOG]
STRACE = ['strace', '-f', '-s', '256', '-o', TRACE_LOG, '-e', 'trace=' + TRACE]


# The narration's claims checked against /proc and $? (no strace needed).
@ptylib.shell_args(env=ENV, wrap=WRAP)
def test_explain_matches_proc(sh):
    sample_session(sh, LOG)


# Every `~` line naming a call is in strace's log, for the same pid, with the same key
# arguments, in the same order per process.
@ptylib.shell_args(env=ENV, wrap=WRAP + ([] if NO_STRACE else STRACE))
def test_explain_matches_strace(sh):
    if NO_STRACE:
        raise Skip(NO_STRACE)
    shell_pid = sh.pid
    sample_session(sh, LOG)
    sh.send('exit\r')
    sh.p.expect(ptylib.pexpect.EOF)
    narration = read_narration(LOG, shell_pid)
    kinds = {k[0] for _, k, _ in narration}
    check(kinds >= {'pipe', 'fork', 'vfork', 'setpgid', 'tcsetpgrp', 'dup2', 'execve', 'wait',
                    'tcgetattr', 'tcsetattr', 'kill'}, 'calls missing from the narration: %r'
          % kinds)
    check(any(pid != shell_pid for pid, _, _ in narration), 'no line from a child')
    check_subsequence(narration, strace_events(TRACE_LOG))


# explainbrief: the job's story only, one line per change of state.
@ptylib.shell_args(env=ENV, wrap=WRAP)
def test_explainbrief(sh):
    log = LOG
    sh.run('set -o explainbrief')
    sh.send('sleep 100 | cat\r')
    sleep, cat = sh.wait_foreground('sleep')[0], sh.wait_foreground('cat')[0]
    pg = sleep['pid']
    wait_line(log, r'^~ job \(pgid %d: sleep %d, cat %d\) started in the foreground; it owns '
              r'the terminal$' % (pg, sleep['pid'], cat['pid']), 'the start')
    sh.send(CTRL_Z)
    sh.expect(r'\[1\]\+  Stopped')
    sh.expect_prompt()
    wait_line(log, r'^~ job 1 stopped by SIGTSTP \(\^Z\); the shell owns the terminal$',
              'the stop')
    sh.run('bg')
    wait_line(log, r'^~ job 1 continued in the background$', 'bg')
    sh.run('kill %1')
    wait_until(lambda: not ptylib.alive(pg), 'sleep to die')
    sh.run('')
    wait_line(log, r'^~ job 1 finished: killed by SIGTERM$', 'the end')
    check(not any(re.match(r'^~ (\[\d+\] )?(fork|setpgid|waitpid)', l) for l in lines(log)),
          'explainbrief printed calls')


try:
    ptylib.main(globals())
finally:
    os.unlink(LOG)
    os.unlink(TRACE_LOG)
