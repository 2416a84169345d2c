/* times.c — the times special builtin (XCU times): user and system CPU time of the shell and
 * of its finished children, from getrusage(2). */
#include "config.h"

#include "builtins/builtins.h"
#include "shell/shell.h"

#include <stdio.h>
#include <sys/resource.h>

static void print_time(struct timeval tv, char end)
{
    long long ms = (long long)tv.tv_sec * 1000 + tv.tv_usec / 1000;
    printf("%lldm%lld.%03llds%c", ms / 60000, ms / 1000 % 60, ms % 1000, end);
}

/* XCU times: "%dm%fs %dm%fs\n%dm%fs %dm%fs\n" — the shell's user and system times on the
 * first line, its children's on the second. Three decimals, as bash prints them. */
int builtin_times(int argc, char **argv)
{
    if (builtin_operands(argc, argv) < 0) {
        sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
        return 2;
    }
    struct rusage self, children;
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    print_time(self.ru_utime, ' ');
    print_time(self.ru_stime, '\n');
    print_time(children.ru_utime, ' ');
    print_time(children.ru_stime, '\n');
    if (builtin_flush("times")) {
        sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's error */
        return 1;
    }
    return 0;
}
