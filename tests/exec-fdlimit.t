# Redirections (XCU 2.7) under a low limit on open files (ulimit -n, XCU ulimit in POSIX 2024):
# the shell's saved copies of descriptors must fit below the limit, and when nothing fits the
# message names the file and says why. Expected output is bash's (dash fails the first cases
# with "0: Invalid argument").

=== builtins, compound commands, functions and here-documents under ulimit -n 8 (conch; no POSIX rule under a low ulimit -n: dash fails here, saving descriptors at 10 and above)
--- script
ulimit -n 8
read x </dev/null; echo "read: $?"
echo hi >f
{ echo a; } >g
cat f g
cat <<E
doc
E
fn() { echo fn; }
fn >h; cat h
while read l; do echo "got $l"; done <f
--- stdout
read: 1
hi
a
doc
fn
got hi

=== command substitutions, pipelines and exec under ulimit -n 8 (conch; no POSIX rule under a low ulimit -n: dash fails here, saving descriptors at 10 and above)
--- script
ulimit -n 8
echo hi >f
echo "$(echo sub) $(cat f)" | cat
x=$(printf '%s' inline); echo "$x"
exec 3>f3
echo three >&3
{ echo four >&3; } 4>f4
exec 3>&-
cat f3
--- stdout
sub hi
inline
three
four

=== ulimit -n 10: 10 is the first number the shell would use for its own copies (conch; no POSIX rule under a low ulimit -n: dash fails here, saving descriptors at 10 and above)
--- script
ulimit -n 10
{ echo a; } >g
read x <g; echo "$x"
--- stdout
a

=== a script file read under ulimit -n 8 keeps being read when it uses 3 to 6 (conch)
--- script
# bash, mksh, yash and dash all lose the script here (its descriptor is 3, or cannot be kept).
cat >s <<'EOF2'
exec 3>a 4>b
{ echo in; } >x
exec 6>e
echo six >&6
echo three >&3
cat x a e
echo end
EOF2
ulimit -n 8
"$CONCH" s
--- stdout
in
three
six
end

=== no descriptor left for the copy: the message names the file and the reason (conch)
--- script
ulimit -S -n 3
read x </dev/null; echo "read: $?"
{ echo a; } >g; echo "group: $?"
ulimit -S -n 64 # LeakSanitizer needs a descriptor at exit, in the sanitizer build
echo end
--- stdout
read: 1
group: 1
end
--- stderr
conch: test.sh: line 2: /dev/null: Too many open files
conch: test.sh: line 3: g: Too many open files

=== ulimit -n 4: the copy fits but the file does not; substitutions and pipes fail clearly, $(echo) needs no descriptor (conch)
--- script
ulimit -S -n 4
read x </dev/null; echo "read: $?"
echo "[$(echo sub; :)]"
echo "[$(echo inline)]"
echo p | cat; echo "pipe: $?"
fn() { echo fn; }
fn >h; echo "fn: $?"
ulimit -S -n 64
echo end
--- stdout
read: 1
[]
[inline]
pipe: 2
fn: 1
end
--- stderr
conch: test.sh: line 2: /dev/null: Too many open files
conch: command substitution: Too many open files
conch: pipe: Too many open files
conch: test.sh: line 7: h: Too many open files

=== under ulimit -n 8 a redirection may name the number where the shell saved a descriptor (conch; no POSIX rule under a low ulimit -n: dash fails here, saving descriptors at 10 and above)
--- script
ulimit -n 8
{ { echo in >&7; } 7>x; echo out; } >g
echo after
cat x g
{ { echo in6 >&6; } 6>y; echo out6; } 3>z 4>zz >g
cat y g
--- stdout
after
in
out
in6
out6

=== set -x under ulimit -n 8 still traces to the stderr from before the redirections (conch)
--- script
ulimit -n 8
set -x
echo a 2>/dev/null
--- stdout
a
--- stderr
+ echo a
