# pushd, popd and dirs, and `~N` (conch mode; bash's behaviour, which these cases follow: each
# passes under `run-cases --shell bash` except where the title says the message is conch's own).

=== pushd pushes, exchanges and rotates; dirs shows ~ for HOME, -v numbers, -p one per line (conch; as bash)
--- script
mkdir -p a b; HOME=$PWD; cd "$HOME"
pushd a; pushd ../b; pushd; dirs -v; pushd +2; dirs -p
--- stdout
~/a ~
~/b ~/a ~
~/a ~/b ~
 0  ~/a
 1  ~/b
 2  ~
~ ~/a ~/b
~
~/a
~/b

=== popd changes to the next entry; popd +N removes entry N; dirs -l does not abbreviate (conch; as bash)
--- script
mkdir -p a b; HOME=$PWD; cd "$HOME"
pushd a >/dev/null; pushd ../b >/dev/null
popd; pwd | sed "s|^$HOME|H|"; popd +1; dirs -l | sed "s|^$HOME|H|"
--- stdout
~/a ~
H/a
~/a
H/a

=== pushd -n and popd -n change the stack, not the directory (conch; as bash)
--- script
mkdir -p a c; HOME=$PWD; cd a
pushd -n "$HOME/c"; pwd | sed "s|^$HOME|H|"; popd -n; pwd | sed "s|^$HOME|H|"
--- stdout
~/a ~/c
H/a
~/a
H/a

=== the top follows cd; ~N, ~+N and ~-N name entries, out of range stays as written (conch; as bash)
--- script
mkdir -p a c; HOME=/nowhere
pushd -n "$PWD/c" >/dev/null; top=$PWD
echo ~1 ~-0 ~+0 ~5 | sed "s|$top|T|g"
cd a; dirs | sed "s|$top|T|g"
--- stdout
T/c T/c T ~5
T/a T/c

=== an empty stack: popd, pushd without operand, and an index out of range fail with status 1 (conch; own messages)
--- script
popd; echo $?; pushd; echo $?; pushd +5; echo $?; dirs +3; echo $?
pushd -n / >/dev/null; pushd +7; echo $?
--- stdout
1
1
1
1
1
--- stderr
conch: popd: directory stack empty
conch: pushd: no other directory
conch: pushd: directory stack empty
conch: dirs: directory stack empty
conch: pushd: +7: directory stack index out of range

=== dirs -c empties the stack below the working directory (conch; as bash)
--- script
HOME=/nowhere; pushd -n / >/dev/null; pushd -n /tmp >/dev/null; dirs -c; dirs | sed "s|^$PWD$|cwd|"
--- stdout
cwd

=== a failed pushd leaves the stack alone and returns 1 (conch)
--- script
HOME=/nowhere; pushd nosuch 2>/dev/null; echo $?; dirs | sed "s|^$PWD$|cwd|"
--- stdout
1
cwd
