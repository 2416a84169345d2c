# Reserved words, NAME and ASSIGNMENT_WORD (XCU 2.4, 2.10.2 rules 1-9): a word is a keyword
# only where the grammar can start or end a compound command. Expected outputs come from dash.

=== reserved words as arguments are ordinary words (posix; rule 1)
--- script
echo if then else elif fi do done case esac while until for in { } !
--- stdout
if then else elif fi do done case esac while until for in { } !

=== fi after a command name is an argument, not the end of the if (posix)
--- script
if true; then echo fi fi
fi
--- stdout
fi fi

=== reserved words are recognized after ; & && || | ( and newline (posix)
--- script
true; if true; then echo a; fi
true && if true; then echo b; fi
false || while false; do :; done
echo c | while read l; do echo $l; done
(if true; then echo d; fi)
true & if true; then echo e; fi
wait
--- stdout
a
b
c
d
e

=== { and } need blanks or separators to be reserved words (posix)
--- script
{ echo a; }
echo {b}
{ echo c
}
--- stdout
a
{b}
c

=== } after a word on the same line is an argument (posix)
--- script
{ echo x }
}
--- stdout
x }

=== in is reserved only as the third word of for and case (posix; rule 6)
--- script
for in in in; do echo "$in"; done
case in in in) echo matched;; esac
echo in
--- stdout
in
matched
in

=== do may follow the name in for x do (posix; rule 6)
--- script
set -- p q
for x do echo $x; done
--- stdout
p
q

=== the for variable must be a NAME (posix; rule 5)
--- script
for _x1 in ok; do echo $_x1; done
--- stdout
ok

=== esac is reserved at the start of a pattern, a pattern otherwise (posix; rule 4)
--- script
case esac in
  (esac) echo paren-esac;;
esac
case x in x|esac) echo alt;; esac
--- stdout
paren-esac
alt

=== case patterns are never reserved words (posix)
--- script
for w in if then do done '{' '}' '!'; do
  case $w in
    if|then) echo "$w: if-then";;
    do|done) echo "$w: do-done";;
    '{'|'}'|'!') echo "$w: punct";;
  esac
done
--- stdout
if: if-then
then: if-then
do: do-done
done: do-done
{: punct
}: punct
!: punct

=== NAME=value before the command name is an assignment (posix; rule 7)
--- script
a=1 b=2
echo $a $b
c=3 sh -c 'echo $c'
echo "[$c]"
--- stdout
1 2
3
[]

=== NAME=value after the command name is an argument (posix)
--- script
echo a=b c=d
set -- x=1
echo $1
--- stdout
a=b c=d
x=1

=== an assignment needs an unquoted NAME and = (posix)
--- script
'a'=1 2>/dev/null || echo not-an-assignment
a\=1 2>/dev/null || echo escaped-equals
1a=1 2>/dev/null || echo bad-name
a-b=1 2>/dev/null || echo dash-in-name
a_b=ok; echo $a_b
--- stdout
not-an-assignment
escaped-equals
bad-name
dash-in-name
ok

=== assignment values keep quoting and expansions (posix)
--- script
x="a b" y=$x z='$x' w=
echo "$x|$y|$z|$w|"
v=a=b=c; echo $v
--- stdout
a b|a b|$x||
a=b=c

=== assignments may mix with redirections before the command name (posix)
--- script
a=1 >f b=2 sh -c 'echo $a$b'
cat f
--- stdout
12

=== ! is a reserved word only at the start of a pipeline (posix)
--- script
! false && echo negated
echo !
echo a ! b
--- stdout
negated
!
a ! b

=== reserved words are not recognized after a compound command's redirection (conch)
--- script
if true; then { echo a; } >/dev/null fi; echo b
--- stderr-contains
syntax error near unexpected token 'fi'
--- status
2

=== function and select are ordinary words in POSIX mode (posix; bash differs: function is a keyword there)
--- command
"$CONCH_SH" test.sh
--- script
function() { echo not-a-keyword; }
function
select=1; echo $select
--- stdout
not-a-keyword
1

=== a reserved word after a redirection is a command name, and unparse keeps it there (conch)
--- script
printf '>/dev/null fi\n2>&1 in x &\n' > t
"$CONCH" --ast -n t 2>&1
--- stdout
SIMPLE  >/dev/null fi
  redir >/dev/null: fd 1 writes the file (truncated; refused with noclobber if it exists)
LIST
  ITEM (async)
    SIMPLE  2>&1 in x
      redir 2>&1: fd 2 becomes a copy of that fd
