# Brace expansion (conch mode, set -B, on by default): bash's a{b,c}d, {x..y[..incr]}. It comes
# before the other expansions, on the words of simple commands and for-lists only. The cases
# follow bash 5.2 unless the title says otherwise. POSIX mode: tests/posix-mode-brace.t.

=== lists: a{b,c}d, nesting, several groups (conch; as bash)
--- script
echo a{b,c}d
echo {a,b{c,d}}
echo a{b,c}{d,e}f
echo {a,b}{c,d}x{1,2}
--- stdout
abd acd
a bc bd
abdf abef acdf acef
acx1 acx2 adx1 adx2 bcx1 bcx2 bdx1 bdx2

=== empty elements give no argument unless quoted (conch; as bash)
--- script
printf '<%s>' {a,} {,} x{,} {"",a}; echo
--- stdout
<a><x><x><><a>

=== sequences of integers: up, down, step, negative (conch; as bash)
--- script
echo {1..10}
echo {10..1..2}
echo {-3..3}
echo {1..10..3} {10..-10..5} {-10..10..-5} {1..3..0}
echo {9223372036854775806..9223372036854775807}
--- stdout
1 2 3 4 5 6 7 8 9 10
10 8 6 4 2
-3 -2 -1 0 1 2 3
1 4 7 10 10 5 0 -5 -10 -10 -5 0 5 10 1 2 3
9223372036854775806 9223372036854775807

=== zero padding to the wider end when either end has a leading zero (conch; as bash)
--- script
echo {01..10}
echo {1..03} {-01..2} {00..2} {0..2} {-0..1} {+01..2}
--- stdout
01 02 03 04 05 06 07 08 09 10
01 02 03 -01 000 001 002 00 01 02 0 1 2 0 1 1 2

=== sequences of letters (conch; as bash)
--- script
echo {a..e} {e..a..2} {A..C} {x..z}{1..2}
--- stdout
a b c d e e c a A B C x1 x2 y1 y2 z1 z2

=== invalid forms stay as written, valid ones beside them expand (conch; as bash)
--- script
echo {a} {} {a..} x{}y {..2} {1..2..} {1.2..3} {a..5} {aa..bb} {1...3} {a,{b} a{b,c {a,b}
--- stdout
{a} {} {a..} x{}y {..2} {1..2..} {1.2..3} {a..5} {aa..bb} {1...3} {a,{b} a{b,c a b

=== an invalid brace before or around a valid one (conch; as bash)
--- script
echo {a}{b,c} x{a}y{b,c} {{a,b} {a{b,c}d} {a,b}} {a..c}} {1..{2..3}}
--- stdout
{a}b {a}c x{a}yb x{a}yc {a {b {abd} {acd} a} b} a} b} c} {1..{2..3}}

=== quoted and escaped braces and commas are literal (conch; as bash)
--- script
echo \{a,b} "{a,b}" '{a,b}' {a\,b} {'a,b'} {"a",b} {a,"}"} {a,b"}"
--- stdout
{a,b} {a,b} {a,b} {a,b} {a,b} a b a } {a,b}

=== ${x} and $(...) inside are not braces; braces come before parameter expansion (conch; as bash)
--- script
x=1
echo {$x,b} {${x},b} {$(echo p),q}
y='{c,d}'
echo {a,b}$y {a,b}$(echo '{e,f}')
echo {$x..3}
--- stdout
1 b 1 b p q
a{c,d} b{c,d} a{e,f} b{e,f}
{1..3}

=== $x{a,b} reads $xa and $xb: the name runs on into each element (conch; as bash)
--- script
x=1 xa=A xb=B x_1=C
echo $x{a,b} $x{_1,-z} ${x}{a,b} "$x"{a,b} $1{a,b}
--- stdout
A B C 1-z 1a 1b 1a 1b a b

=== the results are expanded: tilde, fields, globs (conch; as bash)
--- script
HOME=/h
echo ~{,/x}
v='p q'
printf '<%s>' {1,2}$v; echo
touch a1 a2 b1
echo {a,b}*
--- stdout
/h /h/x
<1p><q><2p><q>
a1 a2 b1

=== assignments stay literal; arguments of export are brace-expanded (conch; as bash)
--- script
a={x,y}; echo "$a"
export e={p,q}; echo "$e"
--- stdout
{x,y}
q

=== for-lists are brace-expanded, case words are not (conch; as bash)
--- script
for i in {1..3} x{a,b}; do printf '%s ' "$i"; done; echo
case b in {a,b}) echo list;; '{a,b}') echo quoted;; *) echo none;; esac
case {a,b} in {a,b}) echo literal;; esac
--- stdout
1 2 3 xa xb 
none
literal

=== set +B turns it off, set -B back on (conch; as bash)
--- script
set +B; echo {a,b}; set -B; echo {a,b}
set +o braceexpand; echo {1..2}; set -o braceexpand; echo {1..2}
--- stdout
{a,b}
a b
{1..2}
1 2

=== a word of more than 1000000 words is refused, and the command does not run (conch; own message; bash tries)
--- script
echo {1..100000000}
echo not reached
--- stderr
conch: test.sh: line 1: brace expansion makes too many words (the limit is 1000000)
--- status
2

=== the limit counts the words of all groups together (conch; own message)
--- script
echo x{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}
--- stderr
conch: test.sh: line 1: brace expansion makes too many words (the limit is 1000000)
--- status
2

=== 100000 words are well within the limit (conch; as bash)
--- script
set -- x{1..1000}y{1..100}z
echo "$# $1 ${100000}"
--- stdout
100000 x1y1z x1000y100z

=== a letter sequence through the characters between Z and a (conch; bash differs: it drops the backslash)
--- script
printf '<%s>' {Z..a}; echo
--- stdout
<Z><[><\><]><^><_><`><a>

=== braces nested more than 1000 deep are refused, not a deep recursion (conch; own message; bash expands them)
--- script
w=b i=0
while [ "$i" -lt 1100 ]; do w="{a,$w}"; i=$((i + 1)); done
eval "echo $w"
echo not reached
--- stderr
conch: test.sh: line 3: brace expansion nested too deeply
--- status
2

=== 1000 levels of nesting are within the limit (conch; as bash)
--- script
w=b i=0
while [ "$i" -lt 999 ]; do w="{a,$w}"; i=$((i + 1)); done
eval "printf '%s\n' $w" | sort | uniq -c | sed 's/^ *//'
--- stdout
999 a
1 b

=== brace expansion in a pipeline stage or $( ) that only runs a utility, quoted words taken as they are (conch; as bash)
--- script
touch a b
: | ls {a,b}
ls {a,b} | cat
echo "$(ls {a,b})"
echo x | ls 'a' "b"
echo "$(ls a\ b 2>&1 >/dev/null | grep -c 'a b')"
--- stdout
a
b
a
b
a
b
a
b
1
