# read (XCU read): field splitting by IFS, backslashes, -r, -d, -p, end of file, REPLY.

=== read splits a line into fields, the last variable gets the rest (posix; XCU read)
--- script
printf '  a  b  c  \n' | { read x y; echo "[$x][$y]"; }
printf '  a  b  c  \n' | { read x; echo "[$x]"; }
printf 'a b\n' | { read x y z; echo "[$x][$y][$z]"; }
--- stdout
[a][b  c]
[a  b  c]
[a][b][]

=== read with a non-white IFS keeps empty fields (posix)
--- script
printf 'a::b\n' | { IFS=: read x y z; echo "[$x][$y][$z]"; }
printf 'a::b\n' | { IFS=: read x y; echo "[$x][$y]"; }
printf ':a\n' | { IFS=: read x y; echo "[$x][$y]"; }
--- stdout
[a][][b]
[a][:b]
[][a]

=== the last variable drops one trailing delimiter only if it ends a single field (posix; POSIX 2024)
--- script
printf 'a:b:\n' | { IFS=: read x y; echo "[$x][$y]"; }
printf 'a:b::\n' | { IFS=: read x y; echo "[$x][$y]"; }
printf 'a:\n' | { IFS=: read x y; echo "[$x][$y]"; }
printf 'a  :  b  :  \n' | { IFS=' :' read x y; echo "[$x][$y]"; }
printf ' a : b : c \n' | { IFS=' :' read x y; echo "[$x][$y]"; }
--- stdout
[a][b]
[a][b::]
[a][]
[a][b]
[a][b : c]

=== read with an empty IFS does not split (posix)
--- script
printf '  a b  \n' | { IFS= read x y; echo "[$x][$y]"; }
--- stdout
[  a b  ][]

=== read removes backslashes and joins continued lines (posix)
--- script
printf 'a\\ b\\\nc d\n' | { read x y; echo "[$x][$y]"; }
printf '\\\\x\\y\n' | { read x; echo "[$x]"; }
--- stdout
[a bc][d]
[\xy]

=== an escaped IFS character does not split (posix)
--- script
printf 'a\\:b:c\n' | { IFS=: read x y; echo "[$x][$y]"; }
--- stdout
[a:b][c]

=== read -r keeps backslashes (posix)
--- script
printf 'a\\ b\\\n' | { read -r x y; echo "[$x][$y]"; }
--- stdout
[a\][b\]

=== read at end of file returns 1 and still assigns a partial line (posix)
--- script
printf 'abc' | { read x; echo "$? [$x]"; }
printf '' | { read x; echo "$? [${x-unset}]"; }
--- stdout
1 [abc]
1 []

=== read leaves the rest of the input for the next command (posix; pipe)
--- script
printf 'one\ntwo\nthree\n' | { read a; read b; cat; echo "$a $b"; }
--- stdout
three
one two

=== read leaves the rest of the input for the next command (posix; file)
--- script
printf 'one\ntwo\nthree\n' >f
{ read a; read b; cat; echo "$a $b"; } <f
--- stdout
three
one two

=== read from a file gives back what it read past the line, also past a long line (posix)
--- script
i=0 long=
while [ $i -lt 150 ]; do long="${long}abcdefghij"; i=$((i + 1)); done
printf '%s x\nsecond\nthird\n' "$long" >f
{ read -r a b; echo "${#a} $b"; read c; cat; echo "$c"; } <f
--- stdout
1500 x
third
second

=== read from a file sees where another command left the offset (posix)
--- script
printf 'one\ntwo\nthree\nfour\n' >f
{ read a; dd bs=1 count=4 2>/dev/null; read b; echo "[$a][$b]"; } <f
--- stdout
two
[one][three]

=== read from a file: backslashes after plain text, and across a long line (posix)
--- script
i=0 long=
while [ $i -lt 100 ]; do long="${long}abcdefghij"; i=$((i + 1)); done
printf 'a b\\:c:d\\ e f\n%s\\:x:y\\\nz\n' "$long" >f
{ IFS=: read x y z; echo "[$x][$y][$z]"; IFS=: read u v; echo "${#u} [$v]"; } <f
--- stdout
[a b:c][d e f][]
1002 [yz]

=== read reads from the script's own standard input (posix; XCU 2.1; bash, dash reads ahead)
--- stdin
read line
first line of input
echo "got: $line"
--- command
"$CONCH"
--- stdout
got: first line of input

=== read in a while loop processes every line (posix)
--- script
printf 'a 1\nb 2\nc 3' | while read k v; do echo "$k=$v"; done
--- stdout
a=1
b=2

=== read without names puts the whole line in REPLY (conch; ksh, bash; dash requires a name)
--- script
printf '  x  y  \n' | { read; echo "[$REPLY]"; }
--- stdout
[  x  y  ]

=== read -d uses another delimiter (conch; bash; not in dash)
--- script
printf 'a b:c' | { read -d : x y; echo "$? [$x][$y]"; read z; echo "$? [$z]"; }
--- stdout
0 [a][b]
1 [c]

=== read -p writes no prompt when input is not a terminal (conch; read -p is not POSIX; as bash)
--- script
echo val | { read -p 'prompt> ' x; echo "$x"; }
--- stdout
val

=== read into a read-only variable fails with status 1 (conch; bash; dash 2)
--- script
readonly r=1
echo 2 | { read r; echo $?; }
echo $r
--- stdout
1
1
--- stderr-contains
r: readonly variable

=== read with a bad variable name is an error, status 2 (conch; dash; bash 1)
--- script
echo x | { read 'a b'; echo $?; }
--- stdout
2
--- stderr-contains
read: a b: bad variable name

=== read with an invalid option is a usage error, status 2 (conch)
--- script
echo x | { read -q x; echo $?; }
--- stdout
2
--- stderr-contains
read: -q: invalid option

=== read -d without its argument is a usage error (conch)
--- script
echo x | { read -d; echo $?; }
--- stdout
2
--- stderr-contains
read: -d: option requires an argument

=== read from a closed descriptor is an error, status 1 (conch)
--- script
read x <&-; echo $?
--- stdout
1
--- stderr-contains
read: read error: Bad file descriptor

=== read -t takes a fraction of a second in a UTF-8 locale too (conch; as bash)
--- script
# The numeric locale is loaded the first time read -t needs its radix character: that load
# must not leave an errno behind that read then takes for a bad number.
LC_ALL=C.UTF-8 "$CONCH" -c 'read -t 0.2 x < /dev/null; echo "end of input: $?"'
LC_ALL=C.UTF-8 "$CONCH" -c 'sleep 1 | { read -t 0.2 x; echo "timed out: $?"; }'
--- stdout
end of input: 1
timed out: 142
