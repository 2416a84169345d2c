# A script may redirect any descriptor (XCU 2.7 promises 0-9; conch, like bash, allows more):
# when a redirection names one the shell keeps for itself -- the script it is reading (255,
# or below 10 under a low ulimit -n) -- the shell moves its own out of the way first and
# keeps reading the script from the new place. Each script here is longer than one 8 KiB
# read, so the lines after the redirection are read through the moved descriptor.

=== a compound command may redirect 255, where the script is read from, as in bash (conch)
--- script
{
    echo '{ echo c; } 255>/dev/null; echo "status $?"'
    i=0; while [ $i -lt 200 ]; do echo "# padding line $i, to make the script longer than one read"; i=$((i+1)); done
    echo 'echo after'
} >s
"$CONCH" s
--- stdout
c
status 0
after

=== exec 255>f, then >&255 writes to f and the rest of the script still runs (conch)
--- script
# bash fails here differently: its echo >&255 reports a write error.
{
    echo 'exec 255>f; echo x >&255; echo "status $?"'
    i=0; while [ $i -lt 200 ]; do echo "# padding line $i, to make the script longer than one read"; i=$((i+1)); done
    echo 'exec 255>&-; echo after; cat f'
} >s
"$CONCH" s
--- stdout
status 0
after
x

=== a file run as a script (no #!, ENOEXEC) may redirect 255 too (conch)
--- script
{
    echo 'exec 255>f; echo x >&255'
    i=0; while [ $i -lt 200 ]; do echo "# padding line $i, to make the script longer than one read"; i=$((i+1)); done
    echo 'echo after; cat f'
} >s
chmod +x s
./s
--- stdout
after
x

=== under ulimit -n 8 the script sits at 7; exec 7>f moves it and reading goes on (conch)
--- script
{
    echo 'exec 7>f; echo seven >&7'
    i=0; while [ $i -lt 200 ]; do echo "# padding line $i, to make the script longer than one read"; i=$((i+1)); done
    echo 'echo after; cat f'
} >s
ulimit -n 8
"$CONCH" s
--- stdout
after
seven
