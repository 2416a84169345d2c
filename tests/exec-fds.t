# No stray descriptors: whatever the shell opens for itself (the script, saved descriptors,
# pipes, here-documents) is close-on-exec, so a command sees only 0, 1 and 2 (ls adds one for
# the directory it reads, 3 here). Expected output is dash's.

=== a plain command (posix)
--- script
ls /proc/self/fd | tr '\n' ' '; echo
--- stdout
0 1 2 3 

=== after redirections of builtins and compound commands were undone (posix)
--- script
echo x > f
{ read a; } < f
while read l; do :; done < f
f() { :; }
f 2>/dev/null 3>f
ls /proc/self/fd | tr '\n' ' '; echo
--- stdout
0 1 2 3 

=== inside a redirected compound command only the redirected descriptors change (posix)
--- script
{ ls /proc/self/fd | tr '\n' ' '; echo; } 2>/dev/null
for i in 1; do ls /proc/self/fd | tr '\n' ' '; echo; done < /dev/null
--- stdout
0 1 2 3 
0 1 2 3 

=== pipeline stages (posix)
--- script
true | ls /proc/self/fd | cat | tr '\n' ' '; echo
--- stdout
0 1 2 3 

=== command substitutions and here-documents (posix)
--- script
x=$(ls /proc/self/fd | tr '\n' ' ')
echo "$x"
ls /proc/self/fd <<EOF | tr '\n' ' '
text
EOF
echo
--- stdout
0 1 2 3 
0 1 2 3 

=== asynchronous lists and subshells (posix)
--- script
(ls /proc/self/fd | tr '\n' ' '; echo)
ls /proc/self/fd > out &
wait
tr '\n' ' ' < out; echo
--- stdout
0 1 2 3 
0 1 2 3 

=== a descriptor opened with exec is inherited; closed again, it is gone (posix)
--- script
exec 5>f
ls /proc/self/fd | tr '\n' ' '; echo
exec 5>&-
ls /proc/self/fd | tr '\n' ' '; echo
--- stdout
0 1 2 3 5 
0 1 2 3 

=== a script read from a file on standard input leaves nothing open (posix)
--- script
echo 'ls /proc/self/fd | tr "\n" " "; echo' > s
"$CONCH" < s
"$CONCH" s
--- stdout
0 1 2 3 
0 1 2 3 

=== a utility started without a fork (vfork) gets the same descriptors as a forked one (posix)
--- script
exec 4>f 7<f
{ ls /proc/self/fd; } > a
ls /proc/self/fd > b
(ls /proc/self/fd; :) > c
trap : USR1
{ ls /proc/self/fd; } > d
for f in a b c d; do tr '\n' ' ' < $f; echo; done
--- stdout
0 1 2 3 4 7 
0 1 2 3 4 7 
0 1 2 3 4 7 
0 1 2 3 4 7 

=== an inline command substitution leaves no descriptor behind (posix)
--- script
exec 4>f
x=$(echo "$HOME")
y=$(printf '%s\n' a b)
ls /proc/self/fd | tr '\n' ' '; echo
--- stdout
0 1 2 3 4 
