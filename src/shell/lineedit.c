/* lineedit.c — interactive input lines (parse/input.h): GNU Readline with the expanded PS1/PS2
 * at a terminal, otherwise the prompt on stderr and a plain read of standard input. */
#include "exec/expand.h"
#include "exec/trap.h"
#include "lib/arena.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "parse/input.h"
#include "parse/parse.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

volatile bool input_interrupted;

/* XCU 2.5.3 PS1/PS2: the value undergoes parameter expansion (and, in conch, the other
 * expansions of a double-quoted string). Returns malloc'd text. */
static char *expand_prompt(enum prompt_kind which)
{
    const char *ps = vars_get(which == PROMPT_PS1 ? "PS1" : "PS2");
    if (!ps)
        return xstrdup("");
    if (!strpbrk(ps, "$`\\"))
        return xstrdup(ps);
    struct arena *a = arena_new();
    struct word *w = parse_dquoted_text(a, ps, which == PROMPT_PS1 ? "PS1" : "PS2");
    int status = sh.last_status; /* a prompt must not change $? */
    char *text = w ? expand_word_string(w, EXPAND_PLAIN) : NULL;
    sh.last_status = status;
    arena_unref(a);
    return text ? text : xstrdup(ps);
}

/* ---- Readline -------------------------------------------------------------------------------
 * The callback interface, so that a ^C (SIGINT, caught by trap.c without SA_RESTART) wakes
 * poll() and the partial line can be thrown away here rather than inside Readline's handler. */
static char *line_result;
static bool line_done;

static void on_line(char *line)
{
    line_result = line;
    line_done = true;
    rl_callback_handler_remove();
}

static char *read_readline(const char *prompt)
{
    static bool initialised;
    if (!initialised) {
        rl_readline_name = "conch";
        rl_catch_signals = 0; /* trap.c owns SIGINT; we look at trap_got_sigint */
        rl_catch_sigwinch = 1;
        using_history();
        initialised = true;
    }
    line_result = NULL;
    line_done = false;
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        struct pollfd pfd = {.fd = fileno(rl_instream ? rl_instream : stdin), .events = POLLIN};
        int r = poll(&pfd, 1, -1);
        if (r < 0 && errno != EINTR)
            break;
        if (trap_got_sigint) {
            trap_got_sigint = 0;
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            rl_crlf();
            input_interrupted = true;
            return xstrdup("\n");
        }
        if (r > 0)
            rl_callback_read_char();
    }
    if (!line_done) { /* poll failed: treat as end of input */
        rl_callback_handler_remove();
        return NULL;
    }
    char *line = line_result;
    if (!line)
        return NULL; /* ^D on an empty line */
    if (*line)
        add_history(line);
    size_t len = strlen(line);
    char *out = xmalloc(len + 2);
    memcpy(out, line, len);
    out[len] = '\n';
    out[len + 1] = '\0';
    free(line);
    return out;
}

/* ---- Plain input ----------------------------------------------------------------------------
 * One byte at a time: standard input is shared with the commands we run (XCU 2.1). */
static char *read_plain(const char *prompt)
{
    if (*prompt) {
        ssize_t w = write(STDERR_FILENO, prompt, strlen(prompt));
        (void)w;
    }
    struct strbuf sb = {0};
    for (;;) {
        char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR) {
            if (trap_got_sigint && sh.interactive) {
                trap_got_sigint = 0;
                input_interrupted = true;
                sb_release(&sb);
                ssize_t w = write(STDERR_FILENO, "\n", 1);
                (void)w;
                return xstrdup("\n");
            }
            continue;
        }
        if (n <= 0) {
            if (sb.len == 0) {
                sb_release(&sb);
                return NULL;
            }
            sb_addc(&sb, '\n'); /* a last line without its newline */
            break;
        }
        sb_addc(&sb, c);
        if (c == '\n')
            break;
    }
    return sb_detach(&sb);
}

char *input_read_line(enum prompt_kind which)
{
    input_interrupted = false;
    char *prompt = expand_prompt(which);
    char *line = sh.interactive && isatty(STDIN_FILENO) ? read_readline(prompt) : read_plain(prompt);
    free(prompt);
    return line;
}
