# POSIX mode keeps [[ ]], `function NAME` and `select` out (conch-cond.t has them in conch mode;
# grammar-bashisms.t already checks the [[ and `function NAME {` refusals).
# mode: sh

=== select is not a reserved word: its do is unexpected (conch; POSIX mode, own message)
--- script
select x in a b; do echo "$x"; done
--- stderr
conch: test.sh: line 1: syntax error near unexpected token 'do'
--- status
2

=== select is an ordinary command name: a utility of that name would run (posix; as dash)
--- script
select() { echo "select function: $*"; }
select x in a
--- stdout
select function: x in a

=== function then a newline is a command named function, then a group (posix; as dash)
--- script
function f
{ echo group; }
echo "status $?"
--- stdout
group
status 0
--- stderr-contains
function: not found

=== set +o posix turns [[ ]], function and select on for the lines read after it (conch)
--- script
set +o posix
[[ a == a ]] && echo cond
function f { echo func; }
f
select v in x; do echo "$v"; break; done 2>/dev/null
--- stdin
1
--- stdout
cond
func
x

=== set -o posix turns them off again for the lines read after it (conch)
--- script
set +o posix
set -o posix
[[ a == a ]]
--- stderr
conch: test.sh: line 3: syntax error: '[[' is a bash extension; use '[ ... ]' or 'test'
--- status
2
