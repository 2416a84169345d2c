/* callstack.h — the functions and dot scripts being run, as conch mode's FUNCNAME, BASH_SOURCE
 * and BASH_LINENO show them (bash): exec/ and builtins/ push a frame per call, and the three
 * array variables are made from the frames only when something reads them (vars.c, param.c). */
#ifndef CONCH_CALLSTACK_H
#define CONCH_CALLSTACK_H

#include <stdbool.h>

/* One call in progress, in the caller's C stack frame: pushing costs no allocation. */
struct call_frame {
    const char *func;        /* the function's name, or NULL for a dot script */
    const char *file;        /* where the function was defined, or the dot script's path;
                              * NULL: at the prompt or in a -c string */
    int line;                /* $LINENO of the call, in the caller */
    const char *caller_file; /* sh.script_name when it was called */
    struct call_frame *up;
};

void callstack_push(struct call_frame *f, const char *func, const char *file);
void callstack_pop(struct call_frame *f);

/* The file that a function defined now comes from (BASH_SOURCE[0] now), as a string that lives
 * as long as the shell; NULL at the prompt or in a -c string. */
const char *callstack_file(void);

/* If name is FUNCNAME, BASH_SOURCE or BASH_LINENO and the shell is in conch mode, makes the
 * variable hold the call stack now. callstack_sync_all does the three (for listings). */
void callstack_sync(const char *name);
void callstack_sync_all(void);

#endif
