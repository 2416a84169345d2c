# The history list, fc (XCU fc), history and logout. An interactive shell (-i) reads commands
# from standard input here; PS1/PS2 are emptied so the prompts do not mix with stderr checks.

=== fc -l lists the previous commands, not itself (XCU fc; bash writes a space after the tab)
--- command
PS1= PS2= "$CONCH" -i 2>/dev/null
--- stdin
echo a
echo b
fc -l
--- stdout
a
b
1	echo a
2	echo b

=== fc -l with a negative first, -n, -r and a string
--- command
PS1= PS2= "$CONCH" -i 2>/dev/null
--- stdin
echo a
echo b
echo c
fc -l -2
fc -ln 1 2
fc -lr e
--- stdout
a
b
c
2	echo b
3	echo c
	echo a
	echo b
6	fc -ln 1 2
5	fc -l -2
4	echo c
3	echo b
2	echo b
1	echo a

=== consecutive duplicates are one entry (as bash with HISTCONTROL=ignoredups)
--- command
PS1= PS2= "$CONCH" -i 2>/dev/null
--- stdin
echo a
echo a
echo b
echo a
fc -l
--- stdout
a
a
b
a
1	echo a
2	echo b
3	echo a

=== a command of several lines is one history entry
--- command
PS1= PS2= "$CONCH" -i 2>/dev/null
--- stdin
if true; then
echo yes
fi
cat <<EOF
doc
