/* options.h — shell options (`set -e`, `set -o pipefail`, ...) as one global struct (XCU set). */
#ifndef CONCH_OPTIONS_H
#define CONCH_OPTIONS_H

#include <stdbool.h>

struct options {
    bool allexport;   /* -a */
    bool notify;      /* -b */
    bool noclobber;   /* -C */
    bool errexit;     /* -e */
    bool errtrace;    /* -E: functions and subshells inherit the ERR trap (conch mode, bash) */
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
    bool explain;     /* narrate each process operation (exec/explain.h; teaching aid) */
    bool explainbrief; /* narrate only the jobs' changes of state (teaching aid) */
    bool posix;       /* POSIX mode: the conch-mode extensions are off (see options_posix) */
    bool braceexpand; /* -B: a{b,c} and {1..3} (conch mode) */
    bool histexpand;  /* -H: `!` history expansion at an interactive prompt (conch mode) */
    /* `shopt` options (conch mode; the builtin is not found in POSIX mode). ORDER: shopt_table
     * in options.c. Each is read where it acts, together with options_extensions(). */
    bool cdable_vars;    /* accepted for bash's scripts; cd does not look names up as variables */
    bool dotglob;        /* globs match names starting with '.' (never . and ..) */
    bool expand_aliases; /* aliases are expanded (on by default, and always in POSIX mode) */
    bool extglob;        /* ?(p) *(p) +(p) @(p) !(p) in patterns (scanned while on) */
    bool failglob;       /* a glob without a match is an error; the command does not run */
    bool globstar;       /* ** matches any depth of directories */
    bool hostcomplete;   /* accepted for bash's scripts (on); Tab after @ completes nothing */
    bool lastpipe;       /* the last stage of a pipeline runs in the shell (job control off) */
    bool nocaseglob;     /* globs ignore case */
    bool nocasematch;    /* case and [[ == ]] patterns ignore case */
    bool nullglob;       /* a glob without a match expands to nothing */
    bool progcomp;       /* Tab uses the specs of `complete` (on by default, as in bash) */
    bool lazyreap;    /* finished background jobs stay zombies until wait/jobs/fg/bg
                         (teaching aid, conch mode; exec/lazyreap.c) */
};

extern struct options opt;

/* Two modes, one grammar. conch mode (the default) accepts the ksh/bash extensions; POSIX mode
 * (invoked as `sh`, `--posix`, `set -o posix`, or POSIXLY_CORRECT in the environment at
 * start-up) is the strict shell that names each extension as an error and keeps the POSIX
 * meaning where a construct has one (`echo {a,b}`, `cmd &>f`). Every extension asks this one
 * predicate, at the moment it would act (scan time for syntax, run time for expansions). */
static inline bool options_extensions(void) { return !opt.posix; }

/* Enters or leaves POSIX mode: entering turns braceexpand and histexpand off, leaving turns
 * braceexpand on and histexpand on for an interactive shell (as the defaults of each mode). */
void options_set_posix(bool on);

/* shopt's options by name, in the order `shopt` lists them. */
bool *options_shopt_find(const char *name);
/* The name and flag of the i-th shopt option, or NULL past the last. */
const char *options_shopt_at(int i, bool **flag);
/* Also the -o names, for `shopt -o` (NULL past the last, and for letter-only options). */
const char *options_name_at(int i, bool **flag, bool *last);

/* Sets option by its letter (as in `set -e`); returns 0, or -1 if the letter is unknown. */
int options_set_letter(char letter, bool on);
/* Sets option by its -o name; returns 0, or -1 if the name is unknown. */
int options_set_name(const char *name, bool on);
/* 1 if the option named name (as in `set -o name`) is on, 0 if off, -1 if there is none. */
int options_get_name(const char *name);
/* The value of $-: the letters of the options that are on. Static buffer. */
const char *options_flags(void);
/* `set -o` (human table) and `set +o` (re-input form: "set -o name" / "set +o name"). */
void options_print(bool reinput);

#endif
