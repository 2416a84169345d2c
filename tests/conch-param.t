# conch mode's parameter expansions, as bash 5.2 has them: substrings, pattern substitution,
# case conversion, indirection, name lists and ${x@Q}; character-aware in UTF-8 (LC_ALL is C
# unless a case sets it). POSIX mode refuses them (grammar-bashisms.t, posix-mode-param.t).
# These cases also pass under bash, except those whose title says "own message" or "own output".

=== ${x:off} and ${x:off:len}: arithmetic words, negative offsets after a blank or in parentheses (conch; as bash)
--- script
x=abcdefg a=1
printf '<%s>' "${x:2}" "${x:2:3}" "${x: -2}" "${x:(-3)}" "${x: -3:2}" "${x:a+1:a*2}" "${x:$a}"
echo
printf '<%s>' "${x:7}" "${x:9}" "${x: -9}" "${x:1:0}" "${x:2:-2}" "${x: -3:-1}" "${x:0:100}"
echo
printf '<%s>' "${x:-2}" ${x:5:1}${x:0:1}
echo
--- stdout
<cdefg><cde><fg><efg><ef><cd><bcdefg>
<><><><><cde><ef><abcdefg>
<abcdefg><fa>

=== ${x:off:len} counts characters in UTF-8 and bytes in the C locale (conch; as bash)
--- script
x=héllo
LC_ALL=C.UTF-8
printf '<%s>' "${x:1:2}" "${x: -3}" "${#x}"
echo
LC_ALL=C
printf '<%s>' "${x:1:2}" "${x:3}" "${#x}" | od -An -c | tr -s ' '
--- stdout
<él><llo><5>
 < 303 251 > < l l o > < 6 >

=== a negative length that ends before the offset is an error (conch; own message)
--- script
x=hello
echo "${x:3:-3}"
echo not reached
--- stderr
conch: test.sh: line 2: -3: substring expression < 0
--- status
2

=== ${@:off:len} and ${*:off:len} slice the positional parameters, $0 at offset 0 (conch; as bash)
--- script
set -- a b c d e
printf '<%s>' "${@:2}" ; echo
printf '<%s>' "${@:2:2}" ; echo
printf '<%s>' "${*:0:2}" ; echo
printf '<%s>' "${@: -2}" ${@:4:9} ; echo
printf '<%s>' "${@:7}" "${*:7}" ; echo
IFS=-; printf '<%s>' "${*:2:3}" ; echo
--- stdout
<b><c><d><e>
<b><c>
<test.sh a>
<d><e><d><e>
<>
<b-c-d>

=== ${x/pat/rep} and its forms //, /#, /%; without rep the match is deleted (conch; as bash)
--- script
x=abcbd
printf '<%s>' "${x/b/X}" "${x//b/X}" "${x/#a/X}" "${x/#b/X}" "${x/%d/X}" "${x/%b/X}" "${x/b}" "${x//b}"
echo
printf '<%s>' "${x/b*/Z}" "${x//?/.}" "${x/b/a/b}" "${x/#/<}" "${x/%/>}" "${x/}" "${x//[bc]/-}"
echo
--- stdout
<aXcbd><aXcXd><Xbcbd><abcbd><abcbX><abcbd><acbd><acd>
<aZ><.....><aa/bcbd><<abcbd><abcbd>><abcbd><a---d>

=== the pattern keeps its own quoting, inside double quotes too (conch; as bash)
--- script
x='a*c.c' p='*.'
printf '<%s>' "${x/'*'/X}" ${x/\*/X} "${x/"$p"/X}" "${x/$p/X}" "${x//[*.]/_}" "${x/c\./C}"
echo
--- stdout
<aXc.c><aXc.c><a*c.c><Xc><a_c_c><a*Cc>

=== & in the replacement is the matched text unless quoted: bash 5.2's default patsub_replacement (conch; as bash)
--- script
x=abcb r='&'
printf '<%s>' "${x/b/[&]}" "${x//b/<&&>}" "${x/b/\&}" "${x/b/'&'}" "${x/b/"&"}" "${x/b/$r$r}" "${x/b/"$r"}"
echo
--- stdout
<a[b]cb><a<bb>c<bb>><a&cb><a&cb><a&cb><abbcb><a&cb>

=== ${x/pat/rep} matches characters in UTF-8 (conch; as bash)
--- script
LC_ALL=C.UTF-8
x=été
printf '<%s>' "${x/?/E}" "${x//é/e}" "${x/%?/!}"
echo
--- stdout
<Eté><ete><ét!>

=== ${x/pat/rep} results are split and globbed unquoted, not inside quotes (conch; as bash)
--- script
x='a b  c'
printf '<%s>' ${x/b/x y} "${x// /_}"
echo
--- stdout
<a><x><y><c><a_b__c>

=== ${x^} ${x^^} ${x,} ${x,,}, with a pattern too (conch; as bash)
--- script
x=hello y=HELLO
printf '<%s>' "${x^}" "${x^^}" "${x^^[lo]}" "${x^l}" "${y,}" "${y,,}" "${y,,[EL]}"
echo
--- stdout
<Hello><HELLO><heLLO><hello><hELLO><hello><HellO>

=== case conversion knows UTF-8 letters, and leaves them alone in the C locale (conch; as bash)
--- script
x=élan
LC_ALL=C.UTF-8
printf '<%s>' "${x^}" "${x^^}"
LC_ALL=C
printf '<%s>' "${x^^}"
echo
--- stdout
<Élan><ÉLAN><éLAN>

=== ${!name} expands the parameter that name names; the operators apply to it (conch; as bash)
--- script
a=x x=hello n=2
set -- one two three
printf '<%s>' "${!a}" "${!a:-d}" "${!a/l/L}" "${!a:1:2}" "${!n}" "${!#}"
unset x
printf '<%s>' "${!a:-unset}" "${!a-u2}"
echo
--- stdout
<hello><hello><heLlo><el><two><three><unset><u2>

=== ${!name} with name unset or not naming a parameter is an error (conch; own message)
--- script
v='1a'
echo "${!v}"
--- stderr
conch: test.sh: line 2: 1a: invalid variable name
--- status
2

=== ${!prefix*} and ${!prefix@} list the names of set variables, sorted (conch; as bash)
--- script
pre_b=1 pre_a=2 pre_c=
printf '<%s>' "${!pre_*}" ; echo
printf '<%s>' "${!pre_@}" ; echo
printf '<%s>' "${!nosuchprefix@}" "${!nosuchprefix*}" ; echo
--- stdout
<pre_a pre_b pre_c>
<pre_a><pre_b><pre_c>
<>

=== ${x@Q} quotes for re-input; @E expands escapes; @U @u @L change case (conch; as bash)
--- script
x="it's a b" e='a\tb\101\x42' t=$'a\nb' z=
printf '<%s>' "${x@Q}" "${e@E}" "${t@Q}" "${z@Q}" "${x@U}" "${x@u}" "${x@U}" "${e@L}"
unset z
printf '<%s>' "${z@Q}"
echo
eval "y=${x@Q}"; [ "$y" = "$x" ] && echo round trip
--- stdout
<'it'\''s a b'><a	bAB><$'a\nb'><''><IT'S A B><It's a b><IT'S A B><a\tb\101\x42><>
round trip

=== ${x@Q} writes non-printable bytes with $'...' in the C locale, not in UTF-8 (conch; as bash)
--- script
x=é
printf '%s\n' "${x@Q}"
LC_ALL=C.UTF-8
printf '%s\n' "${x@Q}"
--- stdout
$'\303\251'
'é'

=== "$@" and "$*" with an operator apply it to each parameter (conch; as bash)
--- script
set -- ab cb bb
printf '<%s>' "${@/b/X}" ${*//b/-} "${*/#?/_}" "${@^}" "${@@Q}"
echo
IFS=:; printf '<%s>' "${*^^}"
echo
--- stdout
<aX><cX><Xb><a-><c-><--><_b _b _b><Ab><Cb><Bb><'ab'><'cb'><'bb'>
<AB:CB:BB>

=== set -u: an unset parameter is an error with the new operators, the :- forms still help (conch; own message)
--- script
set -u
echo "${u:-d}" "${!u*}"
echo "${u/a/b}"
--- stdout
d 
--- stderr
conch: test.sh: line 3: u: parameter not set
--- status
2

=== the operators can be nested and mixed with the POSIX ones (conch; as bash)
--- script
f=/usr/local/lib/libx.so.1
printf '<%s>' "${f##*/}" "${f//\//:}" "${f:0:${#f}-2}" "${f%.so*}" "${f/lib/${HOME:+L}}"
echo
--- stdout
<libx.so.1><:usr:local:lib:libx.so.1></usr/local/lib/libx.so></usr/local/lib/libx></usr/local/L/libx.so.1>

=== unparsed for jobs as written (conch; own output)
--- script
set -m 2>/dev/null
x=abc
{ : "${x/a\/b/c/d}" ${x:1:2} ${x: -1} ${x^^[ab]} ${!x} ${!pre@} "${x@Q}" "${@:2}"; sleep 10; } &
jobs
kill %1
wait
--- stdout
[1]+  Running                 { : "${x/a"/"b/c/d}" ${x:1:2} ${x: -1} ${x^^[ab]} ${!x} ${!pre@} "${x@Q}" "${@:2}"; sleep 10; } &

=== set -o posix refuses the operators on the lines read after it, set +o posix accepts them again (conch; bash's posix mode has them)
--- script
x=abc
echo "${x/b/B}"
set -o posix
(eval 'echo "${x/b/B}"') || echo refused
set +o posix
eval 'echo "${x^^}"'
--- stdout
aBc
refused
ABC
--- stderr
conch: test.sh: line 4: syntax error: '${x/...}' (pattern substitution) is a bash extension; use sed or a case loop

=== bracket expressions and classes in ${x/pat/rep} match one character each, in UTF-8 too (conch; as bash)
--- script
LC_ALL=C.UTF-8
v='é]a:b'
printf '<%s>' "${v//[[:alpha:]]/_}" "${v/%[]a]?/_}" "${v//[\]]/_}" "${v/#?]/X}" "${v/%?/<&>}"
echo
--- stdout
<_]_:_><é]a:b><é_a:b><Xa:b><é]a:<b>>

=== ${!name} may name @, and take @Q, case and substring operators (conch; as bash)
--- script
set -- a b; x=@ y=hello z=y
printf '<%s>' "${!x}" "${!z@Q}" "${!z^^}" "${!z:1:2}"
echo
--- stdout
<a><b><'hello'><HELLO><el>
