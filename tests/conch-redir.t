# conch mode: the redirection and assignment forms of bash: x+=str, <<< here-strings, &> and
# &>>, |&, process substitution <(...) and >(...), and {name}>file descriptors.
# POSIX mode keeps the POSIX meaning or the old error: posix-mode-redir.t, grammar-bashisms.t.

=== x+=str appends to a variable; unset counts as empty (conch; as bash)
--- script
x=a; x+=b; x+="$x"; echo "$x"
unset u; u+=new; echo "$u"
--- stdout
abab
new

=== x+=str before a command is temporary and exported, like x=str (conch; as bash)
--- script
x=a
x+=b sh -c 'echo "in: $x"'; echo "after: $x"
f() { echo "f: $x"; }; x+=c f
x=1 x+=2 sh -c 'echo "$x"'
--- stdout
in: ab
after: a
f: ac
12

=== x+= on a readonly variable fails like x= (conch; own message)
--- script
readonly r=1; r+=2; echo not reached
--- stderr
conch: test.sh: line 1: r: readonly variable
--- status
2

=== <<< feeds the expanded word and a newline to standard input (conch; as bash)
--- script
v='two  words'
cat <<<"$v"; cat <<< plain; cat <<<'$v'; cat <<<$(echo sub)
wc -c <<<''
--- stdout
two  words
plain
$v
sub
1

=== <<< is not field-split or globbed, and takes an fd number (conch; as bash)
--- script
touch a1 a2; v='x   y'
cat <<<a*; cat <<<$v; read -r l 3<<<three <&3; echo "$l"
--- stdout
a*
x   y
three

=== <<< on a builtin and a compound command, then stdin is back (conch; as bash)
--- script
read -r a <<<first; echo "$a"
while read -r l; do echo "[$l]"; done <<<"line"
read -r b; echo "b=$b"
--- stdin
from stdin
--- stdout
first
[line]
b=from stdin

=== &> sends stdout and stderr to a file, &>> appends both (conch; as bash)
--- script
{ echo out; echo err >&2; } &>f; cat f
{ echo more; echo again >&2; } &>>f; cat f
echo still here
--- stdout
out
err
out
err
more
again
still here

=== &> on a builtin and a function is undone after it (conch; as bash)
--- script
f() { echo f-out; echo f-err >&2; }
f &>log; echo after >&2; echo "log: $(cat log | tr '\n' ' ')"
--- stdout
log: f-out f-err 
--- stderr
after

=== &> obeys noclobber like > (conch; as bash, own message)
--- script
set -C; echo x >f; echo y &>f; echo "st=$?"; cat f
--- stdout
st=1
x
--- stderr
conch: test.sh: line 1: f: cannot overwrite existing file

=== |& pipes stderr with stdout: a |& b is a 2>&1 | b (conch; as bash)
--- script
{ echo out; echo err >&2; } |& sort
f() { echo e >&2; }; f |& tr e E
--- stdout
err
out
E

=== |& puts 2>&1 after the command's own redirections (conch; as bash)
--- script
{ echo out; echo err >&2; } 2>/dev/null |& cat
--- stdout
out
err

=== <(cmd) is a file name the command reads (conch; as bash)
--- script
diff <(echo a) <(echo b); echo "st=$?"
cat <(echo one) <(echo two)
echo pre<(true)post | sed 's/[0-9][0-9]*post/Npost/'
--- stdout
1c1
< a
---
> b
st=1
one
two
pre/dev/fd/Npost

=== >(cmd) is a file name the command writes; $! is its process (conch; as bash)
--- script
printf 'a\nb\n' >in
tee >(wc -l >count) <in >/dev/null; wait $!; cat count
--- stdout
2

=== < <(cmd) feeds a loop in the shell; exec 3< <(cmd) keeps the pipe (conch; as bash)
--- script
n=0; while read -r l; do n=$((n+1)); done < <(printf '1\n2\n3\n'); echo "n=$n"
exec 3< <(echo kept); read -r k <&3; echo "$k"; exec 3<&-
f() { cat "$1"; }; f <(echo via function)
. <(echo 'echo sourced')
--- stdout
n=3
kept
via function
sourced

=== process substitution descriptors are closed after the command (conch)
--- script
# ls is run straight from the shell (no $( ) whose pipe the listing could catch half-closed).
ls /proc/$$/fd >before
cat <(echo a) >/dev/null; : <(true) >(cat); while read -r l; do :; done < <(echo x)
ls /proc/$$/fd >after
cmp -s before after && echo same || echo "leak: $(tr '\n' ' ' <before) / $(tr '\n' ' ' <after)"
--- stdout
same

=== <( ) nests and works inside $( ) (conch; as bash)
--- script
cat <(cat <(echo nested)); echo "$(cat <(echo in cmdsub))"
--- stdout
nested
in cmdsub

=== {name}>file puts a new descriptor (10 or more) in name, kept after the command (conch; as bash)
--- script
exec {w}>f; [ "$w" -ge 10 ] && echo ok; echo hi >&$w; echo there >&$w
exec {w}>&-; cat f
: {r}<f; read -r l <&$r; echo "$l"; exec {r}<&-
--- stdout
ok
hi
there
hi

=== {name}>&- closes the descriptor named by the variable (conch; as bash)
--- script
exec {d}>f; exec {d}>&-; echo x >&$d; echo "st=$?"
--- stdout
st=1
--- stderr-contains
Bad file descriptor

=== {name}<<<, {name}>&1 and the variable as a word (conch; as bash)
--- script
exec {s}<<<string {o}>&1
read -r l <&$s; echo "$l" >&$o; echo {s}
--- stdout
string
{s}

=== unparse writes the new forms back as they re-parse (conch; own layout)
--- script
f() { x+=1 cat <<<"$x" {fd}>f &>g; a |& b; diff <(c) >(d) 2>&1; }
type f
--- stdout
f is a function
f() {
    x+=1 cat <<<"$x" {fd}>f &>g
    a 2>&1 | b
    diff <(c) >(d) 2>&1
}

=== type's text of the new forms reads back to the same function (conch)
--- script
f() {
    x+=1 y+="a b" cat <<<"$x" {fd}>f &>g 3<<<'q' {e}<&0 {c}>&-
    a |& b | c |& d
    diff <(c) >(d) x<(e)y <( (sub) ) 2>&1
    cat {h}<<EOF2
body $x
EOF2
    g &>>h
}
t1=$(type f); eval "$(type f | sed 1d)"; t2=$(type f)
[ "$t1" = "$t2" ] && echo same
--- stdout
same
