# Bash extensions that reach a POSIX shell are syntax errors found while parsing (XCU 2.8.1:
# status 2, nothing of the faulty command runs, earlier lines have run). The messages are
# conch's own: they name the construct and the portable way. dash says "Bad substitution" or
# "[[: not found" for the others. `&>` is no bash extension here: XCU 2.10.1 has no such operator,
# so `cmd &>f` is `cmd &` then `>f`, as dash runs it (bash and mksh redirect both outputs).
# These cases check POSIX mode: conch runs as `sh` here (run-cases).
# mode: sh

=== XCU 2.10.1: &> is `cmd &` then the redirection-only command `>f` (posix; as dash, not bash)
--- script
echo first
echo a &>out; wait; echo b
ls out
cat out
--- stdout
first
a
b
out

=== XCU 2.10.1: &>> is `cmd &` then `>>f`, appending nothing (posix; as dash, not bash)
--- script
echo keep >out
echo a &>>out; wait
cat out
--- stdout
a
keep

=== XCU 2.10.1: `true 2&>1` runs `true 2` in the background and creates 1 (posix; as dash)
--- script
echo x 2&>1; wait
ls 1
--- stdout
x 2
1

=== & then a blank then >f is the POSIX list `cmd &` and `>f` (posix; as dash)
--- script
echo a & >out
wait
ls out
--- stdout
a
out

=== the POSIX spelling works: >file 2>&1 (posix)
--- script
{ echo out; echo err >&2; } >f 2>&1
cat f
--- stdout
out
err

=== <<< here-strings (conch)
--- script
echo first
cat <<< "hello"
--- stdout
first
--- stderr
conch: test.sh: line 2: syntax error: '<<<' (here-string) is a bash extension; use a here-document or printf '%s\n' ... |
--- status
2

=== [[ in command position (conch)
--- script
x=1
[[ $x = 1 ]] && echo yes
echo after
--- stderr
conch: test.sh: line 2: syntax error: '[[' is a bash extension; use '[ ... ]' or 'test'
--- status
2

=== [[ as an argument is an ordinary word (posix)
--- script
echo [[ a ]]
--- stdout
[[ a ]]

=== arrays: NAME=( ... ) (conch)
--- script
echo first
a=(1 2 3)
echo "${a}"
--- stdout
first
--- stderr
conch: test.sh: line 2: syntax error: 'a=(...)' is a bash extension; arrays are not in POSIX sh
--- status
2

=== arrays: NAME=( ... ) after another command word (conch)
--- script
export list=(x y)
--- stderr
conch: test.sh: line 1: syntax error: 'list=(...)' is a bash extension; arrays are not in POSIX sh
--- status
2

=== arrays: ${a[1]} (conch)
--- script
echo "${a[1]}"
--- stderr
conch: test.sh: line 1: syntax error: 'a[' is a bash extension; arrays are not in POSIX sh
--- status
2

=== function NAME { ... } (conch)
--- script
echo first
function greet {
  echo hi
}
greet
--- stdout
first
--- stderr
conch: test.sh: line 2: syntax error: 'function greet' is a bash extension; use 'greet() { ...; }'
--- status
2

=== function NAME() { ... } (conch)
--- script
function greet() { echo hi; }
--- stderr
conch: test.sh: line 1: syntax error: 'function greet' is a bash extension; use 'greet() { ...; }'
--- status
2

=== a command named function with other arguments is left alone (posix)
--- script
function() { echo "called with $*"; }
function f g
echo function f {
--- stdout
called with f g
function f {

=== ${x:offset:length} substrings (conch)
--- script
x=abc
echo first
echo "${x:0:1}"
--- stdout
first
--- stderr
conch: test.sh: line 3: syntax error: '${x:...}' (substring) is a bash extension; use expr, printf or ${x#...} patterns
--- status
2

=== ${x:offset} (conch)
--- script
echo ${x:1}
--- stderr
conch: test.sh: line 1: syntax error: '${x:...}' (substring) is a bash extension; use expr, printf or ${x#...} patterns
--- status
2

=== the POSIX colon forms still work (posix)
--- script
echo ${u:-a} ${u:=b} ${u:+c} ${u:?}
--- stdout
a b c b

=== ${x/pattern/string} (conch)
--- script
x=aaa
echo ${x/a/b}
--- stderr
conch: test.sh: line 2: syntax error: '${x/...}' (pattern substitution) is a bash extension; use sed or a case loop
--- status
2

=== ${x//pattern/string} (conch)
--- script
echo "${x//a/b}"
--- stderr
conch: test.sh: line 1: syntax error: '${x/...}' (pattern substitution) is a bash extension; use sed or a case loop
--- status
2

=== ${!name} indirect expansion (conch)
--- script
x=y
echo ${!x}
--- stderr
conch: test.sh: line 2: syntax error: '${!name}' (indirect expansion) is a bash extension; use eval
--- status
2

=== ${!} is still the last background process (posix)
--- script
true &
[ -n "${!}" ] && echo ok
--- stdout
ok

=== ${x^^} case conversion (conch)
--- script
echo ${x^^}
--- stderr
conch: test.sh: line 1: syntax error: '${x^...}' (case conversion) is a bash extension; use tr
--- status
2

=== inside $( ) and -c strings too, with the line (conch)
--- command
"$CONCH" -c 'echo a
echo $(echo b <<<x)'; echo "status $?"
--- stdout
a
status 2
--- stderr
conch: line 2: syntax error: '<<<' (here-string) is a bash extension; use a here-document or printf '%s\n' ... |

=== &> inside $( ) is `cmd &` then `>f` as well (posix; as dash)
--- script
echo "[$(echo b &>/dev/null; wait)]"
--- stdout
[b]

=== source is the dot command (conch)
--- script
echo 'echo sourced' >f
source ./f
--- stdout
sourced
