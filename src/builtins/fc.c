/* fc.c — the fc builtin (XCU fc): list, edit and re-run commands from the history list kept by
 * front/hist.c, reached through shell/histlist.h. Edited or substituted commands run through
 * exec_string, in this shell. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "shell/histlist.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The newest entry before this fc command: the command being run is already in the list at an
 * interactive prompt (lineedit.c adds it when it is complete), and fc does not count itself. */
static int current(void)
{
    int last = histlist_last();
    return sh.interactive && last >= histlist_first() ? last - 1 : last;
}

static bool is_number(const char *s)
{
    if (*s == '-' || *s == '+')
        s++;
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

/* XCU fc, first and last: a positive number is an entry's number, a negative one counts back
 * from the newest (-1), a string names the newest command that starts with it. Returns 0 after
 * a message when no entry matches. */
static int find(const char *spec, bool clamp)
{
    int cur = current(), first = histlist_first();
    if (is_number(spec)) {
        long n = strtol(spec, NULL, 10);
        if (n > INT_MAX / 2 || n < -(INT_MAX / 2))
            n = n > 0 ? INT_MAX / 2 : -(INT_MAX / 2);
        long num = n < 0 ? cur + 1 + n : n == 0 ? cur : n;
        if (num < first || num > cur) {
            if (!clamp) {
                error_msg("fc: history specification out of range");
                return 0;
            }
            num = num < first ? first : cur;
        }
        return (int)num;
    }
    for (int i = cur; i >= first; i--) {
        const char *line = histlist_get(i);
        if (line && strncmp(line, spec, strlen(spec)) == 0)
            return i;
    }
    error_msg("fc: %s: event not found", spec);
    return 0;
}

static int run_command(const char *text)
{
    printf("%s\n", text);
    fflush(stdout);
    histlist_replace_last(text); /* the command run takes the place of the fc command */
    return exec_string(text, NULL);
}

/* fc -s [old=new] [first]: re-run one command, replacing the first "old" by "new". */
static int substitute(int argc, char **argv, int i)
{
    const char *old = NULL, *new = NULL;
    char *pair = NULL;
    if (i < argc && strchr(argv[i], '=')) {
        pair = xstrdup(argv[i++]);
        char *eq = strchr(pair, '=');
        *eq = '\0';
        old = pair;
        new = eq + 1;
    }
    int n = find(i < argc ? argv[i] : "-1", false);
    if (n == 0) {
        free(pair);
        return 1;
    }
    struct strbuf sb = {0};
    const char *line = histlist_get(n);
    const char *at = old && *old ? strstr(line, old) : NULL;
    if (at) {
        sb_addn(&sb, line, (size_t)(at - line));
        sb_adds(&sb, new);
        sb_adds(&sb, at + strlen(old));
    } else {
        sb_adds(&sb, line);
    }
    free(pair);
    int status = run_command(sb_str(&sb));
    sb_release(&sb);
    return status;
}

/* fc [-e editor] [first [last]]: the commands go to a temporary file, the editor runs on it, and
 * what the file holds afterwards is run (unless the editor failed). */
static int edit(const char *editor, int from, int to, bool reverse)
{
    const char *tmpdir = vars_get("TMPDIR");
    struct strbuf path = {0};
    sb_addf(&path, "%s/conch-fc.XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    char *name = sb_detach(&path);
    int fd = mkstemp(name);
    if (fd < 0) {
        error_errno("fc: %s", name);
        free(name);
        return 1;
    }
    FILE *f = fdopen(fd, "w");
    if (!f) {
        close(fd);
        unlink(name);
        free(name);
        return 1;
    }
    int step = reverse ? -1 : 1;
    for (int i = reverse ? to : from; reverse ? i >= from : i <= to; i += step) {
        const char *line = histlist_get(i);
        if (line)
            fprintf(f, "%s\n", line);
    }
    fclose(f);

    struct strbuf cmd = {0};
    if (!editor) {
        const char *fcedit = vars_get("FCEDIT");
        editor = fcedit && *fcedit ? fcedit : "ed";
    }
    sb_adds(&cmd, editor);
    sb_addc(&cmd, ' ');
    sb_add_quoted(&cmd, name);
    int status = exec_string(sb_str(&cmd), NULL);
    sb_release(&cmd);
    if (status == 0 && sh.flow == FLOW_NORMAL) {
        struct strbuf text = {0};
        FILE *in = fopen(name, "r");
        if (in) {
            char buf[4096];
            size_t n;
            while ((n = fread(buf, 1, sizeof buf, in)) > 0)
                sb_addn(&text, buf, n);
            fclose(in);
        }
        while (text.len > 0 && sb_str(&text)[text.len - 1] == '\n')
            sb_truncate(&text, text.len - 1);
        status = text.len > 0 ? run_command(sb_str(&text)) : 0;
        sb_release(&text);
    }
    unlink(name);
    free(name);
    return status;
}

int builtin_fc(int argc, char **argv)
{
    bool list = false, nonum = false, reverse = false, resub = false;
    const char *editor = NULL;
    int i = 1;
    /* Options by hand: "-1" and "-16" are operands (relative numbers), not options. */
    for (; i < argc && argv[i][0] == '-' && argv[i][1] && !is_number(argv[i]); i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        }
        for (const char *p = argv[i] + 1; *p; p++) {
            switch (*p) {
            case 'l': list = true; break;
            case 'n': nonum = true; break;
            case 'r': reverse = true; break;
            case 's': resub = true; break;
            case 'e':
                if (p[1]) {
                    editor = p + 1;
                } else if (i + 1 < argc) {
                    editor = argv[++i];
                } else {
                    return builtin_usage_error("fc", "-e: option requires an argument");
                }
                p = strchr(p, '\0') - 1; /* the rest of the word was the editor */
                break;
            default:
                return builtin_usage_error("fc", "-%c: invalid option", *p);
            }
        }
    }
    if (editor && strcmp(editor, "-") == 0) /* ksh's fc -e - is fc -s */
        resub = true;
    if (histlist_last() < histlist_first() || current() < histlist_first()) {
        if (list)
            return 0;
        error_msg("fc: no command found");
        return 1;
    }
    if (resub)
        return substitute(argc, argv, i);
    if (argc - i > 2)
        return builtin_usage_error("fc", "too many arguments");

    const char *first_spec = i < argc ? argv[i] : list ? "-16" : "-1";
    const char *last_spec = i + 1 < argc ? argv[i + 1] : i < argc && !list ? argv[i] : "-1";
    int from = find(first_spec, list);
    int to = from ? find(last_spec, list) : 0;
    if (from == 0 || to == 0)
        return 1;
    if (from > to) {
        int t = from;
        from = to;
        to = t;
        reverse = !reverse;
    }
    if (!list)
        return edit(editor, from, to, reverse);
    int step = reverse ? -1 : 1;
    for (int n = reverse ? to : from; reverse ? n >= from : n <= to; n += step) {
        const char *line = histlist_get(n);
        if (!line)
            continue;
        if (nonum)
            printf("\t%s\n", line);
        else
            printf("%d\t%s\n", n, line);
    }
    return builtin_flush("fc");
}
