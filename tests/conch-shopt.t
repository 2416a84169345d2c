# The shopt builtin (conch mode, as bash 5.2) and the options it sets: the glob options, extglob,
# nocasematch, lastpipe and expand_aliases. POSIX mode: tests/posix-mode-shopt.t.

=== shopt lists its options, on or off, in bash's layout (conch; bash has more options)
--- script
shopt
--- stdout
cdable_vars    	off
dotglob        	off
expand_aliases 	on
extglob        	off
failglob       	off
globstar       	off
hostcomplete   	on
lastpipe       	off
nocaseglob     	off
nocasematch    	off
nullglob       	off
progcomp       	on

=== -s and -u set and unset; a name alone prints it, status 1 when off (conch; as bash)
--- script
shopt -s nullglob dotglob
shopt nullglob dotglob; echo $?
shopt -u dotglob
shopt dotglob; echo $?
shopt -q nullglob; echo $?
shopt -q nullglob dotglob; echo $?
--- stdout
nullglob       	on
dotglob        	on
0
dotglob        	off
1
0
1

=== -p prints commands to set them again; -s / -u alone list those on / off (conch; as bash, which has more options)
--- script
shopt -s extglob
shopt -p extglob lastpipe
shopt -s
shopt -p -u | head -2
--- stdout
shopt -s extglob
shopt -u lastpipe
expand_aliases 	on
extglob        	on
hostcomplete   	on
progcomp       	on
shopt -u cdable_vars
shopt -u dotglob

=== -o uses the names of set -o (conch; as bash, whose $- also has h)
--- script
shopt -so errexit noglob
echo $-
shopt -o errexit; shopt -po noglob
shopt -uo errexit; shopt -o errexit; echo $?
--- stdout
efB
errexit        	on
set -o noglob
errexit        	off
1

=== errors: unknown name, -s with -u, unknown option (conch; as bash, own messages)
--- script
shopt nosuch; echo $?
shopt -s nosuch nullglob; echo $?; shopt -q nullglob && echo set
shopt -su nullglob; echo $?
shopt -x; echo $?
--- stdout
1
1
set
1
2
--- stderr
conch: shopt: nosuch: invalid shell option name
conch: shopt: nosuch: invalid shell option name
conch: shopt: cannot set and unset shell options simultaneously
conch: shopt: -x: invalid option
shopt: usage: shopt [-pqsu] [-o] [optname...]

=== help shopt, and help lists it (conch; own text)
--- script
help shopt | head -1
help | grep -c '^  shopt '
--- stdout
shopt: shopt [-pqsu] [-o] [optname...]
1

=== nullglob: a pattern without a match expands to nothing (conch; as bash)
--- script
touch a1
shopt -s nullglob
printf '<%s>' a* b* "c*" x; echo
for f in *.none; do echo never; done; echo done
--- stdout
<a1><c*><x>
done

=== failglob: no match is an error, the command does not run, status 1, the shell goes on (conch; own message; as bash)
--- script
shopt -s failglob
echo *.none
echo "status $?"
for f in *.none
do echo never; done
echo "status $?"
touch a1; echo a*
--- stdout
status 1
status 1
a1
--- stderr
conch: test.sh: line 2: no match: *.none
conch: test.sh: line 4: no match: *.none

=== dotglob: * matches names starting with a dot, never . and .. (conch; as bash)
--- script
mkdir t; cd t
touch .h a
echo *
shopt -s dotglob
echo * .*
--- stdout
a
.h a .h

=== nocaseglob: patterns ignore case; literal components do not (conch; as bash)
--- script
touch Abc abd
mkdir D; touch D/x
shopt -s nocaseglob
echo a* [A]b? D/* d/*
--- stdout
Abc abd Abc abd D/x d/*

=== globstar: ** matches any depth; **/ only directories; symlinks to directories are not followed (conch; as bash 5.2)
--- script
mkdir t; cd t
mkdir -p d/e/f .h/x; touch d/1 d/e/2 d/e/f/3 .h/x/4
ln -s ../d d/e/link
echo **
shopt -s globstar
echo **
echo d/**
echo **/
echo **/3 d/**/2
shopt -s dotglob
echo **/4
--- stdout
d
d d/1 d/e d/e/2 d/e/f d/e/f/3 d/e/link
d/ d/1 d/e d/e/2 d/e/f d/e/f/3 d/e/link
d/ d/e/ d/e/f/
d/e/f/3 d/e/2
.h/x/4

=== extglob in pathnames: ?() *() +() @() !() (conch; as bash)
--- script
mkdir t; cd t
touch a b ab abc 'a b'
shopt -s extglob
echo @(a|b) / !(a) / +(a|b) / *(b) / ?(a)b / @(a b) / "@(a|b)"
--- stdout
a b / a b ab abc b / a ab b / b / ab b / a b / @(a|b)

=== extglob in case patterns and ${x#...} removals (conch; as bash)
--- script
shopt -s extglob
for w in foo bar ab abab x ""; do
  case $w in
  @(f|g)*) echo "$w: f or g";;
  !(*a*)) echo "$w: no a";;
  +(ab)) echo "$w: ab repeated";;
  *) echo "$w: other";;
  esac
done
y=abcabc
echo ${y#+(abc)} "[${y##+(abc)}]" ${y%@(b|c)} ${y%%?(x)c}
--- stdout
foo: f or g
bar: other
ab: ab repeated
abab: ab repeated
x: no a
: no a
abc [] abcab abcab

=== extglob matches characters, not bytes (conch; as bash in a UTF-8 locale)
--- script
export LC_ALL=C.UTF-8
shopt -s extglob
case é in ?(é)) echo one;; esac
case éé in +(é)) echo plus;; esac
case ab in @(é|?)b) echo char;; esac
--- stdout
one
plus
char

=== extglob is read when a line is scanned: the option counts from the next line (conch; as bash)
--- script
shopt -s extglob
echo x@(a|b)y
shopt -u extglob
echo ok
--- stdout
x@(a|b)y
ok

=== without extglob, @( is a syntax error as before (conch; own message; as bash)
--- script
echo @(a|b)
--- stderr
conch: test.sh: line 1: syntax error near unexpected token '('
--- status
2

=== nocasematch: case ignores case, except in [[:classes:]]; ${x#...} does not (conch; as bash)
--- script
shopt -s nocasematch
case ABC in a*) echo match;; esac
case ABC in [a-c]b[[:upper:]]) echo bracket;; esac
case ABC in ??[[:lower:]]) echo class;; esac
y=ABC; echo ${y#a}
shopt -u nocasematch
case ABC in a*) echo match;; *) echo no;; esac
--- stdout
match
bracket
ABC
no

=== lastpipe: the last stage runs in the shell (conch; as bash)
--- script
echo x | read v; echo "[$v]"
shopt -s lastpipe
echo x | read v; echo "[$v]"
printf 'a\nb\n' | while read l; do last=$l; done; echo "$last"
true | false; echo $?
set -o pipefail; false | true; echo $?
echo y | { read w; exit 3; }
echo not reached
--- stdout
[]
[x]
b
1
1
--- status
3

=== expand_aliases: on by default in scripts; shopt -u turns it off (conch; bash has it off in scripts)
--- script
alias say='echo alias'
say 1
shopt -u expand_aliases
say 2
shopt -s expand_aliases
say 3
--- stdout
alias 1
alias 3
--- stderr
conch: test.sh: line 4: say: not found

=== failglob in a select list is an error of that command, status 1, as in a for list (conch; as bash, own message prefix)
--- script
shopt -s failglob
select x in *.nomatch; do :; done </dev/null
echo "select $?"
for x in *.nomatch; do :; done
echo "for $?"
--- stdout
select 1
for 1
--- stderr
conch: test.sh: line 2: no match: *.nomatch
conch: test.sh: line 4: no match: *.nomatch
