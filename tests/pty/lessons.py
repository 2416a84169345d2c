#!/usr/bin/python3
# lessons.py — the lessons of doc/LESSONS.md that need a terminal (^Z, ^C, closing the window),
# typed into `conch -i` in a pty; what each lesson says the learner sees is checked in /proc.
# The scripted lessons are tests/lessons.t; tests/lessons-doc.py keeps both in step with the doc.
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check, stat, alive, wait_until  # noqa: E402

CTRL_C, CTRL_Z = '\x03', '\x1a'


def test_lesson_12_process_groups_and_the_terminal(sh):
    """Lesson 12: process groups and the terminal."""
    sh.send('sleep 100 | cat\r')
    kids = sh.wait_foreground('sleep') + sh.wait_foreground('cat')
    group = kids[0]['pgrp']
    check(all(k['pgrp'] == group for k in kids) and group != sh.pid, 'not one group of its own')
    check(sh.tpgid() == group, 'the job does not own the terminal')
    sh.send(CTRL_Z)
    sh.expect_prompt()
    for k in kids:
        sh.wait_state(k['pid'], 'T')
    check(sh.tpgid() == sh.pid, 'the shell did not take the terminal back')
    out = sh.run('jobs -v')
    for k in kids:
        check(re.search(r'%d: pgid %d, /proc state T, last status: stopped by SIGTSTP'
                        % (k['pid'], group), out), 'jobs -v: %r' % out)
    out = sh.run('ptree')
    for k in kids:
        check(re.search(r'^\s*%d\s+%d\s+%d\s+%d\s+%d T stopped\s+\[1\]'
                        % (k['pid'], sh.pid, group, sh.pid, sh.pid), out, re.M),
              'ptree row of %d: %r' % (k['pid'], out))
    sh.run('bg')
    for k in kids:
        sh.wait_state(k['pid'], 'S')
    check(sh.tpgid() == sh.pid, 'bg gave the job the terminal')
    sh.send('fg\r')
    wait_until(lambda: sh.tpgid() == group, 'fg to give the job the terminal')
    sh.send(CTRL_C)
    sh.expect_prompt()
    for k in kids:
        wait_until(lambda: not alive(k['pid']), '^C to reach %s' % k['comm'])


def test_lesson_13_closing_a_terminal_sends_sighup(sh):
    """Lesson 13: closing a terminal sends SIGHUP."""
    out = sh.run('sleep 100 &')
    pid = int(re.search(r'\[1\] (\d+)', out).group(1))
    check(alive(pid), 'no background sleep')
    os.close(sh.p.child_fd)  # the terminal window closes: the pty's master side goes away
    wait_until(lambda: not alive(sh.pid), 'the shell to end on the hang-up')
    wait_until(lambda: not alive(pid), 'the background job to get SIGHUP')


ptylib.main(globals())
