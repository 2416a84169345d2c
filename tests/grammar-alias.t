# Alias substitution (XCU 2.3.1): only for the command name, expanded while parsing, so an alias
# takes effect from the next complete command on. Expected outputs come from dash (bash --posix
# agrees unless noted).

=== an alias replaces the command name (posix)
--- script
alias hi='echo hello'
hi
hi there
--- stdout
hello
hello there

=== an alias is not expanded as an argument (posix)
--- script
alias w=world
echo w
--- stdout
w

=== an alias defined on a line takes effect on the next line (posix)
--- script
alias x='echo yes'; x 2>/dev/null || echo not-yet
x
--- stdout
not-yet
yes

=== an alias is not expanded again inside its own text (posix)
--- script
alias echo='echo X'
echo a
alias ls='ls_missing'
alias ls_missing='echo chained'
ls
--- stdout
X a
X chained

=== aliases that refer to each other stop (posix; no endless loop)
--- script
alias a=b b=a
a 2>/dev/null || echo stopped
--- stdout
stopped

=== a value ending in a blank makes the next word an alias candidate too (posix)
--- script
alias e='echo ' w=world
e w
alias ee='echo '
ee e w
--- stdout
world
echo world

=== an alias may hold several commands and operators (posix)
--- script
alias two='echo a; echo b'
two
alias both='echo c &&'
both echo d
--- stdout
a
b
c
d

=== an alias may open and close compound commands (posix)
--- script
alias begin='{' end='}'
begin echo inside; end
alias loop='for i in 1 2; do'
loop echo $i; done
--- stdout
inside
1
2

=== quoting the name prevents alias substitution (posix)
--- script
alias q='echo aliased'
\q 2>/dev/null || echo escaped
'q' 2>/dev/null || echo quoted
q
--- stdout
escaped
quoted
aliased

=== an empty alias leaves the next word in command position (posix)
--- script
alias nothing=''
nothing echo still-works
--- stdout
still-works

=== aliases after assignments and in a pipeline (posix)
--- script
alias hi='echo hello'
x=1 hi
echo a | hi
true && hi
--- stdout
hello
hello
hello

=== aliases are expanded inside $( ) and after if/then (posix)
--- script
alias hi='echo hello'
echo "$(hi)"
if hi >/dev/null; then hi; fi
--- stdout
hello
hello

=== unalias removes an alias; alias lists them (posix)
--- script
alias one='echo 1'
alias one
unalias one
one 2>/dev/null || echo gone
--- stdout
one='echo 1'
gone

=== an alias ending in a blank makes the for NAME and the word after it alias-checked (posix; XCU 2.3.1, dash, bash --posix, mksh)
--- script
alias f=' for ' w=' in ' in=' x '
f w in 1; do echo $x; done
alias f='for ' v='i ' l='in '
f v l 1 2; do echo $i; done
--- stdout
1
1
2

=== the first word of an alias substituted after a blank-ended alias is checked too (posix; dash, bash --posix, mksh)
--- script
alias a1='echo ' a2='a3 ' a3='hello'
a1 a2 a3
alias a='echo ' b='c ' c='d'
a b c
--- stdout
hello hello
d d

=== case subject, in, patterns and esac from blank-ended aliases (posix; dash, bash --posix, mksh)
--- script
alias c='case ' s='x '
c s in x) echo ok1;; esac
alias c='case x ' i='in '
c i x) echo ok2;; esac
alias c='case x in ' p='x'
c p) echo ok3;; esac
alias c='case x in ' e='esac'
c e; echo ok4
--- stdout
ok1
ok2
ok3
ok4
