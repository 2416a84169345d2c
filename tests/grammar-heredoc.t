# Here-documents (XCU 2.7.4): bodies read after the newline, quoted and unquoted delimiters, <<-.
# Expected outputs come from dash; bash where noted.

=== an unquoted delimiter: the body is expanded like double-quoted text (posix)
--- script
x=val
cat <<EOF
plain $x ${x}s $(echo cmd) `echo bq` $((1+2))
"double" 'single' \$x \` \\ \" \a
EOF
--- stdout
plain val vals cmd bq 3
"double" 'single' $x ` \ \" \a

=== a quoted delimiter: the body is taken literally (posix)
--- script
x=val
cat <<'EOF'
$x `echo no` \$ \\
EOF
cat <<"E"
$x
E
cat <<\E
$x
E
cat <<E"N"D
$x
END
--- stdout
$x `echo no` \$ \\
$x
$x
$x

=== <<- strips leading tabs from the body and the delimiter line (posix)
--- script
cat <<-EOF
	one
		two
  three
	EOF
echo after
--- stdout
one
two
  three
after

=== two here-documents on one line are read in order (posix)
--- script
cat <<A; cat <<B
first
A
second
B
echo after
--- stdout
first
second
after

=== here-documents for several commands of a pipeline and list (posix)
--- script
cat <<A | tr a-z A-Z && cat <<B
lower
A
second
B
--- stdout
LOWER
second

=== commands after the operator on the same line run after the body is read (posix)
--- script
cat <<EOF; echo same-line
body
EOF
echo next
--- stdout
body
same-line
next

=== a here-document inside a compound command and a function (posix)
--- script
f() {
  cat <<EOF
in f: $1
EOF
}
f arg
for i in 1 2; do
  cat <<-EOF
	loop $i
	EOF
done
--- stdout
in f: arg
loop 1
loop 2

=== a here-document inside $( ... ) (posix)
--- script
x=$(cat <<EOF
inside
EOF
)
echo "[$x]"
echo "$(cat <<'Q'
$literal
Q
)"
--- stdout
[inside]
$literal

=== backslash-newline joins body lines when the delimiter is unquoted, even before it (posix)
--- script
cat <<EOF
a\
b
c\
EOF
EOF
cat <<'EOF'
kept\
EOF
--- stdout
ab
cEOF
kept\

=== the delimiter must match the whole line (posix)
--- script
cat <<EOF
 EOF
EOF 
EOFx
EOF
--- stdout
 EOF
EOF 
EOFx

=== an empty body (posix)
--- script
cat <<EOF
EOF
echo "[$(cat <<E
E
)]"
--- stdout
[]

=== an IO_NUMBER on a here-document (posix)
--- script
cat 3<<EOF <&3
via three
EOF
--- stdout
via three

=== line numbers count the body lines (conch)
--- script
cat <<EOF >/dev/null
1
2
EOF
fi
--- stderr
conch: test.sh: line 5: syntax error near unexpected token 'fi'
--- status
2

=== end of file inside a here-document ends it with a warning (conch; bash)
--- script
cat <<EOF
line
--- stdout
line
--- stderr-contains
here-document at line 1 delimited by end-of-file

=== a delimiter with a special or positional parameter is matched as written (posix)
--- script
cat <<$$2
a
$$2
cat <<$1x
b
$1x
echo end
--- stdout
a
b
end

=== XCU 2.7.4: <<${a} ends at the line ${a}, braces kept, body expanded (posix; as dash and bash)
--- script
a=x
cat <<${a}
one $a
$a
${a}
cat <<"${a}"
two $a
${a}
cat <<${a}b
three
${a}b
echo end
--- stdout
one x
x
two $a
three
end
