#!/usr/bin/python3
# teach.py — the teaching aids at a real terminal (conch mode): ptree's rows against /proc read at
# the same moment, a stopped job, the shell's signal masks (ptree -s), and set -o lazyreap.
import os
import re
import signal
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check, stat, children, wait_until  # noqa: E402

CTRL_Z = '\x1a'
WORDS = {'R': 'running', 'S': 'sleeping', 'D': 'disk-sleep', 'T': 'stopped', 't': 'traced',
         'Z': 'zombie', 'I': 'idle'}


def ptree_rows(out):
    """ptree's table as {pid: row}: the columns PID PPID PGID SID TPGID STATE(letter, word) JOB
    and the rest of the line (the tree and the command)."""
    rows = {}
    for line in out.split('\n'):
        t = line.split()
        if len(t) < 9 or not t[0].isdigit():
            continue
        rows[int(t[0])] = {'ppid': int(t[1]), 'pgrp': int(t[2]), 'session': int(t[3]),
                           'tpgid': int(t[4]), 'state': t[5], 'word': t[6], 'job': t[7],
                           'rest': ' '.join(t[8:]), 'line': line}
    return rows


def same_as_proc(rows, pid, running_self=False):
    """Compares ptree's row for pid with /proc/PID/stat, column by column. running_self: pid
    is the shell, which was running (R) while it read /proc and sleeps at the prompt now."""
    st = stat(pid)
    check(st is not None, 'pid %d is gone' % pid)
    row = rows.get(pid)
    check(row is not None, 'ptree shows no row for %d' % pid)
    if running_self:
        check(row['state'] == 'R', 'the shell reading /proc is not R: %s' % row['line'])
    for col in ('ppid', 'pgrp', 'session', 'tpgid') + (() if running_self else ('state',)):
        check(row[col] == st[col], 'pid %d: ptree says %s %r, /proc says %r (%s)'
              % (pid, col, row[col], st[col], row['line']))
    check(row['word'] == WORDS.get(row['state']), 'state word: %s' % row['line'])
    return row


def sleeping_pipeline(sh):
    sh.run('sleep 100 | cat &')
    kids = wait_until(lambda: (lambda k: k if len(k) == 2 and all(c['state'] == 'S' for c in k)
                               else None)([c for c in children(sh.pid)
                                           if c['comm'] in ('sleep', 'cat')]),
                      'sleep and cat to sleep')
    return kids


# `sleep 100 | cat &`: ptree shows both, in one process group as /proc says, state S, job [1];
# the shell is the session leader and owns the terminal while it runs ptree.
def test_ptree_pipeline_matches_proc(sh):
    kids = sleeping_pipeline(sh)
    rows = ptree_rows(sh.run('ptree'))
    shell = same_as_proc(rows, sh.pid, running_self=True)
    check('[session leader]' in shell['rest'], 'shell not marked as session leader')
    check('[owns the terminal]' in shell['rest'], 'shell not marked as owning the terminal')
    pgids = set()
    for k in kids:
        row = same_as_proc(rows, k['pid'])
        check(row['state'] == 'S' and row['job'] == '[1]', 'row: %s' % row['line'])
        check('\\_ ' + k['comm'] in row['rest'], 'not drawn under the shell: %s' % row['line'])
        pgids.add(row['pgrp'])
    check(len(pgids) == 1 and pgids != {sh.pid}, 'the pipeline is not one group of its own')
    sh.run('kill %1')


# A job stopped with ^Z is T in ptree, as in /proc; the shell owns the terminal again.
def test_ptree_stopped_job(sh):
    sh.send('sleep 100\r')
    (k,) = sh.wait_foreground('sleep')
    sh.send(CTRL_Z)
    sh.expect_prompt()
    sh.wait_state(k['pid'], 'T')
    rows = ptree_rows(sh.run('ptree'))
    row = same_as_proc(rows, k['pid'])
    check(row['state'] == 'T' and row['word'] == 'stopped', 'row: %s' % row['line'])
    check(row['tpgid'] == sh.pid, 'the shell does not own the terminal')
    check('[owns the terminal]' not in row['rest'], 'a stopped job marked as owning the terminal')
    sh.run('kill -KILL %1')


def mask_names(mask):
    names = []
    for n in range(1, 65):
        if mask & (1 << (n - 1)):
            try:
                names.append(signal.Signals(n).name[3:])
            except ValueError:
                names.append(None)
    return names


# ptree -s: the shell's ignored and caught signals, by name, are the bits of SigIgn and SigCgt in
# /proc/PID/status (an interactive shell with job control ignores QUIT, TERM, TSTP, TTIN, TTOU).
def test_ptree_signal_masks(sh):
    out = sh.run('ptree -s $$')
    with open('/proc/%d/status' % sh.pid) as f:
        status = dict(l.split(':', 1) for l in f.read().split('\n') if ':' in l)
    for key in ('SigIgn', 'SigCgt', 'SigBlk'):
        m = re.search(r'^\s*%s \S+(?: \S+)?\s+(.*)$' % key, out, re.M)
        check(m, 'no %s line in %r' % (key, out))
        shown = m.group(1).split() if m.group(1).strip() != '-' else []
        want = [n for n in mask_names(int(status[key].strip(), 16)) if n]
        # Python names real-time signals differently, and not at all those that glibc keeps
        # for itself (32, 33): compare the standard ones.
        shown = [n for n in shown if not n.startswith('RT') and not n.isdigit()]
        want = [n for n in want if not n.startswith('RT')]
        check(shown == want, '%s: ptree %r, /proc %r' % (key, shown, want))
    ign = re.search(r'SigIgn \S+\s+(.*)', out).group(1).split()
    for name in ('QUIT', 'TERM', 'TSTP', 'TTIN', 'TTOU'):
        check(name in ign, '%s not ignored: %r' % (name, ign))


# set -o lazyreap: a finished background job is a zombie child of the shell (ptree marks it
# <defunct>) across prompts, until `jobs` reaps and reports it.
def test_lazyreap_zombie_until_jobs(sh):
    sh.run('set -o lazyreap')
    out = sh.run('sleep 0 &')
    pid = int(re.search(r'\[1\] (\d+)', out).group(1))
    sh.wait_state(pid, 'Z')
    sh.run('')
    st = stat(pid)
    check(st and st['state'] == 'Z' and st['ppid'] == sh.pid, 'not a zombie of the shell: %r' % st)
    row = same_as_proc(ptree_rows(sh.run('ptree')), pid)
    check('<defunct>' in row['rest'] and ('parent %d' % sh.pid) in row['rest'],
          'zombie not explained: %s' % row['line'])
    out = sh.run('jobs')
    check('Done' in out, 'jobs does not report it: %r' % out)
    check(stat(pid) is None, 'still there after jobs')


# ptree -v: a guided reading of /proc/PID/stat, with the values /proc holds.
def test_ptree_guided_stat(sh):
    out = sh.run('ptree -v $$')
    st = stat(sh.pid)
    for field, key in (('ppid', 'ppid'), ('pgrp', 'pgrp'), ('session', 'session'),
                       ('tpgid', 'tpgid')):
        m = re.search(r'\b%s\s+(-?\d+)' % field, out)
        check(m and int(m.group(1)) == st[key], '%s: %r' % (field, out))
    check(re.search(r'state\s+S\s+sleeping|state\s+R\s+running', out), 'state: %r' % out)


ptylib.main(globals())
