#!/usr/bin/python3
# procsub.py — conch mode's process substitution at a real terminal with job control: the child
# of <(...) stays in the shell's process group (as bash puts it), is reaped, and is no job.
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check, children, wait_until  # noqa: E402


# While `cat <(...)` runs in the foreground, cat is in its own group owning the terminal and
# the substitution's child is in the shell's group: part of the command, not a job (bash).
def test_procsub_child_in_shell_group(sh):
    sh.run('mkfifo go')
    sh.send('cat <(read x <go; echo "got $x")\r')
    cat = wait_until(lambda: [c for c in children(sh.pid) if c['comm'] == 'cat'],
                     'cat to start')[0]
    wait_until(lambda: sh.tpgid() == cat['pgrp'], 'cat to own the terminal')
    sub = [c for c in children(sh.pid) if c['comm'] != 'cat']
    check(len(sub) == 1, 'expected one substitution child: %r' % sub)
    check(sub[0]['pgrp'] == sh.st()['pgrp'], 'substitution child not in the shell group')
    check(cat['pgrp'] != sh.st()['pgrp'], 'cat is not in a job group of its own')
    with open(os.path.join(sh.home, 'go'), 'w') as f:
        f.write('it\n')
    sh.expect('got it')
    sh.expect_prompt()
    check(sh.tpgid() == sh.pid, 'the shell did not take the terminal back')


# The children are reaped and never listed or reported as jobs.
def test_procsub_reaped_no_job(sh):
    out = sh.run('diff <(echo a) <(echo a) && echo same; tee >(cat >/dev/null) </dev/null')
    check(out == 'same\n', 'the substitutions did not run: %r' % out)
    wait_until(lambda: not children(sh.pid), 'the substitution children to be reaped')
    out = sh.run('jobs; echo end')
    check(out == 'end\n', 'jobs lists something: %r' % out)


ptylib.main(globals())
