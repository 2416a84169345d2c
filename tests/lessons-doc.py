#!/usr/bin/python3
# lessons-doc.py — keeps doc/LESSONS.md and its tests in step: every command line of a lesson
# (`    $ ...`) must appear in that lesson's case of tests/lessons.t or its function in
# tests/pty/lessons.py, every lesson must have one, and `help lessons` must list the titles.
import os
import re
import subprocess
import sys

src = os.environ.get('CONCH_SRCDIR') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
conch = os.environ.get('CONCH')
passed = failed = 0


def result(ok, what):
    global passed, failed
    print(('ok   ' if ok else 'FAIL ') + what)
    if ok:
        passed += 1
    else:
        failed += 1


def read(path):
    with open(os.path.join(src, path), encoding='utf-8') as f:
        return f.read()


doc = read('doc/LESSONS.md')
cases = read('tests/lessons.t')
pty = read('tests/pty/lessons.py')

# The text of each lesson's tests: the .t cases titled "Lesson N: ..." and the pty functions
# whose docstring starts with "Lesson N:".
tests = {}
for m in re.finditer(r'^=== Lesson (\d+):.*?(?=^=== |\Z)', cases, re.M | re.S):
    tests.setdefault(int(m.group(1)), []).append(m.group(0))
for m in re.finditer(r'^def test_\w+\(sh\):\n    """Lesson (\d+):.*?(?=^def |^ptylib\.main)', pty,
                     re.M | re.S):
    tests.setdefault(int(m.group(1)), []).append(m.group(0))

lessons = re.findall(r'^## Lesson (\d+) — (.*?)\n(.*?)(?=^## |\Z)', doc, re.M | re.S)
result(10 <= len(lessons) <= 15, '%d lessons' % len(lessons))
for num, title, body in lessons:
    n = int(num)
    text = '\n'.join(tests.get(n, []))
    result(bool(text), 'Lesson %d has a test' % n)
    for cmd in re.findall(r'^    \$ (.*)$', body, re.M):
        # <placeholders> stand for what the learner reads off the screen (a PID).
        parts = re.split(r'<[^>]*>', cmd)
        pattern = '.+'.join(re.escape(p) for p in parts)
        found = any(re.search(pattern, line) for line in text.split('\n'))
        result(found, 'Lesson %d runs %r' % (n, cmd))

if conch:
    out = subprocess.run([conch, '-c', 'help lessons'], capture_output=True, text=True).stdout
    for num, title, _ in lessons:
        result(re.search(r'^\s*%s\. %s$' % (num, re.escape(title)), out, re.M) is not None,
               'help lessons lists %s. %s' % (num, title))

print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
