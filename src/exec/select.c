/* select.c — runs `select NAME [in words]; do list; done` (conch mode, as bash): a numbered menu
 * on standard error, PS3, a line from standard input into REPLY, the body, again until break. */
#include "config.h"

#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/expand.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "lib/strvec.h"
#include "parse/ast.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void put_stderr(const struct strbuf *sb)
{
    ssize_t r = write(STDERR_FILENO, sb->s, sb->len);
    (void)r;
}

/* One item per line, numbers right-aligned ("1) a"). bash lays long menus out in columns; a menu
 * that fits on one row it also prints one per line, which is what conch always does. */
static void menu(const struct strvec *words)
{
    struct strbuf sb = {0};
    int width = snprintf(NULL, 0, "%zu", words->n);
    for (size_t i = 0; i < words->n; i++)
        sb_addf(&sb, "%*zu) %s\n", width, i + 1, words->v[i]);
    put_stderr(&sb);
    sb_release(&sb);
}

/* A line of standard input as `read` without -r takes it (bash reads the reply that way): a
 * backslash quotes the next character and a backslash-newline joins lines. One byte at a time,
 * so the body's commands read what follows. False at end of file (even after part of a line,
 * as bash) or on a read error. */
static bool read_reply(struct strbuf *line)
{
    bool escaped = false;
    for (;;) {
        char c;
        ssize_t r = read(STDIN_FILENO, &c, 1);
        if (r < 0 && errno == EINTR) {
            exec_poll_signals();
            if (sh.flow != FLOW_NORMAL)
                return false;
            continue;
        }
        if (r <= 0)
            return false;
        if (escaped) {
            escaped = false;
            if (c != '\n')
                sb_addc(line, c);
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '\n') {
            return true;
        } else {
            sb_addc(line, c);
        }
    }
}

/* The item a reply chooses: a decimal number from 1 to n, blanks around it allowed (bash's
 * legal_number); 0 for anything else. */
static size_t choice(const char *s, size_t n)
{
    char *end;
    errno = 0;
    intmax_t v = strtoimax(s, &end, 10);
    if (end == s || errno)
        return 0;
    while (isspace((unsigned char)*end))
        end++;
    return !*end && v >= 1 && (uintmax_t)v <= n ? (size_t)v : 0;
}

int exec_select(struct node *n)
{
    struct strvec words = {0};
    int status = exec_for_words(n, &words); /* the words as for's (eval.c) */
    if (status)
        return status;
    if (words.n == 0) {
        strvec_clear(&words);
        return status;
    }
    sh.loop_depth++;
    bool show = true;
    struct strbuf line = {0};
    for (;;) {
        if (show)
            menu(&words);
        show = false;
        const char *ps3 = vars_get("PS3");
        struct strbuf prompt = {0};
        sb_adds(&prompt, ps3 ? ps3 : "#? ");
        put_stderr(&prompt);
        sb_release(&prompt);
        sb_truncate(&line, 0);
        if (!read_reply(&line)) {
            /* End of input: bash ends the line the prompt left open, on standard output. */
            if (sh.flow == FLOW_NORMAL) {
                ssize_t r = write(STDOUT_FILENO, "\n", 1);
                (void)r;
                status = 1;
            }
            break;
        }
        const char *reply = sb_str(&line);
        if (vars_set("REPLY", reply, 0) < 0) {
            status = 2;
            if (sh.flow == FLOW_NORMAL)
                sh.flow = FLOW_ABORT; /* a variable assignment error (XCU 2.8.1) */
            break;
        }
        if (!*reply) {
            show = true; /* an empty line shows the menu again */
            continue;
        }
        size_t k = choice(reply, words.n);
        if (vars_set(n->for_.var, k ? words.v[k - 1] : "", 0) < 0) {
            status = 2;
            if (sh.flow == FLOW_NORMAL)
                sh.flow = FLOW_ABORT;
            break;
        }
        status = exec_node(n->for_.body, 0);
        sh.last_status = status;
        if (exec_loop_ended())
            break;
        exec_poll_signals();
        if (sh.flow != FLOW_NORMAL) {
            status = sh.last_status;
            break;
        }
    }
    sh.loop_depth--;
    sb_release(&line);
    strvec_clear(&words);
    return status;
}
