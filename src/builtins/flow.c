/* flow.c — the special builtins that change control flow (XCU 2.15): break, continue, return
 * and exit. They only set sh.flow (shell/shell.h); loops, function calls, `.` and the top level
 * in exec/ act on it. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/trap.h"
#include "lib/decimal.h"
#include "lib/error.h"
#include "shell/shell.h"

#include <stdlib.h>

/* An operand that must be a decimal number (a sign allowed when negative is true). Returns
 * false after a message, having made the error abort the command (XCU 2.8.1). */
static bool number_arg(const char *who, const char *s, bool negative, long *out)
{
    const char *digits = s + (negative && (*s == '-' || *s == '+'));
    long n;
    if (*digits < '0' || *digits > '9' || !decimal_parse(s, &n)) {
        error_msg("%s: %s: numeric argument required", who, s);
        sh.flow = FLOW_ABORT;
        return false;
    }
    *out = n;
    return true;
}

/* XCU break / continue: leave (or go on with) the nth enclosing loop; n greater than the
 * number of loops means the outermost. Outside any loop of the current function or top level
 * nothing happens, as in dash and bash --posix (XCU leaves it unspecified). */
static int loop_control(int argc, char **argv, enum flow f)
{
    long n = 1;
    if (argc > 2) {
        sh.flow = FLOW_ABORT;
        return builtin_usage_error(argv[0], "too many arguments");
    }
    if (argc == 2 && !number_arg(argv[0], argv[1], false, &n))
        return 2;
    if (n < 1) {
        error_msg("%s: %s: loop count out of range", argv[0], argv[1]);
        sh.flow = FLOW_ABORT;
        return 2;
    }
    if (sh.loop_depth == 0)
        return 0;
    sh.flow = f;
    sh.flow_levels = n < sh.loop_depth ? (int)n : sh.loop_depth;
    return 0;
}

int builtin_break(int argc, char **argv)
{
    return loop_control(argc, argv, FLOW_BREAK);
}

int builtin_continue(int argc, char **argv)
{
    return loop_control(argc, argv, FLOW_CONTINUE);
}

/* XCU return: leaves the innermost function or dot script with status n (default $?). At the
 * top level of a script it ends the script, as dash does; at a prompt it is an error. */
int builtin_return(int argc, char **argv)
{
    int before;
    /* Directly in a trap action the default is $? from before the action, as for exit (dash
     * and bash); in a function that the action called, that function's $? (dash). */
    long n = trap_status_before(true, &before) ? before : sh.last_status;
    if (argc > 2) {
        sh.flow = FLOW_ABORT;
        return builtin_usage_error("return", "too many arguments");
    }
    if (argc == 2 && !number_arg("return", argv[1], true, &n))
        return 2;
    if (sh.func_depth == 0 && sh.dot_depth == 0 && sh.interactive) {
        error_msg("return: can only return from a function or a dot script");
        return 1;
    }
    sh.flow = FLOW_RETURN;
    sh.last_status = (int)(n & 0xff);
    return sh.last_status;
}

/* XCU exit: leaves the shell with status n (default $?); the EXIT trap runs on the way out
 * (exec_exit). */
int builtin_exit(int argc, char **argv)
{
    int before;
    /* XCU exit: inside a trap action, n defaults to "the exit status of the command that
     * executed immediately before the trap action" (for the EXIT trap, the status the shell
     * was exiting with), not to the status of the action's last command. dash does this in
     * every trap; bash only in the EXIT trap. */
    long n = trap_status_before(false, &before) ? before : sh.last_status;
    if (argc > 2) {
        sh.flow = FLOW_ABORT;
        return builtin_usage_error("exit", "too many arguments");
    }
    if (argc == 2 && !number_arg("exit", argv[1], true, &n))
        n = 2;
    sh.flow = FLOW_EXIT;
    sh.last_status = (int)(n & 0xff);
    return sh.last_status;
}
