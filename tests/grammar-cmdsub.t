# Command substitution as the parser sees it (XCU 2.6.3): $( ) parsed by a nested grammar frame
# that decides which ) closes it, backquotes unescaped and parsed on their own, $(( always
# arithmetic. Expected outputs come from dash.

=== $( ) and backquotes (posix)
--- script
echo $(echo a) `echo b` "$(echo c)" "`echo d`"
--- stdout
a b c d

=== $( ) nests to any depth (posix)
--- script
echo $(echo $(echo $(echo deep)))
echo "$(echo "$(echo "in quotes")")"
--- stdout
deep
in quotes

=== a case pattern's ) inside $( ) does not close it (posix)
--- script
echo $( case x in x) echo matched;; esac )
echo $(case y in (y) echo paren;; esac)
x=$(case z in
  z) echo multi ;;
esac)
echo $x
--- stdout
matched
paren
multi

=== a subshell inside $( ) and $( ( ) ) (posix)
--- script
echo $( (echo sub) ) $( (echo a); (echo b) )
--- stdout
sub a b

=== $(( is arithmetic (posix)
--- script
echo $((1 + 2)) $(( (2+3) * 4 ))
--- stdout
3 20

=== $( ) may span lines and hold comments (posix)
--- script
x=$(
  echo one # a comment with ) in it
  echo two
)
echo $x
--- stdout
one two

=== an empty $( ) and `` give nothing (posix)
--- script
echo "[$( )]" "[``]" "[$(
)]"
--- stdout
[] [] []

=== backquotes: \$ \` \\ are unescaped, other backslashes stay (posix)
--- script
x=val
echo `echo \$x` `echo '\$x'`
printf '%s\n' `printf '%s' 'a\\b'` `printf '%s' '\n'`
--- stdout
val $x
a\b
\n

=== nested backquotes need \` (posix)
--- script
echo `echo \`echo inner\``
echo `echo \`echo \\\`echo deepest\\\`\``
--- stdout
inner
deepest

=== inside double quotes a backquoted \" is unescaped (posix)
--- script
echo "`echo \"quoted\"`"
--- stdout
quoted

=== $( ) inside ${x:-...} and in an assignment (posix)
--- script
echo ${unset:-$(echo default)} "${unset:-$(echo in dq)}"
v=$(echo assigned); echo $v
--- stdout
default in dq
assigned

=== a } inside $( ) within ${ } does not end the expansion (posix)
--- script
echo "${unset:-$(echo '}')}"
--- stdout
}

=== quotes inside $( ) are independent of the quotes around it (posix)
--- script
echo "a$(echo " b ")c"
echo "$(echo 'single "inner"')"
--- stdout
a b c
single "inner"

=== a here-document inside $( ) (posix)
--- script
echo "$(cat <<EOF
doc $((6*7))
EOF
)"
--- stdout
doc 42

=== a command substitution in a here-document body (posix)
--- script
cat <<EOF
[$(echo sub)] [`echo bq`]
EOF
--- stdout
[sub] [bq]

=== $( ) in command position and in a redirection target (posix)
--- script
$(echo echo) runs
echo x > "$(echo file)"
cat file
--- stdout
runs
x

=== an alias defined on an earlier line is expanded inside $( ) (posix)
--- script
alias say='echo said'
echo "$(say hi)"
--- stdout
said hi
