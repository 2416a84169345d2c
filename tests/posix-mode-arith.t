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
