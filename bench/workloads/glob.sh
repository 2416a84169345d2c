# Pathname expansion: *.txt, f1* and */ 300 times each in a directory of 1000 files (XCU 2.13).
d=glob.$$
mkdir "$d" && cd "$d" || exit 1
i=0
while [ "$i" -lt 1000 ]; do
    : >"f$i.txt"
    i=$((i + 1))
done
i=0
while [ "$i" -lt 20 ]; do
    mkdir "d$i"
    i=$((i + 1))
done
i=0 n=0
while [ "$i" -lt 300 ]; do
    set -- *.txt; n=$((n + $#))
    set -- f1*; n=$((n + $#))
    set -- */; n=$((n + $#))
    i=$((i + 1))
done
echo "$n $1"
cd .. && rm -rf "$d"
