#!/usr/bin/python3
# test_readline.py — the interactive prompt in a real pseudo-terminal: PS1 escapes and PS2
# (XCU 2.5.3), history and its file, fc (XCU fc), completion, ^C / ^D, ignoreeof, vi and emacs
# modes, bracketed paste, multibyte characters. Runs under ptylib (pexpect); see ptylib.py for
# the conventions.
import os
import pwd
import re
import socket
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check  # noqa: E402

CTRL_A, CTRL_C, CTRL_D, CTRL_P, CTRL_U, ESC = '\x01', '\x03', '\x04', '\x10', '\x15', '\x1b'
CTRL_E, CTRL_X = '\x05', '\x18'
PASTE_START, PASTE_END = '\x1b[200~', '\x1b[201~'


def history_entries(path):
    """The commands in a history file: entries start after a '#<seconds>' line and may span
    several lines."""
    entries = []
    with open(path) as f:
        for line in f.read().split('\n')[:-1]:
            if re.fullmatch(r'#\d+', line):
                entries.append(None)
            elif entries and entries[-1] is None:
                entries[-1] = line
            elif entries:
                entries[-1] += '\n' + line
            else:
                entries.append(line)
    return [e for e in entries if e is not None]


def hist_file(sh):
    return os.path.join(sh.home, '.conch_history')


# PS1 escapes: \u user, \h host, \w working directory with ~ for HOME, \$ '#' for root.
def test_ps1_escapes(sh):
    user = pwd.getpwuid(os.geteuid()).pw_name
    host = socket.gethostname().split('.')[0]
    mark = '#' if os.geteuid() == 0 else '$'
    sh.send("PS1='\\u@\\h:\\w\\$ '\r")
    sh.expect(re.escape('%s@%s:~%s ' % (user, host, mark)))
    sh.send('cd /tmp\r')
    sh.expect(re.escape('%s@%s:/tmp%s ' % (user, host, mark)))
    sh.send("PS1='[\\W \\j \\?] $((1+2))> '\r")
    sh.expect(re.escape('[tmp 0 0] 3> '))
    sh.send('false\r')
    sh.expect(re.escape('[tmp 0 1] 3> '))
    # \[ \] mark invisible text for Readline; they are not shown themselves.
    sh.send("PS1='\\[\\e[1m\\]bold\\[\\e[0m\\]> '\r")
    sh.expect(re.escape('\x1b[1mbold\x1b[0m> '))
    sh.send("PS1='%s'\r" % ptylib.PROMPT)
    sh.expect_prompt()


# XCU 2.5.3 PS2: an open quote, an unfinished if and a here-document keep reading with PS2;
# each whole command is one history entry.
def test_ps2_continuation(sh):
    sh.send("echo 'one\r")
    sh.expect('> ')
    sh.send("two'\r")
    out = sh.expect_prompt()
    check('one\r\ntwo' in out, 'quoted newline: %r' % out)
    sh.send('if true; then\r')
    sh.expect('> ')
    sh.send('echo inside\r')
    sh.expect('> ')
    sh.send('fi\r')
    out = sh.expect_prompt()
    check('inside' in out, 'if: %r' % out)
    sh.send('cat <<EOF\r')
    sh.expect('> ')
    sh.send('body line\r')
    sh.expect('> ')
    sh.send('EOF\r')
    out = sh.expect_prompt()
    check('body line' in out, 'here-doc: %r' % out)
    entries = history_entries(hist_file(sh))
    check(entries[-3:] == ["echo 'one\ntwo'", 'if true; then\necho inside\nfi',
                           'cat <<EOF\nbody line\nEOF'], 'history file: %r' % entries)


# History: each command is appended as it is entered; consecutive duplicates are dropped.
def test_history_file_and_duplicates(sh):
    sh.run('echo first')
    check(history_entries(hist_file(sh)) == ['echo first'], 'appended at once')
    sh.run('echo again')
    sh.run('echo again')
    sh.run('echo first')
    check(history_entries(hist_file(sh)) == ['echo first', 'echo again', 'echo first'],
          'duplicates: %r' % history_entries(hist_file(sh)))
    out = sh.run('history')
    check(re.search(r'1  echo first\n +2  echo again\n +3  echo first\n +4  history', out),
          'history: %r' % out)


# Two shells on one history file: both appended, in the order the commands were entered.
def test_history_two_shells(sh):
    other = ptylib.Shell(env={'HISTFILE': hist_file(sh)})
    try:
        sh.run('echo from-a')
        other.run('echo from-b')
        sh.run('echo from-a2')
        other.run('echo from-b2')
    finally:
        other.close()
    entries = history_entries(hist_file(sh))
    check(entries == ['echo from-a', 'echo from-b', 'echo from-a2', 'echo from-b2'],
          'shared file: %r' % entries)


# XCU fc: -l lists numbered commands (not the fc itself), -n without numbers, -r reversed,
# -s re-runs with a substitution; a history file is read back at start-up.
def test_fc(sh):
    with open(hist_file(sh), 'w') as f:
        f.write('#1\necho old1\n#2\nfor i in 1 2; do\necho $i\ndone\n')
    other = ptylib.Shell(env={'HISTFILE': hist_file(sh)})
    try:
        other.run('echo new')
        out = other.run('fc -l')
        check(out == '1\techo old1\n2\tfor i in 1 2; do\necho $i\ndone\n3\techo new\n',
              'fc -l: %r' % out)
        out = other.run('fc -lnr -2')
        check(out == '\tfc -l\n\techo new\n', 'fc -lnr -2: %r' % out)
        out = other.run('fc -s new=again 3')
        check(out == 'echo again\nagain\n', 'fc -s: %r' % out)
        out = other.run('fc -l -1')
        check(out == '6\techo again\n', 'fc -s replaced itself in history: %r' % out)
    finally:
        other.close()


# In a UTF-8 locale Readline edits characters (XCU 2.5.3 LC_CTYPE): one backspace removes the
# whole μ (two bytes), as in bash, also when LC_ALL is assigned at the prompt, since the shell's
# assignment sets the locale that Readline looks at.
def test_utf8_backspace(sh):
    sh.run('LC_ALL=C.UTF-8')
    out = sh.value('echo xμμ\x7f')
    check(out == 'xμ', 'a backspace after xμμ: %r' % out)
    sh.run('LC_ALL=C')


# Recalling a command of several lines brings the whole command back.
def test_multiline_recall(sh):
    sh.send('for i in a b; do\r')
    sh.expect('> ')
    sh.send('echo $i\r')
    sh.expect('> ')
    sh.send('done\r')
    sh.expect_prompt()
    sh.send(CTRL_P + '\r')
    out = sh.expect_prompt().replace('\r\n', '\n')
    check(re.search(r'\na\nb\n', out), 'recalled loop: %r' % out)
    entries = history_entries(hist_file(sh))
    check(entries == ['for i in a b; do\necho $i\ndone'], 'one entry: %r' % entries)


# Completion: command names in command position, file names, $NAME, job specs after fg.
def test_complete_command(sh):
    sh.send('ech\t' + 'completed\r')
    out = sh.expect_prompt().replace('\r\n', '\n')
    check('\ncompleted\n' in out, 'ech<Tab>: %r' % out)
    sh.run('myfunc_xyz() { echo infunc; }')
    sh.send('myfunc_x\t\r')
    out = sh.expect_prompt()
    check('infunc' in out, 'function name: %r' % out)


def test_complete_file(sh):
    sh.send('ls -d /us\t\r')
    out = sh.expect_prompt().replace('\r\n', '\n')
    check('\n/usr/\n' in out, 'ls /us<Tab>: %r' % out)


# File names with blanks and variables (as in bash): a backslash-escaped or quoted blank is
# part of the word, the match goes back quoted the same way, and a directory written with a
# variable is read through its value while the line keeps the variable.
def test_complete_quoted_and_variable_names(sh):
    os.mkdir(os.path.join(sh.home, 'my docs'))
    open(os.path.join(sh.home, 'my docs', 'inner'), 'w').close()
    open(os.path.join(sh.home, 'file with space'), 'w').close()
    os.mkdir(os.path.join(sh.home, 'projects'))
    open(os.path.join(sh.home, 'projects', 'plan.txt'), 'w').close()
    cases = [
        ('printf "[%%s]\\n" my\\ d\t', 'my\\ docs/', '[my docs/]'),
        ('printf "[%%s]\\n" my\\ docs/i\t', 'my\\ docs/inner ', '[my docs/inner]'),
        ('printf "[%%s]\\n" file\\ w\t', 'file\\ with\\ space ', '[file with space]'),
        ("printf '[%%s]\\n' 'file w\t", "'file with space' ", '[file with space]'),
        ('printf "[%%s]\\n" "my d\t"', '"my docs/"', '[my docs/]'),
        ('printf "[%%s]\\n" $HOME/pro\t', '$HOME/projects/', '[%s/projects/]' % sh.home),
        ('printf "[%%s]\\n" "$HOME"/pro\t', '$HOME/projects/', '[%s/projects/]' % sh.home),
        ('printf "[%%s]\\n" ${HOME}/projects/pl\t', '${HOME}/projects/plan.txt ',
         '[%s/projects/plan.txt]' % sh.home),
    ]
    for typed, shown, printed in cases:
        sh.send(typed % () + '\r')
        out = sh.clean(sh.expect_prompt())
        check(shown in out, '%r: the line shows %r: %r' % (typed, shown, out))
        check(out.endswith(printed + '\n'), '%r runs as %r: %r' % (typed, printed, out))


def test_complete_variable(sh):
    # $HOM: conch mode also has HOSTNAME and HOSTTYPE, so $HO alone is ambiguous (as in bash).
    sh.send('echo $HOM\t\r')
    out = sh.expect_prompt().replace('\r\n', '\n')
    check('\n%s\n' % sh.home in out, 'echo $HOM<Tab>: %r' % out)


def test_complete_jobs(sh):
    sh.run('sleep 30 &')
    sh.send('fg %\t\t')
    sh.expect('%1')
    sh.expect('%sleep')
    sh.send(CTRL_U + 'kill %1\r')
    sh.expect_prompt()


# ^C at the prompt throws the line away and shows a new prompt.
def test_ctrl_c_discards_line(sh):
    sh.send('echo discarded' + CTRL_C)
    sh.expect_prompt()
    check(sh.value('echo $?') == '130', '$? after ^C at the prompt is 130')
    check(sh.run('echo kept') == 'kept\n', 'the shell goes on')
    sh.send('if true; then\r')
    sh.expect('> ')
    sh.send('echo half' + CTRL_C)
    sh.expect_prompt()
    check(sh.run('echo after') == 'after\n', 'a ^C at PS2 drops the whole command')
    entries = history_entries(hist_file(sh))
    check(entries == ['echo $?', 'echo kept', 'echo after'], 'history: %r' % entries)


# A burst of ^C at the prompt (conch; bash does the same): each one gives a fresh prompt at
# once, and $? is 130. PS1 writes '@' to the terminal while it is expanded, after the shell has
# forgotten any older ^C: each ^C is sent then, so it arrives while the prompt is being drawn,
# before the shell waits for input. A ^C seen only at the next keystroke leaves no new prompt.
def test_ctrl_c_burst(sh):
    sh.p.delaybeforesend = None  # pexpect waits 50 ms before each send by default
    sh.run("saved=$PS1; PS1='$(printf @ >&2)$(:)'$saved")  # no prompt text in the echoed line
    for i in range(20):
        sh.send(CTRL_C)
        sh.expect('\n')  # the shell took this ^C: a new line, then the next prompt
        sh.expect('@')
    sh.expect_prompt()
    sh.send('echo status=$?\r')
    sh.expect('status=130\r\n')  # not the echoed command line: it reads status=$?
    sh.expect_prompt()
    sh.run('PS1=$saved')
    check(sh.run('echo ok') == 'ok\n', 'the shell goes on')


# ^D on an empty line leaves the shell, with the last command's status.
def test_ctrl_d_exits(sh):
    sh.run('(exit 3)')
    sh.send(CTRL_D)
    sh.p.expect(ptylib.pexpect.EOF)
    sh.p.close()
    check(sh.p.exitstatus == 3, 'exit status %r' % sh.p.exitstatus)


# set -o ignoreeof: ^D does not leave; `exit` does.
def test_ignoreeof(sh):
    sh.run('set -o ignoreeof')
    sh.send(CTRL_D)
    sh.expect('Use "exit" to leave the shell.')
    sh.expect_prompt()
    check(sh.run('echo still here') == 'still here\n', 'the shell goes on')
    sh.send('exit 4\r')
    sh.p.expect(ptylib.pexpect.EOF)
    sh.p.close()
    check(sh.p.exitstatus == 4, 'exit status %r' % sh.p.exitstatus)


# A ^D that does not leave (ignoreeof) must not leave Readline thinking it saw end of file:
# with bracketed paste on (Readline's default), every later command's output would then start
# with an empty line. bash shows none.
def test_ignoreeof_no_blank_lines_after(sh):
    sh.run('set -o ignoreeof')
    sh.send(CTRL_D)
    sh.expect('Use "exit" to leave the shell.')
    sh.expect_prompt()
    for word in ('one', 'two'):
        sh.send('echo %s\r' % word)
        raw = sh.expect_prompt()
        # The echoed line, its line end, then the output at once: no line end in between.
        lines = [l for l in ptylib.ESCAPES.sub('', raw).replace('\r', '').split('\n')]
        check(lines == ['echo ' + word, word, ''], 'output after ^D: %r' % raw)


# No inputrc and a terminal that is not dumb: Readline's defaults, bracketed paste on.
test_ignoreeof_no_blank_lines_after.shell_args = {'env': {'INPUTRC': '/dev/null', 'TERM': 'xterm'}}


# ^X^E (emacs) and v (vi command mode) edit the line in $EDITOR (conch mode: FCEDIT, then
# EDITOR, then vi, as bash) and run what the editor leaves: here an "editor" that appends a
# second command to the file, so the run shows both lines ran and the history has them as one.
def test_edit_and_execute(sh):
    editor = os.path.join(sh.home, 'ed.sh')
    with open(editor, 'w') as f:
        f.write('#!/bin/sh\nsed -i "s/orig/edited/" "$1"; echo "echo second" >>"$1"\n')
    os.chmod(editor, 0o755)
    sh.run('EDITOR=%s' % editor)
    sh.send('echo orig' + CTRL_X + CTRL_E)
    out = sh.clean(sh.expect_prompt())
    check(out.endswith('edited\nsecond\n'), 'the edited line ran: %r' % out)
    check('echo edited\necho second\n' in out and out.count('orig') == 1, 'the edited text is shown, the original line did not run: %r' % out)
    last = [l.strip() for l in sh.run('fc -ln -1').split('\n') if l.strip()]
    check(last == ['echo edited', 'echo second'], 'the last history entry is the edited text: %r'
          % last)
    sh.run('set -o vi')
    sh.send('echo orig' + ESC + 'v')
    out = sh.clean(sh.expect_prompt())
    check(out.endswith('edited\nsecond\n'), 'vi mode v ran the edited line: %r' % out)


# `!` history expansion at the Readline prompt (conch mode): the expanded line is shown, runs,
# and is what the history keeps.
def test_history_expansion(sh):
    sh.run('echo one two')
    out = sh.run('echo !$ !!:1')
    check(out == 'echo two one\ntwo one\n', 'expanded and run: %r' % out)
    last = sh.run('fc -ln -1').strip()
    check(last == 'echo two one', 'the history has the expanded line: %r' % last)


# COLUMNS and LINES follow the terminal's size at each prompt (conch mode, as bash's
# checkwinsize); the kernel's size is set with TIOCSWINSZ, which also sends SIGWINCH.
def test_window_size_variables(sh):
    check(sh.run('echo $COLUMNS $LINES') == '250 24\n', 'the starting size')
    sh.p.setwinsize(30, 100)
    sh.run('')
    check(sh.run('echo $COLUMNS $LINES') == '100 30\n', 'the size after a resize')


# read -s at a terminal does not echo what is typed; read -n 2 returns after two keys without
# Return; the terminal's modes are back afterwards (stty shows echo and icanon).
def test_read_silent_and_count(sh):
    sh.send('read -s pw; echo "got [$pw]"\r')
    time.sleep(0.2)
    sh.send('secret\r')
    out = sh.clean(sh.expect_prompt())
    check('got [secret]' in out and out.count('secret') == 1, 'not echoed: %r' % out)
    sh.send('read -n 2 k; echo; echo "got [$k]"\r')
    time.sleep(0.2)
    sh.send('xy')
    out = sh.clean(sh.expect_prompt())
    check(out.endswith('got [xy]\n'), 'two keys, no Return: %r' % out)
    modes = sh.run('stty -a')
    check(re.search(r'(?<!-)\becho\b', modes) and re.search(r'(?<!-)\bicanon\b', modes),
          'terminal modes restored: %r' % modes)


# set -o vi: ESC enters command mode, dd deletes the line; set -o emacs brings ^A back.
def test_vi_and_emacs_modes(sh):
    sh.run('set -o vi')
    sh.send('echo wrong' + ESC)
    time.sleep(0.2)  # let Readline take ESC alone, not as the start of a key sequence
    sh.send('ddiecho right\r')
    out = sh.expect('right\r\n')
    sh.expect_prompt()
    check('\nwrong' not in out.replace('\r\n', '\n'), 'vi: %r' % out)
    check(sh.run('set -o | grep -E "^(vi|emacs) "').split() == ['vi', 'on', 'emacs', 'off'],
          'set -o shows vi')
    sh.run('set -o emacs')
    sh.send('cho emacs' + CTRL_A + 'e\r')
    out = sh.expect_prompt()
    check('emacs\r\n' in out, 'emacs ^A: %r' % out)


# Bracketed paste: a pasted block is not run line by line; Return runs it all. (Off on a dumb
# terminal, where the mode's escape sequences would be shown.)
@ptylib.shell_args(env={'TERM': 'xterm'})
def test_bracketed_paste(sh):
    sh.send(PASTE_START + 'echo p1\recho p2' + PASTE_END)
    time.sleep(0.3)
    try:
        sh.p.expect(re.escape(ptylib.PROMPT), timeout=0.3)
        raise ptylib.Failure('the paste ran before Return: %r' % sh.p.before)
    except ptylib.pexpect.TIMEOUT:
        pass
    sh.send('\r')
    out = re.sub(r'\x1b\[[?0-9;]*[a-zA-Z]|\r(?!\n)', '', sh.expect_prompt()).replace('\r\n', '\n')
    check('\np1\np2\n' in out, 'paste: %r' % out)
    check(history_entries(hist_file(sh)) == ['echo p1\necho p2'], 'one entry')


if __name__ == '__main__':
    ptylib.main(globals())
