# POSIX mode keeps the arithmetic of XCU 2.6.4 only: no **, no base#digits, no (( )) command,
# no for (( )), no let, and `time` is the utility. conch mode: conch-arith.t.
# These cases check POSIX mode: conch runs as `sh` here (run-cases).
# mode: sh

=== base#digits is no constant in POSIX mode (posix; bash differs)
--- script
(echo $((16#ff)))
echo status $?
--- stdout
status 2
--- stderr-contains
arithmetic

=== (( at the start of a command is two subshells in POSIX mode (posix; XCU 2.9.4.1 allows either, as dash; bash differs)
--- script
((echo a))
((false)) || echo status $?
--- stdout
a
status 1

=== for (( )) is a syntax error in POSIX mode (conch; as dash, own message)
--- script
for ((i=0; i<1; i++)); do :; done
echo not reached
--- stderr
conch: test.sh: line 1: syntax error near unexpected token '('
--- status
2

=== let is no builtin in POSIX mode (conch; as dash, own message)
--- script
let x=1
echo status $? ${x-unset}
--- stdout
status 127 unset
--- stderr
conch: test.sh: line 1: let: not found

=== time is no keyword in POSIX mode: a function named time is called (posix; as dash)
--- script
time() { echo "fn $*"; }
time -p echo a
command -v time
--- stdout
fn -p echo a
time

=== an array subscript in arithmetic is an error in POSIX mode (conch; own message)
--- script
echo $((b[1]))
--- status
2
--- stderr-contains
arithmetic: unexpected character '['
