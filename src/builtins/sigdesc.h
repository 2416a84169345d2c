/* sigdesc.h — what each signal means to a learner: its default action, whether it can be
 * caught, and what usually sends it. Read by `kill -L`, `why` and `ptree -s` (builtins/). */
#ifndef CONCH_SIGDESC_H
#define CONCH_SIGDESC_H

#include <stdbool.h>

enum sig_action { SIGACT_TERM, SIGACT_CORE, SIGACT_IGNORE, SIGACT_STOP, SIGACT_CONT };

struct sigdesc {
    int signo;
    enum sig_action action; /* the default action (signal(7)) */
    bool catchable;         /* false for KILL and STOP only */
    const char *sender;     /* what usually sends it, one short phrase */
};

/* The description of signo (real-time signals included), or NULL for a number that names no
 * signal. The pointer is to static storage, valid until the next call. */
const struct sigdesc *sigdesc_find(int signo);
/* "terminate", "core", "ignore", "stop", "continue". */
const char *sigdesc_action_word(enum sig_action a);
/* Writes a signal mask as names ("INT QUIT CHLD"), "-" when empty, into buf. mask bit N-1 is
 * signal N, as in the Sig* lines of /proc/PID/status. */
void sigdesc_mask_names(unsigned long long mask, char *buf, unsigned long size);

#endif
