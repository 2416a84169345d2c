/* prompt.c — PS1/PS2 text for lineedit.c: conch's backslash escapes, POSIX '!' (history number),
 * then the parameter expansion XCU 2.5.3 asks for. */
#include "config.h"

#include "exec/expand.h"
#include "exec/jobs.h"
#include "lib/arena.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "parse/parse.h"
#include "front/lineedit.h"
#include "shell/lang.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <readline/readline.h>

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0.1"
#endif

/* Text produced by an escape is literal: quote the characters the expansion pass would
 * otherwise interpret (inside double quotes only $ ` \ are special). */
static void add_literal(struct strbuf *sb, const char *s)
{
    for (; *s; s++) {
        if (*s == '$' || *s == '`' || *s == '\\')
            sb_addc(sb, '\\');
        sb_addc(sb, *s);
    }
}

static void add_host(struct strbuf *sb, bool full)
{
    char host[256];
    if (gethostname(host, sizeof host) != 0)
        return;
    host[sizeof host - 1] = '\0';
    if (!full)
        host[strcspn(host, ".")] = '\0';
    add_literal(sb, host);
}

static void add_user(struct strbuf *sb)
{
    struct passwd *pw = getpwuid(geteuid());
    const char *name = pw ? pw->pw_name : vars_get("USER");
    add_literal(sb, name ? name : "?");
}

/* \w: $PWD with a leading $HOME shown as '~'; \W: its last component. */
static void add_cwd(struct strbuf *sb, bool base_only)
{
    const char *pwd = vars_get("PWD");
    char *cwd = NULL;
    if (!pwd || *pwd != '/')
        pwd = cwd = getcwd(NULL, 0);
    if (!pwd) {
        add_literal(sb, ".");
        return;
    }
    const char *home = vars_get("HOME");
    size_t hl = home ? strlen(home) : 0;
    while (hl > 1 && home[hl - 1] == '/')
        hl--;
    bool at_home = hl > 1 && strncmp(pwd, home, hl) == 0 && (pwd[hl] == '\0' || pwd[hl] == '/');
    if (base_only) {
        const char *slash = strrchr(pwd, '/');
        if (at_home && pwd[hl] == '\0')
            add_literal(sb, "~");
        else
            add_literal(sb, slash && slash[1] ? slash + 1 : pwd);
    } else if (at_home) {
        add_literal(sb, "~");
        add_literal(sb, pwd + hl);
    } else {
        add_literal(sb, pwd);
    }
    free(cwd);
}

/* The time now, formatted by strftime with FMT: a macro so that FMT stays a literal the
 * compiler checks (-Wformat-nonliteral). */
#define add_time(sb, fmt)                                                                        \
    do {                                                                                         \
        char tbuf_[64];                                                                          \
        time_t now_ = time(NULL);                                                                \
        struct tm tm_;                                                                           \
        lang_need(); /* LC_TIME's names */                                                       \
        if (localtime_r(&now_, &tm_) && strftime(tbuf_, sizeof tbuf_, fmt, &tm_) > 0)            \
            add_literal(sb, tbuf_);                                                              \
    } while (0)

static int count_jobs(void)
{
    int n = 0;
    for (struct job *j = jobs_first(); j; j = jobs_next(j))
        n++;
    return n;
}

/* Decodes the escapes into text for parse_dquoted_text. Returns true if anything needs the
 * expansion pass (an unescaped $ or `). */
static bool decode(const char *ps, bool is_ps1, bool for_readline, struct strbuf *sb)
{
    bool expand = false;
    char num[32];
    for (const char *p = ps; *p; p++) {
        if (*p == '!' && is_ps1) {
            /* XCU sh, PS1: '!' is the history number of the next command, "!!" a '!'. */
            if (p[1] == '!') {
                sb_addc(sb, '!');
                p++;
            } else {
                snprintf(num, sizeof num, "%d", hist_next_number());
                sb_adds(sb, num);
            }
            continue;
        }
        if (*p == '$' || *p == '`') {
            expand = true;
            sb_addc(sb, *p);
            continue;
        }
        if (*p != '\\') {
            sb_addc(sb, *p);
            continue;
        }
        char c = *++p;
        switch (c) {
        case '\0':
            add_literal(sb, "\\");
            p--;
            break;
        case 'u': add_user(sb); break;
        case 'h': add_host(sb, false); break;
        case 'H': add_host(sb, true); break;
        case 'w': add_cwd(sb, false); break;
        case 'W': add_cwd(sb, true); break;
        case '$': add_literal(sb, geteuid() == 0 ? "#" : "$"); break;
        case 'j':
            snprintf(num, sizeof num, "%d", count_jobs());
            sb_adds(sb, num);
            break;
        case '?':
            snprintf(num, sizeof num, "%d", sh.last_status);
            sb_adds(sb, num);
            break;
        case '!':
        case '#':
            snprintf(num, sizeof num, "%d", hist_next_number());
            sb_adds(sb, num);
            break;
        case 't': add_time(sb, "%H:%M:%S"); break;
        case 'T': add_time(sb, "%I:%M:%S"); break;
        case '@': add_time(sb, "%I:%M %p"); break;
        case 'A': add_time(sb, "%H:%M"); break;
        case 'd': add_time(sb, "%a %b %d"); break;
        case 'n': sb_addc(sb, '\n'); break;
        case 'r': sb_addc(sb, '\r'); break;
        case 'a': sb_addc(sb, '\a'); break;
        case 'e': sb_addc(sb, '\033'); break;
        case 's': add_literal(sb, "conch"); break;
        case 'v':
        case 'V': add_literal(sb, PACKAGE_VERSION); break;
        case '\\': add_literal(sb, "\\"); break;
        case '[':
            if (for_readline)
                sb_addc(sb, RL_PROMPT_START_IGNORE);
            break;
        case ']':
            if (for_readline)
                sb_addc(sb, RL_PROMPT_END_IGNORE);
            break;
        default:
            if (c >= '0' && c <= '7') { /* \nnn: a byte in octal */
                int v = 0, k = 0;
                while (k < 3 && p[k] >= '0' && p[k] <= '7')
                    v = v * 8 + (p[k++] - '0');
                p += k - 1;
                char b[2] = {(char)v, 0};
                if (v)
                    add_literal(sb, b);
            } else { /* unknown: kept as written */
                char b[3] = {'\\', c, 0};
                add_literal(sb, b);
            }
        }
    }
    return expand;
}

char *prompt_expand(const char *which, bool for_readline)
{
    const char *ps = vars_get(which);
    if (!ps)
        return xstrdup("");
    bool is_ps1 = strcmp(which, "PS1") == 0;
    if (!strpbrk(ps, is_ps1 ? "$`\\!" : "$`\\"))
        return xstrdup(ps);
    struct strbuf sb = {0};
    if (!decode(ps, is_ps1, for_readline, &sb)) {
        /* No expansion left: undo the quoting add_literal did. */
        struct strbuf out = {0};
        for (const char *p = sb_str(&sb); *p; p++) {
            if (*p == '\\' && (p[1] == '$' || p[1] == '`' || p[1] == '\\'))
                p++;
            sb_addc(&out, *p);
        }
        sb_release(&sb);
        return sb_detach(&out);
    }
    struct arena *a = arena_new();
    struct word *w = parse_dquoted_text(a, sb_str(&sb), which);
    int status = sh.last_status; /* a prompt must not change $? */
    char *text = w ? expand_word_string(w, EXPAND_PLAIN) : NULL;
    sh.last_status = status;
    arena_unref(a);
    if (!text)
        text = sb_detach(&sb);
    sb_release(&sb);
    return text;
}
