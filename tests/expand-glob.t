# Pathname expansion (XCU 2.6.6, patterns XCU 2.14). Expected output is dash's.
# Each script runs in a fresh empty directory.

=== * matches the files in sorted order, a pattern with no match stays as it is (posix)
--- script
touch b a c
echo *
echo z* "z"*x
echo [xy]
--- stdout
a b c test.sh
z* z*x
[xy]

=== quoted pattern characters are literal (posix; XCU 2.14)
--- script
touch ab 'a*' 'a?'
echo "a*" 'a?' a\* a"*"
echo a*
--- stdout
a* a? a* a*
a* a? ab

=== only unquoted * ? [ from the word or an unquoted expansion are patterns (posix)
--- script
touch a1 a2
p='a*'
echo $p
echo "$p"
q='"a"*'
echo $q
--- stdout
a1 a2
a*
"a"*

=== ? and bracket expressions, [!...] and character classes (posix)
--- script
touch a1 a2 b3 bb cX
echo a?
echo [!a]*
echo *[[:digit:]]
echo *[[:upper:]]
echo [a-b][0-9]
--- stdout
a1 a2
b3 bb cX test.sh
a1 a2 b3
cX
a1 a2 b3

=== a leading dot must be matched explicitly; .* matches . and .. (conch; bash differs)
--- script
touch .hidden visible
echo *
echo .h*
echo .*
--- stdout
test.sh visible
.hidden
. .. .hidden

=== set -f disables pathname expansion (posix)
--- script
touch a1
set -f
echo a*
set +f
echo a*
--- stdout
a*
a1

=== patterns with directories (posix)
--- script
mkdir -p d1/x d2/y d3
touch d1/f d2/g
echo */*
echo d*/
echo d[12]/?
--- stdout
d1/f d1/x d2/g d2/y
d1/ d2/ d3/
d1/f d1/x d2/g d2/y

=== the matches of a pattern are not split again (posix)
--- script
touch 'x y'
for f in x*; do echo "<$f>"; done
--- stdout
<x y>

=== assignments, case subjects and redirection targets are not globbed (posix)
--- script
touch a1 a2
x=a*
echo "$x"
case a* in a\*) echo literal;; *) echo no;; esac
--- stdout
a*
literal

=== a backslash in an unquoted expansion escapes in a pattern (posix)
--- script
touch 'a*b' axb
p='a\*b'
echo $p
p='a\?b'
echo $p
--- stdout
a\*b
a\?b

=== a field of only unquoted expansion matching nothing is kept (posix)
--- script
p='*.nomatch'
echo $p
set -- $p
echo $#
--- stdout
*.nomatch
1

=== [ without a closing ] is an ordinary character (posix)
--- script
touch '[a'
echo [a
echo [b
--- stdout
[a
[b

=== */ names directories and links to them; a pattern going on below looks only in those (posix)
--- script
mkdir d1 d2; touch f d1/x d2/y; ln -s d1 ld; ln -s f lf; ln -s nowhere dl
echo */
echo */x
echo *1/ l*/
--- stdout
d1/ d2/ ld/
d1/x ld/x
d1/ ld/

=== literal text around a star matches only names long enough for both ends (posix)
--- script
touch aba ab ba abba abxba a .ab
echo ab*ba
echo a*a
echo *b
echo .a*
--- stdout
abba abxba
aba abba abxba
ab
.ab

=== matches are sorted by bytes in the C locale, by character in C.UTF-8 (posix; XCU 2.14.3)
--- script
for n in B a _ z aaaaaaaaY aaaaaaaa aaaaaaaaX aaaaaaaaXb aaaaaaab A- 'é' 'e' 'f~'; do : >"$n"; done
rm test.sh
echo *
LC_ALL=C.UTF-8
echo *
--- stdout
A- B _ a aaaaaaaa aaaaaaaaX aaaaaaaaXb aaaaaaaaY aaaaaaab e f~ z é
A- B _ a aaaaaaaa aaaaaaaaX aaaaaaaaXb aaaaaaaaY aaaaaaab e f~ z é

=== a trailing slash after a file matches nothing; slashes stay as written (posix; as dash and bash)
--- script
mkdir d; touch d/f
echo */f/ */f d//*
set -- //*; case $1 in //?*) echo "kept //";; *) echo "got $1";; esac
--- stdout
*/f/ d/f d//f
kept //
