/* lineedit.c — interactive input lines, the parser's line reader (parse/input.h): GNU Readline
 * with the expanded PS1/PS2 at a terminal, otherwise the prompt on stderr and a plain read of
 * standard input. The lines of one command are gathered here and become one history entry
 * (hist.c) when it is complete. */
#include "config.h"

#include "lib/name.h"
#include "builtins/builtins.h"
#include "exec/exec.h"
#include "exec/jobs.h"
#include "exec/trap.h"
#include "lib/error.h"
#include "lib/strbuf.h"
#include "parse/input.h"
#include "front/lineedit.h"
#include "shell/lang.h"
#include "lib/mbchar.h"
#include "shell/options.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

/* Ctrl-C abandoned the line being read (read_line hands it to the parser). */
static bool input_interrupted;

/* The lines of the command being read, joined with '\n' (no final newline). */
static struct strbuf pending;

static void pending_add(const char *line)
{
    if (!sh.interactive)
        return;
    size_t len = strlen(line);
    if (len > 0 && line[len - 1] == '\n')
        len--;
    if (pending.len > 0)
        sb_addc(&pending, '\n');
    sb_addn(&pending, line, len);
}

/* XCU set -o nolog: "prevent the entry of function definitions into the command history".
 * Decided on the text: a command that starts with NAME ( ) (XCU 2.9.5). */
static bool is_function_definition(const char *s)
{
    s += strspn(s, " \t");
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    if (n == 0 || !is_name(s, n))
        return false;
    s += n;
    s += strspn(s, " \t");
    if (*s++ != '(')
        return false;
    s += strspn(s, " \t");
    return *s == ')';
}

static void input_command_done(void)
{
    if (pending.len == 0)
        return;
    if (!opt.nolog || !is_function_definition(sb_str(&pending)))
        hist_add(sb_str(&pending));
    sb_truncate(&pending, 0);
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

/* edit-and-execute-command (^X^E in emacs mode, v in vi command mode), as in bash: the line
 * goes to a temporary file, fc's editor (builtin_fc_editor) runs on it as a foreground job,
 * and what the file holds afterwards is the line that runs: all of its lines, one history
 * entry. If the editor fails, the line is dropped. */
static int edit_and_execute(int count, int key)
{
    (void)count;
    (void)key;
    struct strbuf text = {0};
    sb_adds(&text, rl_line_buffer);
    sb_addc(&text, '\n');
    rl_crlf();
    (*rl_deprep_term_function)();
    builtin_fc_edit(NULL, &text);
    (*rl_prep_term_function)(1);
    /* Show what runs (bash does too), then hand it over as the line just read: Readline's own
     * accept would redraw only the line as it was before the editor ran. */
    fprintf(rl_outstream, "%s\n", sb_str(&text));
    fflush(rl_outstream);
    rl_replace_line("", 1);
    on_line(sb_detach(&text));
    return 0;
}

static void readline_init(void)
{
    lang_need(); /* Readline sorts completions with strcoll */
    rl_readline_name = "conch";
    /* Named, so that an inputrc can bind it elsewhere; bound where bash binds it. */
    rl_add_defun("edit-and-execute-command", edit_and_execute, -1);
    rl_bind_keyseq_in_map("\\C-x\\C-e", edit_and_execute, emacs_standard_keymap);
    rl_bind_key_in_map('v', edit_and_execute, vi_movement_keymap);
    rl_catch_signals = 0; /* trap.c owns SIGINT; we look at trap_got_sigint */
    rl_catch_sigwinch = 1;
    hist_init();
    rl_initialize(); /* reads ~/.inputrc: what it sets is the user's choice */
    /* An inputrc that asks for vi mode wins over the default (emacs) option. */
    if (rl_editing_mode == 0 && !opt.vi) {
        opt.vi = true;
        opt.emacs = false;
    }
    /* A pasted block is inserted as text and runs only when Return is pressed. Not on a dumb
     * terminal, which would show the mode's escape sequences (Readline's own rule). */
    const char *term = vars_get("TERM");
    if (!term || strcmp(term, "dumb") != 0)
        rl_variable_bind("enable-bracketed-paste", "on");
    complete_init();
}

/* `set -o vi` / `set -o emacs` take effect at the next prompt. */
static void sync_editing_mode(void)
{
    bool vi_now = rl_editing_mode == 0;
    if (opt.vi != vi_now)
        rl_variable_bind("editing-mode", opt.vi ? "vi" : "emacs");
}

/* Readline looks at the locale in rl_initialize(), which readline() calls every time but the
 * callback interface never does: after LC_ALL=C.UTF-8 at the prompt it would still show μ as
 * \316\274 and erase it a byte at a time. Calling it again after a change only re-reads the
 * locale (an initialised Readline does not read inputrc twice). */
static void sync_locale(void)
{
    static unsigned seen;
    if (seen != lang_generation) {
        seen = lang_generation;
        rl_initialize();
    }
}

static char *read_readline(const char *prompt, bool first)
{
    static bool initialised;
    if (!initialised) {
        readline_init();
        initialised = true;
    }
    for (;;) {
        sync_editing_mode();
        sync_locale();
        line_result = NULL;
        line_done = false;
#if RL_VERSION_MAJOR > 8 || (RL_VERSION_MAJOR == 8 && RL_VERSION_MINOR >= 1)
        /* Readline keeps the end of file of a ^D we did not leave on (ignoreeof, PS2) until
         * told otherwise, and with bracketed paste it then ends every later line with an extra
         * newline. */
        rl_eof_found = 0;
#endif
        rl_callback_handler_install(prompt, on_line);
        int fd = fileno(rl_instream ? rl_instream : stdin);
        /* A ^C or SIGCHLD that lands after the flags are looked at but before poll() starts
         * would only be seen at the next keystroke. So both stay blocked from the check until
         * ppoll() unblocks them atomically, as jobs_wait_event does with sigsuspend. */
        sigset_t wake, old;
        sigemptyset(&wake);
        sigaddset(&wake, SIGINT);
        sigaddset(&wake, SIGCHLD);
        sigprocmask(SIG_BLOCK, &wake, &old);
        /* A job may also have ended while the prompt was expanded (its command substitutions
         * reap children too, clearing the flag): look once before the first wait. */
        bool look = true, failed = false;
        while (!line_done && !failed) {
            if (trap_got_sigint) {
                trap_got_sigint = 0;
                sigprocmask(SIG_SETMASK, &old, NULL);
                rl_free_line_state();
                rl_callback_sigcleanup();
                rl_callback_handler_remove();
                rl_crlf();
                input_interrupted = true;
                return xstrdup("\n");
            }
            if (trap_got_sigchld || look) {
                look = false;
                sigprocmask(SIG_SETMASK, &old, NULL);
                /* set -b: a background job changed state while we sat at the prompt. Report
                 * it now and redraw the prompt and the partial line. Without set -b the
                 * notice waits for the next prompt, but the flag must still be cleared. */
                if (jobs_notify_async()) {
                    rl_on_new_line();
                    rl_redisplay();
                }
                if (trap_got_sigchld)
                    jobs_reap();
                sigprocmask(SIG_BLOCK, &wake, NULL);
                continue;
            }
            struct pollfd pfd = {.fd = fd, .events = POLLIN};
            int r = ppoll(&pfd, 1, NULL, &old);
            if (r < 0 && errno != EINTR)
                failed = true;
            if (r > 0) {
                /* Readline and the line handler run with the usual mask. */
                sigprocmask(SIG_SETMASK, &old, NULL);
                rl_callback_read_char();
                sigprocmask(SIG_BLOCK, &wake, NULL);
            }
        }
        sigprocmask(SIG_SETMASK, &old, NULL);
        if (!line_done) { /* poll failed: treat as end of input */
            rl_callback_handler_remove();
            return NULL;
        }
        if (line_result || !first)
            break;
        /* ^D on an empty line at PS1: leave, unless ignoreeof says not to. */
        if (!opt.ignoreeof) {
            fputs("exit\n", stderr);
            return NULL;
        }
        fputs("Use \"exit\" to leave the shell.\n", stderr);
    }
    char *line = line_result;
    if (!line)
        return NULL;
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

/* `!` history expansion of a line just read (takes line, returns what the parser gets). As in
 * bash, the expanded line is shown on stderr before it runs; after an error or a :p, the line
 * does not run (it becomes empty), and a :p line goes into the history as it was shown. */
static char *expand_history(char *line)
{
    char *out;
    /* Without its newline: ^old^new takes the rest of the line as the replacement. */
    size_t len = strlen(line);
    bool nl = len > 0 && line[len - 1] == '\n';
    if (nl)
        line[len - 1] = '\0';
    enum hist_expansion r = hist_expand(line, &out);
    if (nl)
        line[len - 1] = '\n';
    if (r == HIST_UNCHANGED)
        return line;
    free(line);
    if (r == HIST_ERROR) {
        error_msg("%s", out); /* $? stays as it was (bash) */
        free(out);
        return xstrdup("\n");
    }
    fprintf(stderr, "%s\n", out);
    if (r == HIST_PRINT_ONLY) {
        hist_add(out);
        free(out);
        return xstrdup("\n");
    }
    size_t n = strlen(out);
    out = xrealloc(out, n + 2);
    out[n] = '\n';
    out[n + 1] = '\0';
    return out;
}

/* PROMPT_COMMAND (conch mode, as bash): run before each primary prompt; $? is kept for the
 * prompt and the next command. `exit` in it leaves the shell. */
static bool run_prompt_command(void)
{
    const char *pc = vars_get("PROMPT_COMMAND");
    if (!pc || !*pc)
        return true;
    char *text = xstrdup(pc); /* the command may assign PROMPT_COMMAND */
    int saved = sh.last_status;
    exec_string(text, "PROMPT_COMMAND");
    free(text);
    if (sh.flow == FLOW_EXIT)
        return false;
    sh.flow = FLOW_NORMAL;
    sh.last_status = saved;
    return true;
}

/* COLUMNS and LINES follow the terminal's size at each prompt (conch mode; bash's
 * checkwinsize, on by default): after a resize, at the latest when the next prompt shows. */
static void update_window_size(void)
{
    struct winsize ws;
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0 || ws.ws_row == 0)
        return;
    char buf[16];
    snprintf(buf, sizeof buf, "%u", (unsigned)ws.ws_col);
    const char *old = vars_get("COLUMNS");
    if (!old || strcmp(old, buf) != 0)
        vars_set("COLUMNS", buf, 0);
    snprintf(buf, sizeof buf, "%u", (unsigned)ws.ws_row);
    old = vars_get("LINES");
    if (!old || strcmp(old, buf) != 0)
        vars_set("LINES", buf, 0);
}

static char *input_read_line(enum prompt_kind which)
{
    input_interrupted = false;
    const char *name = which == PROMPT_PS1 ? "PS1" : "PS2";
    bool tty = sh.interactive && isatty(STDIN_FILENO);
    if (sh.interactive && options_extensions()) {
        if (which == PROMPT_PS1 && !run_prompt_command())
            return NULL;
        if (tty)
            update_window_size();
    }
    if (sh.interactive)
        hist_init(); /* before the prompt: PS1's '!' wants the history number */
    char *prompt = prompt_expand(name, tty);
    char *line = tty ? read_readline(prompt, which == PROMPT_PS1) : read_plain(prompt);
    free(prompt);
    if (line && !input_interrupted && sh.interactive && opt.histexpand)
        line = expand_history(line);
    if (input_interrupted) {
        sb_truncate(&pending, 0); /* ^C: the partial command is not remembered */
        sh.last_status = 128 + SIGINT; /* as after a command killed by ^C (bash does the same) */
    }
    else if (line)
        pending_add(line);
    else
        input_command_done();
    return line;
}

/* The parser's side (parse/input.h). */
static char *read_line(void *data, enum prompt_kind which, bool *interrupted)
{
    (void)data;
    char *line = input_read_line(which);
    *interrupted = input_interrupted;
    return line;
}

static void command_done(void *data)
{
    (void)data;
    input_command_done();
}

const struct line_reader lineedit_reader = {.read_line = read_line, .command_done = command_done};
