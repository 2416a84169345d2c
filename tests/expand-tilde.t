# Tilde expansion (XCU 2.6.1). Expected output is dash's.

=== ~ and ~/path use HOME (posix)
--- script
HOME=/home/someone
echo ~ ~/dir/file ~/
--- stdout
/home/someone /home/someone/dir/file /home/someone/

=== a quoted or escaped tilde is literal, and so is a tilde inside a word (posix)
--- script
HOME=/h
echo "~" '~' \~ a~ x/~ "~/x"
--- stdout
~ ~ ~ a~ x/~ ~/x

=== a quoted character in the tilde prefix prevents the expansion (posix; bash differs)
--- script
HOME=/h
echo ~"/x" ~\/y
--- stdout
~/x ~/y

=== ~user uses the password database; an unknown user stays as written (posix)
--- script
home=$(awk -F: '$1 == "root" { print $6 }' /etc/passwd)
[ ~root = "$home" ] && echo same
echo ~no_such_user_here/x
--- stdout
same
~no_such_user_here/x

=== the result of tilde expansion is not split or globbed (posix)
--- script
HOME='/a b/*'
set -- ~
echo $# "$1"
--- stdout
1 /a b/*

=== an empty HOME makes ~ no field at all (conch; bash keeps an empty field)
--- script
HOME=
set -- ~
echo "$#[$1]"
--- stdout
0[]

=== assignments expand a tilde at the start and after each colon (posix; XCU 2.6.1)
--- script
HOME=/h
x=~/a:~/b:~
echo "$x"
y=a:~
echo "$y"
--- stdout
/h/a:/h/b:/h
a:/h

=== a tilde after = in an argument is not expanded (posix; bash differs)
--- script
HOME=/h
echo a=~/x b:~
--- stdout
a=~/x b:~

=== ${x:-~} expands the tilde in the word, not inside double quotes (posix; bash differs)
--- script
HOME=/h
unset u
echo ${u:-~} ${u:-~/w} "${u:-~}"
--- stdout
/h /h/w ~

=== a tilde in a redirection target (posix)
--- script
HOME=$PWD
echo hi > ~/out
cat out
--- stdout
hi

=== tilde after every ':' of an assignment, also past a ':' without one (posix; XCU 2.6.1, dash, bash)
--- script
HOME=/h
P=/usr/local/bin:/usr/bin:~/bin
echo $P
P=a:b:~:~/x:c~:~
echo $P
--- stdout
/usr/local/bin:/usr/bin:/h/bin
a:b:/h:/h/x:c~:/h
