#!/usr/bin/env python3
# complete.py — programmable completion at a real terminal (conch mode, as bash): a `complete -F`
# function's COMPREPLY offered at Tab with COMP_WORDS and COMP_CWORD set, -o nospace,
# -o filenames, -W, and bash-completion's own library when it is installed.
# Each case was checked against bash the same way: CONCH=/bin/bash python3 tests/pty/complete.py
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptylib  # noqa: E402
from ptylib import check  # noqa: E402

CTRL_U = '\x15'


def out_of(sh):
    return sh.clean(sh.expect_prompt())


# (conch; as bash) the function sees the words of the command and the index of the current one;
# its single match replaces the word and a space follows.
def test_function_words(sh):
    sh.run('_f() { printf "%s|" "$1" "$2" "$3" "$COMP_CWORD" "${#COMP_WORDS[@]}" '
           '"${COMP_WORDS[@]}" > words.out; COMPREPLY=(alphabet); }')
    sh.run('complete -F _f mycmd')
    sh.send('mycmd one al\t' + 'X\r')
    out = out_of(sh)
    check('mycmd one alphabet X' in out, 'the match was not offered: %r' % out)
    with open(os.path.join(sh.home, 'words.out')) as f:
        words = f.read()
    check(words == 'mycmd|al|one|2|3|mycmd|one|al|', 'COMP_WORDS/COMP_CWORD: %r' % words)


# (conch; as bash) COMP_WORDS splits at COMP_WORDBREAKS (`=` is a word of its own), the cursor
# after a blank gives an empty current word, and COMP_LINE / COMP_POINT describe the line.
def test_function_wordbreaks(sh):
    sh.run('_f() { printf "%s|" "$COMP_CWORD" "${COMP_WORDS[@]}" "$COMP_LINE" "$COMP_POINT" '
           '> words.out; COMPREPLY=(); }')
    sh.run('complete -F _f mycmd')
    sh.send('mycmd --opt=val \t' + CTRL_U + '\r')
    out_of(sh)
    with open(os.path.join(sh.home, 'words.out')) as f:
        words = f.read()
    check(words == '4|mycmd|--opt|=|val||mycmd --opt=val |16|', 'words: %r' % words)


# (conch; as bash) several matches: their common prefix is inserted, a second Tab lists them.
def test_common_prefix_and_list(sh):
    sh.run('_f() { COMPREPLY=(release-one release-two); }')
    sh.run('complete -F _f mycmd')
    sh.send('mycmd r\t')
    sh.expect('elease-')  # the bell of an ambiguous match may come between
    sh.send('\t\t')
    sh.expect('release-one +release-two')
    sh.send(CTRL_U + '\r')
    out_of(sh)


# (conch; as bash) -o nospace: no space after the match, so more can be typed onto it.
def test_nospace(sh):
    sh.run('complete -o nospace -W "--color=" mycmd')
    sh.run('mycmd() { printf "[%s]\\n" "$@"; }')
    sh.send('mycmd --col\t' + 'auto\r')
    out = out_of(sh)
    check('[--color=auto]' in out, 'nospace: %r' % out)


# (conch; as bash) -o filenames: a directory match gets its slash and no space, a blank in a
# name is quoted. (The match does not start with the typed word: no file-name completion gives it.)
def test_filenames(sh):
    os.mkdir(os.path.join(sh.home, 'some dir'))
    sh.run('_f() { COMPREPLY=("some dir"); }')
    sh.run('complete -o filenames -F _f mycmd')
    sh.run('mycmd() { printf "[%s]\\n" "$@"; }')
    sh.send('mycmd x\t' + '\r')
    out = out_of(sh)
    check('some\\ dir/' in out, 'the line: %r' % out)
    check('[some dir/]' in out, 'filenames: %r' % out)


# (conch; as bash) -o default: no match from the spec falls back to file names; without it
# nothing is completed.
def test_default_fallback(sh):
    open(os.path.join(sh.home, 'zebra.txt'), 'w').close()
    sh.run('_f() { COMPREPLY=(); }')
    sh.run('complete -o default -F _f mycmd')
    sh.run('complete -F _f other')
    sh.run('mycmd() { printf "[%s]\\n" "$@"; }; other() { printf "(%s)\\n" "$@"; }')
    sh.send('mycmd zeb\t\r')
    out = out_of(sh)
    check('[zebra.txt]' in out, 'default: %r' % out)
    sh.send('other zeb\t\r')
    out = out_of(sh)
    check('(zeb)' in out, 'no -o default: %r' % out)


# (conch; as bash) compopt inside the function changes the options of this completion only.
def test_compopt_in_function(sh):
    sh.run('_f() { compopt -o nospace; COMPREPLY=(key=); }')
    sh.run('complete -F _f mycmd')
    sh.run('mycmd() { printf "[%s]\\n" "$@"; }')
    sh.send('mycmd k\t' + 'v\r')
    out = out_of(sh)
    check('[key=v]' in out, 'compopt -o nospace: %r' % out)


# (conch; as bash) a -F function that is not defined: the error is reported, the line stays.
def test_missing_function(sh):
    sh.run('complete -F _nosuch mycmd')
    sh.send('mycmd x\t')
    sh.expect("completion: function `_nosuch' not found")
    sh.send(CTRL_U + 'echo still-here\r')
    sh.expect('still-here\r\n')
    out_of(sh)


BASH_COMPLETION = '/usr/share/bash-completion/bash_completion'


# (conch; as bash) Debian's bash-completion: `ls --col<Tab>` gives `ls --color`.
def test_bash_completion_ls(sh):
    if not os.path.exists(BASH_COMPLETION):
        raise ptylib.Skip('%s is missing (apt-get install bash-completion)' % BASH_COMPLETION)
    sh.run('source %s' % BASH_COMPLETION, timeout=30)
    sh.send('ls --col\t')
    sh.expect('ls --col\x07?or', timeout=20)  # a bell: --color= matches too
    sh.send(CTRL_U + '\r')
    out_of(sh)



# (conch; as bash) bash-completion's lazily loaded completions/apt-get (;;&, extglob in [[ ]]).
def test_bash_completion_apt_get(sh):
    if not os.path.exists(BASH_COMPLETION) or not shutil.which('apt-get'):
        raise ptylib.Skip('%s or apt-get is missing' % BASH_COMPLETION)
    sh.run('source %s' % BASH_COMPLETION, timeout=30)
    sh.send('apt-get ins\t')
    sh.expect('apt-get install ', timeout=20)
    sh.send(CTRL_U + '\r')
    out_of(sh)


# (conch; as bash) bash-completion's make completion offers the Makefile's targets.
def test_bash_completion_make_targets(sh):
    if not os.path.exists(BASH_COMPLETION) or not shutil.which('make'):
        raise ptylib.Skip('%s or make is missing' % BASH_COMPLETION)
    with open(os.path.join(sh.home, 'Makefile'), 'w') as f:
        f.write('all: build\nbuild:\n\techo b\ninstall:\n\techo i\n')
    sh.run('source %s' % BASH_COMPLETION, timeout=30)
    sh.send('make \t\t')
    sh.expect('all +build +install', timeout=20)
    sh.send(CTRL_U + 'make in\t')
    sh.expect('make install ', timeout=20)
    sh.send(CTRL_U + '\r')
    out_of(sh)


# (conch; as bash) bash-completion's git script: subcommands and branch names. The script keeps
# zsh syntax (${(k)parameters}) in a branch bash never takes; conch must parse it and go on.
def test_bash_completion_git(sh):
    if not os.path.exists(BASH_COMPLETION) or not shutil.which('git'):
        raise ptylib.Skip('%s or git is missing' % BASH_COMPLETION)
    repo = os.path.join(sh.home, 'repo')
    git = ['git', '-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com']
    subprocess.run(['git', 'init', '-q', repo], check=True)
    subprocess.run(git + ['commit', '-q', '--allow-empty', '-m', 'x'], check=True)
    subprocess.run(git + ['branch', 'feature-branch'], check=True)
    sh.run('source %s; cd %s' % (BASH_COMPLETION, repo), timeout=30)
    sh.send('git chec\t')
    sh.expect('git checkout ', timeout=20)
    sh.send('feat\t')
    sh.expect('feature-branch', timeout=20)
    sh.send(CTRL_U + '\r')
    out_of(sh)


ptylib.main(globals())
