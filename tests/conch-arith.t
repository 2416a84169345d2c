# conch mode: bash's arithmetic extensions in $(( )) (** and base#digits), the (( )) command,
# for (( ; ; )), the let builtin and the time keyword. POSIX mode keeps none of them:
# posix-mode-arith.t. Where bash and ksh93 differ, conch follows bash.

=== ** is the power operator, right associative, below the unary operators (conch; as bash)
--- script
echo $((2**10)) $((2**3**2)) $((-2**2)) $((2*3**2)) $((0**0)) $((2**63))
--- stdout
1024 512 4 18 1 -9223372036854775808

=== ** with a negative exponent is an error (conch; own message and status 2, bash says 1)
--- script
(echo $((2**-1)))
echo status $?
--- stdout
status 2
--- stderr-contains
exponent less than 0

=== base#digits constants from base 2 to 64 with bash's digits (conch; as bash)
--- script
echo $((2#101)) $((8#17)) $((16#ff)) $((16#FF)) $((36#Zz)) $((64#@_)) $((64#aA)) $((10#08))
--- stdout
5 15 255 255 1295 4031 676 8

=== base#digits in a variable's value (conch; as bash)
--- script
x=16#ff y=2#11
echo $((x + y))
--- stdout
258

=== bad base#digits constants are errors (conch; own messages and status 2, bash says 1)
--- script
(echo $((1#1))); echo $?
(echo $((65#1))); echo $?
(echo $((16#g))); echo $?
(echo $((2#))); echo $?
--- stdout
2
2
2
2
--- stderr
conch: test.sh: line 1: arithmetic: invalid arithmetic base "1#1" in "1#1"
conch: test.sh: line 2: arithmetic: invalid arithmetic base "65#1" in "65#1"
conch: test.sh: line 3: arithmetic: value too great for base "16#g" in "16#g"
conch: test.sh: line 4: arithmetic: invalid number "2#" in "2#"
