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
#include "shell/options.h"
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

/* XCU fc: "-e editor ... If this option is omitted, the value of the FCEDIT variable shall be
 * used as a default when FCEDIT is null or unset, ed shall be used". conch mode looks at EDITOR
 * before falling back, and falls back to vi, as bash does. */
const char *builtin_fc_editor(void)
{
    const char *e = vars_get("FCEDIT");
    if (e && *e)
        return e;
    if (!options_extensions())
        return "ed";
    e = vars_get("EDITOR");
    return e && *e ? e : "vi";
}

int builtin_fc_edit(const char *editor, struct strbuf *text)
{
    const char *tmpdir = vars_get("TMPDIR");
    struct strbuf path = {0};
    sb_addf(&path, "%s/conch-fc.XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    int fd = mkstemp(path.s);
    if (fd < 0) {
        error_errno("fc: %s", sb_str(&path));
        sb_release(&path);
        return 1;
    }
    bool ok = write(fd, text->s ? text->s : "", text->len) == (ssize_t)text->len;
    close(fd);
    struct strbuf cmd = {0};
    sb_adds(&cmd, editor ? editor : builtin_fc_editor());
    sb_addc(&cmd, ' ');
    sb_add_quoted(&cmd, sb_str(&path));
    int status = ok ? exec_string(sb_str(&cmd), NULL) : 1;
    sb_release(&cmd);
    sb_truncate(text, 0);
    if (status == 0 && sh.flow == FLOW_NORMAL) {
        fd = open(sb_str(&path), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || sb_read_fd(text, fd) < 0) {
            error_errno("fc: %s", sb_str(&path));
            status = 1;
        }
        if (fd >= 0)
            close(fd);
        while (text->len > 0 && sb_str(text)[text->len - 1] == '\n')
            sb_truncate(text, text->len - 1);
    }
    unlink(sb_str(&path));
    sb_release(&path);
    return status;
}

/* fc [-e editor] [first [last]]: the commands go to the editor (builtin_fc_edit), and what it
 * left is run, unless the editor failed. */
static int edit(const char *editor, int from, int to, bool reverse)
{
    struct strbuf text = {0};
    int step = reverse ? -1 : 1;
    for (int i = reverse ? to : from; reverse ? i >= from : i <= to; i += step) {
        const char *line = histlist_get(i);
        if (line) {
            sb_adds(&text, line);
            sb_addc(&text, '\n');
        }
    }
    int status = builtin_fc_edit(editor, &text);
    if (status == 0 && sh.flow == FLOW_NORMAL)
        status = text.len > 0 ? run_command(sb_str(&text)) : 0;
    sb_release(&text);
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
