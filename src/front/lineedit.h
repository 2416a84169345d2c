/* lineedit.h — the interactive side of conch: prompts (prompt.c), the history list and file
 * (hist.c), completion (complete.c) and start-up files (startup.c), glued to Readline by lineedit.c. */
#ifndef CONCH_LINEEDIT_H
#define CONCH_LINEEDIT_H

#include <stdbool.h>

#include "parse/input.h"

/* The interactive parser's line reader (parser_new_interactive): prompts, Readline or a plain
 * read, and the history entry of each complete command. */
extern const struct line_reader lineedit_reader;

/* XCU 2.5.3 PS1/PS2 with conch's backslash escapes (\u \h \w \$ \[ \] ...) decoded first, then
 * parameter expansion. \[ and \] become Readline's invisible-text markers when for_readline,
 * and vanish otherwise. Returns malloc'd text; never changes $?. */
char *prompt_expand(const char *which, bool for_readline);

/* ---- History (hist.c) ---------------------------------------------------------------------
 * One list for the whole shell, numbered from 1 like `fc -l`; the file ($HISTFILE, default
 * ~/.conch_history) is read (and trimmed to $HISTFILESIZE entries) once when the first line is
 * read and each entry is appended to it as soon as the command is complete, under a lock
 * (histfile.c), so concurrent shells never lose each other's lines. */
void hist_init(void);
/* Hands the list to fc and history (shell/histlist.h); main calls it first thing. */
void hist_install(void);
/* Adds a complete command (lines joined with '\n', no final newline). Empty commands and a
 * repeat of the previous entry are dropped. Appends to the file. */
void hist_add(const char *entry);
/* Replaces the last entry (fc puts the command it runs in place of itself). */
void hist_replace_last(const char *entry);
/* First and last history numbers; last < first when the list is empty. */
int hist_first(void);
int hist_last(void);
/* The text of entry number n, or NULL. Valid until the list changes. */
const char *hist_get(int n);
/* `!` history expansion (conch mode, set -o histexpand) of one line read at an interactive
 * prompt, by GNU History's history_expand: !!, !n, !-n, !str, !?str?, ^old^new, word
 * designators and modifiers. HIST_UNCHANGED leaves *out NULL; otherwise *out is malloc'd: the
 * expanded line (HIST_EXPANDED; HIST_PRINT_ONLY for :p, shown and remembered, not run) or the
 * error message (HIST_ERROR: "!x: event not found"). */
enum hist_expansion { HIST_UNCHANGED, HIST_EXPANDED, HIST_PRINT_ONLY, HIST_ERROR };
enum hist_expansion hist_expand(const char *line, char **out);
/* `history -c`: empties the list (the file is left alone). */
void hist_clear(void);
/* The number the next command will get (for '!' in PS1). */
int hist_next_number(void);

/* ---- Completion (complete.c) ---- */
void complete_init(void);

/* ---- Start-up files (startup.c) ----------------------------------------------------------
 * A login shell reads /etc/profile then ~/.profile (unless noprofile); an interactive shell then
 * reads the file named by $ENV (after parameter expansion) and ~/.conchrc (unless norc).
 * Missing files are skipped; errors are reported and start-up goes on. */
void startup_run(bool noprofile, bool norc);

#endif
