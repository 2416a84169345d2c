# set -v (XCU set): the shell writes its input to standard error as it reads it. Each line is
# written once, when the parser has read it and before the command it belongs to runs (dash and
# bash agree on scripts; for -c strings, eval and trap actions conch echoes as bash does).

=== lines are written before their command runs, from the line after set -v (posix)
--- script
echo a; set -v; echo b
echo c
echo d # comment
--- command
"$CONCH" test.sh 2>&1
--- stdout
a
b
echo c
c
echo d # comment
d

=== a compound command's lines all come before it runs (posix)
--- script
set -v
if true; then
  echo in
fi
echo out
--- command
"$CONCH" test.sh 2>&1
--- stdout
if true; then
  echo in
fi
in
echo out
out

=== here-document bodies are input too (posix)
--- script
set -v
cat <<E
body
E
--- command
"$CONCH" test.sh 2>&1
--- stdout
cat <<E
body
E
body

=== set +v stops it after its own line (posix)
--- script
set -v
echo a
set +v
echo b
--- command
"$CONCH" test.sh 2>&1
--- stdout
echo a
a
set +v
b

=== conch -v with a script; only standard error gets the text (posix)
--- script
echo a
echo b
--- command
"$CONCH" -v test.sh 2>/dev/null; "$CONCH" -v test.sh 2>&1 >/dev/null
--- stdout
a
b
echo a
echo b

=== conch -v -c: line by line (conch; as bash)
--- command
"$CONCH" -v -c 'echo a
echo b' 2>&1
--- stdout
echo a
a
echo b
b

=== a last line without a newline is written with one (conch; as bash)
--- command
printf 'echo a\necho b' >s; "$CONCH" -v s 2>&1
--- stdout
echo a
a
echo b
b

=== standard input: lines are read one at a time, each written once (posix)
--- stdin
echo a
x=$(echo q
echo r)
echo "$x"
--- command
"$CONCH" -v 2>&1
--- stdout
echo a
a
x=$(echo q
echo r)
echo "$x"
q
r

=== alias text is not input: only the line as written (posix)
--- script
set -v
alias say='echo said'
say it
--- command
"$CONCH" test.sh 2>&1
--- stdout
alias say='echo said'
say it
said it

=== a dot file's lines are input too (posix; as dash and bash)
--- script
echo 'echo in dot' >f
set -v
. ./f
--- command
"$CONCH" test.sh 2>&1
--- stdout
. ./f
echo in dot
in dot

=== a syntax error: the faulty line is written whole, before the message (conch; as bash)
--- script
set -v
echo a
echo b; fi; echo c
echo d
--- command
"$CONCH" test.sh 2>&1; echo "status $?"
--- stdout
echo a
a
echo b; fi; echo c
conch: test.sh: line 3: syntax error near unexpected token 'fi'
status 2

=== a syntax error at the end of a line (conch)
--- script
set -v
echo (
--- command
"$CONCH" test.sh 2>&1; echo "status $?"
--- stdout
echo (
conch: test.sh: line 2: syntax error near unexpected token 'newline'
status 2
