/* mapfile.c — conch mode's mapfile and readarray builtins (bash): lines of input into an indexed
 * array. Reads one byte at a time, so the commands after it see the rest of the input. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/error.h"
#include "lib/name.h"
#include "lib/strbuf.h"
#include "shell/array.h"
#include "shell/vars.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool to_count(const char *s, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (!*s || *end || n < 0 || errno)
        return false;
    *out = n;
    return true;
}

int builtin_mapfile(int argc, char **argv)
{
    const char *who = argv[0];
    struct builtin_opts o = {.index = 1};
    bool trim = false;
    long max = 0, skip = 0, fd = 0;
    int delim = '\n';
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "tn:s:u:d:")) != -1) {
        switch (c) {
        case 't': trim = true; break;
        case 'd': delim = (unsigned char)o.arg[0]; break; /* -d '' ends lines at NUL bytes */
        case 'n':
        case 's':
        case 'u':
            if (!to_count(o.arg, c == 'n' ? &max : c == 's' ? &skip : &fd)) {
                error_msg("%s: %s: invalid %s", who, o.arg, c == 'u' ? "file descriptor" : "line count");
                return 1;
            }
            break;
        default: return 2;
        }
    }
    const char *name = o.index < argc ? argv[o.index] : "MAPFILE";
    if (!is_name(name, strlen(name))) {
        error_msg("%s: %s: not a valid identifier", who, name);
        return 1;
    }
    struct array *arr = array_new(false);
    struct strbuf line = {0};
    intmax_t n = 0;
    bool eof = false;
    while (!eof && (max == 0 || n < max)) {
        sb_truncate(&line, 0);
        bool any = false;
        for (;;) {
            char ch;
            ssize_t r = read((int)fd, &ch, 1);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0) {
                if (r < 0)
                    error_errno("%s: read error", who);
                eof = true;
                break;
            }
            any = true;
            if ((unsigned char)ch == delim) {
                if (!trim)
                    sb_addc(&line, ch);
                break;
            }
            if (ch)
                sb_addc(&line, ch); /* a shell variable cannot hold NUL */
        }
        if (!any)
            break;
        if (skip > 0) {
            skip--;
            continue;
        }
        array_set(arr, n++, sb_str(&line));
    }
    sb_release(&line);
    return vars_array_replace(name, arr) < 0 ? 1 : 0;
}
