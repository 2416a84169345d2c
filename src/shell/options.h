/* options.h — shell options (`set -e`, `set -o pipefail`, ...) as one global struct (XCU set). */
#ifndef CONCH_OPTIONS_H
#define CONCH_OPTIONS_H

#include <stdbool.h>

struct options {
    bool allexport;   /* -a */
    bool notify;      /* -b */
    bool noclobber;   /* -C */
    bool errexit;     /* -e */
    bool noglob;      /* -f */
    bool hashall;     /* -h */
    bool interactive; /* -i (not settable with set) */
    bool monitor;     /* -m: job control */
    bool noexec;      /* -n */
    bool nounset;     /* -u */
    bool verbose;     /* -v */
    bool xtrace;      /* -x */
    bool stdin_cmds;  /* -s (not settable with set) */
    bool pipefail;
    bool ignoreeof;
    bool nolog;
    bool vi;
    bool emacs;
    bool dumpast;     /* print each command's AST before running it (teaching aid) */
};

extern struct options opt;

/* Sets option by its letter (as in `set -e`); returns 0, or -1 if the letter is unknown. */
int options_set_letter(char letter, bool on);
/* Sets option by its -o name; returns 0, or -1 if the name is unknown. */
int options_set_name(const char *name, bool on);
/* The value of $-: the letters of the options that are on. Static buffer. */
const char *options_flags(void);
/* `set -o` (human table) and `set +o` (re-input form: "set -o name" / "set +o name"). */
void options_print(bool reinput);

#endif
