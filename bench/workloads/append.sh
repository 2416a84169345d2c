# String growth: s="$s." 20000 times, a quadratic amount of copying in a naive shell.
s=
i=0
while [ "$i" -lt 20000 ]; do
    s="$s."
    i=$((i + 1))
done
echo "${#s}"
