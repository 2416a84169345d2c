# Tokens of several MiB (XCU 2.3): a word, a comment, quoted strings, here-document lines, the
# bodies of $( ) and backquotes, the word of ${x:-word}. Each case writes an 8 MiB token into a
# script and runs "$CONCH" on it under `ulimit -t 5`: a scanner linear in the token's length needs
# well under a second of CPU (also with sanitizers), one that is quadratic in it needs tens of
# seconds and is killed by SIGXCPU, so its output is missing. The output checks the token came
# through whole: its length, and cksum of its bytes. Expected outputs come from dash and bash.
# `big` prints 8 MiB of the letter a, without a newline.

=== an 8 MiB unquoted word (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf 'x='; big; printf '\necho ${#x}\nprintf %%s "$x" | cksum\n'; } > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
8388608
3760071316 8388608

=== an 8 MiB word that goes on with quotes and an expansion (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf 'y=b; x='; big; printf '"$y"'; big; printf '$y\n'
  printf 'echo ${#x}\nprintf %%s "$x" | cksum\n'; } > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
16777218
1215426956 16777218

=== an 8 MiB comment, alone on its line and after a command (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf '# '; big; printf '\necho one # '; big; printf '\necho two\n'; } > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
one
two

=== an 8 MiB single-quoted string (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf "x='"; big; printf "'\\n"; printf 'echo ${#x}\nprintf %%s "$x" | cksum\n'; } > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
8388608
3760071316 8388608

=== an 8 MiB single-quoted string of short lines, read from standard input (posix)
--- script
# Standard input is read one line at a time (XCU sh, INPUT FILES): the string spans 66000 reads.
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf "x='"; big | fold -w 127; printf "'\\n"; printf 'echo ${#x}\nprintf %%s "$x" | cksum\n'
} > big.sh
(ulimit -t 5; exec "$CONCH" < big.sh)
--- stdout
8454660
728663750 8454660

=== an 8 MiB double-quoted string (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf 'y=b; x="'; big; printf '$y"\n'; printf 'echo ${#x}\nprintf %%s "$x" | cksum\n'; } > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
8388609
130324670 8388609

=== an 8 MiB here-document line, unquoted delimiter, without and with an expansion (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf 'y=b\ncat <<E | cksum\n'; big; printf '\nE\ncat <<E | cksum\n'; big; printf '$y\nE\n'
} > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
3319059984 8388609
444917074 8388610

=== an 8 MiB here-document line, quoted delimiter, with <<- (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf "cat <<-'E' | cksum\n\t\t"; big; printf '$y\n\tE\necho done\n'; } > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
2442515152 8388611
done

=== an 8 MiB $'...' string (posix)
--- script
# XCU 2.2.4 (POSIX.1-2024); dash 0.5.12 lacks it, the expected output is bash's.
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf "x=\$'"; big; printf "\\\\x62'\\n"; printf 'echo ${#x}\nprintf %%s "$x" | cksum\n'
} > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
8388609
130324670 8388609

=== 8 MiB inside backquotes and inside $( ) (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf 'x=`printf %%s '; big; printf '`\necho ${#x}\n'
  printf 'x=$(printf %%s '; big; printf ')\necho ${#x}\n'; } > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
8388608
8388608

=== an 8 MiB word in ${x:-word}, unquoted and inside double quotes (posix)
--- script
big() { dd if=/dev/zero bs=1048576 count=8 2>/dev/null | tr '\0' a; }
{ printf 'x=${u:-'; big; printf '}\necho ${#x}\n'
  printf 'x="${u:-'; big; printf '$u}"\nprintf %%s "$x" | cksum\n'; } > big.sh
(ulimit -t 5; exec "$CONCH" big.sh)
--- stdout
8388608
3760071316 8388608
