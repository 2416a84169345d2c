# cd and pwd (XCU cd, pwd): logical and physical paths, PWD/OLDPWD, cd -, CDPATH, errors.

=== cd changes directory and sets PWD and OLDPWD (posix; XCU cd)
--- script
top=$(pwd -P); cd "$top"
mkdir -p a/b
cd a/b
echo "${PWD#$top}" "${OLDPWD#$top}"
cd ..
echo "${PWD#$top}" "${OLDPWD#$top}"
pwd | sed "s|^$top||"
--- stdout
/a/b 
/a /a/b
/a

=== cd without operand goes to HOME (posix)
--- script
mkdir h; HOME=$(pwd -P)/h
cd; pwd | sed 's|.*/||'
--- stdout
h

=== cd with HOME unset is an error (conch; bash; dash stays)
--- script
unset HOME
cd; echo $?
--- stdout
1
--- stderr-contains
cd: HOME not set

=== cd with an empty HOME does nothing (conch; XCU cd leaves an empty HOME implementation-defined; as dash and bash)
--- script
mkdir d; cd d; HOME=
cd; echo $? "${PWD##*/}"
--- stdout
0 d

=== cd - goes to OLDPWD and prints the new directory (posix)
--- script
top=$(pwd -P); cd "$top"
mkdir x y; cd x; cd ../y
cd - >"$top/out"; sed "s|^$top||" "$top/out"
cd - >/dev/null; echo "${PWD#$top}"
--- stdout
/x
/y

=== cd - without OLDPWD is an error (conch; bash; dash remembers the directory itself)
--- script
unset OLDPWD
cd -; echo $?
--- stdout
1
--- stderr-contains
cd: OLDPWD not set

=== cd -L keeps symbolic links in PWD and resolves .. textually (posix; XCU cd, default -L)
--- script
top=$(pwd -P); cd "$top"
mkdir -p real/sub; ln -s real link
cd link/sub; echo "${PWD#$top}"
pwd | sed "s|^$top||"
pwd -P | sed "s|^$top||"
cd ..; echo "${PWD#$top}"
cd -L ../link/./sub//; echo "${PWD#$top}"
--- stdout
/link/sub
/link/sub
/real/sub
/link
/link/sub

=== cd -P resolves symbolic links (posix)
--- script
top=$(pwd -P); cd "$top"
mkdir -p real/sub; ln -s real link
cd -P link/sub; echo "${PWD#$top}"
cd "$top/link/sub"; cd -P ..; echo "${PWD#$top}"
--- stdout
/real/sub
/real

=== the last of -L and -P wins (posix)
--- script
top=$(pwd -P); cd "$top"
mkdir real; ln -s real link
cd -P -L link; echo "${PWD#$top}"
cd "$top"; cd -L -P link; echo "${PWD#$top}"
--- stdout
/link
/real

=== cd with a nonexistent directory fails with status 1 and keeps PWD (conch; bash; dash says 2)
--- script
top=$(pwd -P); cd "$top"
cd nosuch; echo $? "${PWD#$top}".
--- stdout
1 .
--- stderr-contains
cd: nosuch: No such file or directory

=== cd into a file is an error, status 1 (conch; bash; dash says 2)
--- script
: >file
cd file; echo $?
--- stdout
1
--- stderr-contains
cd: file: Not a directory

=== cd with .. after a missing directory fails (conch; XCU cd step 8, bash; dash goes on)
--- script
mkdir d
cd nosuch/../d; echo $?
--- stdout
1
--- stderr-contains
cd: nosuch/../d: No such file or directory

=== cd '' is an error (conch; POSIX 2024; dash and bash stay where they are)
--- script
before=$(pwd); cd ''; echo $?; [ "$(pwd)" = "$before" ] && echo stayed
--- stdout
1
stayed
--- stderr
conch: cd: empty directory name

=== cd with two operands is an error (conch; bash)
--- script
mkdir a b
cd a b; echo $?
--- stdout
1
--- stderr-contains
cd: too many arguments

=== cd with an invalid option is a usage error, status 2 (conch)
--- script
cd -x; echo $?
--- stdout
2
--- stderr-contains
cd: -x: invalid option
cd: usage: cd [-L|-P] [-e] [dir]

=== cd searches CDPATH and prints the directory found there (posix; XCU cd step 5)
--- script
top=$(pwd -P); cd "$top"
mkdir -p lib/sub here
CDPATH=/nonexistent:$top/lib
cd here; echo "${PWD#$top}"
cd sub | sed "s|^$top||"
cd sub >/dev/null; echo "${PWD#$top}"
--- stdout
/here
/lib/sub
/lib/sub

=== an empty CDPATH entry means the current directory, and nothing is printed (posix)
--- script
top=$(pwd -P); cd "$top"
mkdir -p sub other/sub
CDPATH=:$top/other
cd sub; echo "${PWD#$top}"
--- stdout
/sub

=== CDPATH is not used for names starting with . or .. (conch; status 1 as bash; dash says 2)
--- script
top=$(pwd -P); cd "$top"
mkdir -p lib/sub
CDPATH=$top/lib
cd ./sub; echo $?
--- stdout
1
--- stderr-contains
cd: ./sub: No such file or directory

=== pwd after PWD was changed by hand prints the physical directory (posix; XCU pwd -L)
--- script
top=$(pwd -P); cd "$top"
PWD=/bogus
pwd | sed "s|^$top|TOP|"
cd .; echo "$PWD" | sed "s|^$top|TOP|"
--- stdout
TOP
TOP

=== pwd with an invalid option is a usage error, status 2 (conch)
--- script
pwd -x; echo $?
--- stdout
2
--- stderr-contains
pwd: -x: invalid option

=== pwd sets its exit status (conch)
--- script
false
pwd >/dev/null && echo OK
pwd >&-; echo $?
--- stdout
OK
1
--- stderr-contains
pwd: write error: Bad file descriptor

=== OLDPWD is the old $PWD string even when that directory was removed (posix; XCU cd, as dash and bash)
--- script
top=$(pwd -P); cd "$top"
mkdir -p d
cd d
rmdir "$top/d"
cd /
[ "$OLDPWD" = "$top/d" ] && echo same || echo "differs: $OLDPWD"
--- stdout
same

=== cd exports OLDPWD and PWD (posix; as dash, bash and yash)
--- script
unset OLDPWD PWD
cd /
cd /tmp
env | grep -e '^OLDPWD=' -e '^PWD=' | sort
--- stdout
OLDPWD=/
PWD=/tmp

=== cd ~- goes to OLDPWD, ~+ is PWD (conch; as bash and ksh, dash has neither)
--- script
cd /
cd /tmp
cd ~-; pwd
echo ~+ ~- ~+/x
unset OLDPWD
echo ~-
--- stdout
/
/ /tmp //x
~-
