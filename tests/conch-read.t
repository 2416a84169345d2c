# read's conch-mode options, as in bash: -n, -N, -t, -s (the terminal side of -s and -n is in
# tests/pty/test_readline.py). Each case passes under bash too, except where the title says.

=== read -n N returns after N characters, leaving the rest of the line (conch; as bash)
--- script
printf 'abcdef\n' | { read -n 3 x; read y; echo "$x|$y"; }
printf 'ab\ncd\n' | { read -n 5 x; echo "$x"; }
--- stdout
abc|def
ab

=== read -N N reads exactly N characters, the delimiter included, unsplit (conch; as bash)
--- script
printf 'ab\ncdef' | { read -N 4 x; echo "[$x]"; }
printf 'a b c\n' | { IFS=' '; read -N 3 x y; echo "[$x][$y]"; }
--- stdout
[ab
c]
[a b][]

=== read -n counts characters, not bytes, in a UTF-8 locale (conch; as bash)
--- script
LC_ALL=C.UTF-8
printf 'μνξ\n' | { read -n 2 x; echo "$x"; }
--- stdout
μν

=== read -t gives up with status 142, keeping what it read; -t 0 only looks (conch; as bash)
--- script
{ sleep 2; echo late; } | { read -t 0.2 x; echo "st=$? [$x]"; }
printf 'x' | { read -t 5 v; echo "st=$? [$v]"; }
read -t 0 x < /dev/null; echo "t0=$?"
--- stdout
st=142 []
st=1 [x]
t0=0

=== read rejects a bad count or time-out (conch; own status 2 and usage, bash returns 1)
--- script
read -n x v; echo $?
read -t 1e abc v; echo $?
--- stdout
2
2
--- stderr-contains
read: x: invalid number
