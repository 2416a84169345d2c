# Parameter expansion with patterns and case matching, 40000 iterations (XCU 2.6.2, 2.9.4.2).
i=0 a=0 b=0 c=0
while [ "$i" -lt 40000 ]; do
    f=dir/sub/file$i.tar.gz
    base=${f##*/}
    stem=${base%%.*}
    ext=${f#*.}
    case $stem in
    *[05]) a=$((a + 1)) ;;
    file1*) b=$((b + ${#ext})) ;;
    *) c=$((c + 1)) ;;
    esac
    i=$((i + 1))
done
echo "$a $b $c $base $stem $ext"
