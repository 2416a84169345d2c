/* arithcmd.c — conch mode's arithmetic commands: (( expression )) and for (( init; cond; step )),
 * as bash has them. exec/eval.c hands over the nodes; the expressions go to arith_eval (arith.c). */
#include "config.h"

#include "exec/exec.h"
#include "exec/exec_int.h"
#include "exec/expand.h"
#include "exec/expand_int.h"
#include "parse/ast.h"
#include "shell/options.h"
#include "shell/shell.h"

#include <stdlib.h>
#include <string.h>

enum { ARITH_TRUE, ARITH_FALSE, ARITH_FAILED };

/* The word expanded as the inside of $(( )) is (XCU 2.6.4: like a double-quoted string), traced
 * for set -x as bash does (`+ (( x > 3 ))`, the text as expanded), then evaluated. An empty
 * word is `empty` (for the condition of for (( )), true); bash traces the expressions of a for
 * without the blanks around them (`trim`). An expansion error abandons the
 * command as XCU 2.8.1 says of expansion errors; a bad expression only fails the command
 * (status 1, as in bash). */
static int eval_word(const struct word *w, bool empty, bool trim, intmax_t *v)
{
    char *text = expand_string(w, 0, false);
    if (!text) {
        if (sh.flow == FLOW_NORMAL && exec_expansion_error_aborts())
            sh.flow = FLOW_ABORT;
        return ARITH_FAILED;
    }
    if (!text[strspn(text, " \t\n")]) {
        free(text);
        *v = empty;
        return ARITH_TRUE;
    }
    if (opt.xtrace) {
        const char *t = text;
        size_t n = strlen(t);
        if (trim) {
            t += strspn(t, " \t\n");
            n = strlen(t);
            while (n > 0 && strchr(" \t\n", t[n - 1]))
                n--;
        }
        char *line = malloc(n + 7);
        if (line) {
            memcpy(line, "(( ", 3);
            memcpy(line + 3, t, n);
            memcpy(line + 3 + n, " ))", 4);
            exec_trace_text(line);
            free(line);
        }
    }
    int r = arith_eval(text, v);
    free(text);
    return r < 0 ? ARITH_FAILED : ARITH_TRUE;
}

int exec_arith_command(struct node *n)
{
    intmax_t v;
    if (eval_word(n->arith.expr, false, false, &v) == ARITH_FAILED)
        return sh.flow == FLOW_ABORT ? 2 : 1;
    int status = v != 0 ? 0 : 1;
    /* bash's set -e counts a (( )) that is false as a failure. */
    exec_check_errexit(status);
    return status;
}

/* The expressions are evaluated in the order of C's for: init once, cond before each pass
 * (the loop ends when it is 0), step after each pass (after `continue` too). */
int exec_arith_for(struct node *n)
{
    intmax_t v;
    int status = 0;
    if (eval_word(n->arith_for.init, true, true, &v) == ARITH_FAILED)
        return sh.flow == FLOW_ABORT ? 2 : 1;
    sh.loop_depth++;
    for (;;) {
        if (eval_word(n->arith_for.cond, true, true, &v) == ARITH_FAILED) {
            status = sh.flow == FLOW_ABORT ? 2 : 1;
            break;
        }
        if (!v)
            break;
        status = exec_node(n->arith_for.body, 0);
        sh.last_status = status;
        if (exec_loop_ended() || exec_loop_should_stop(&status))
            break;
        if (eval_word(n->arith_for.step, true, true, &v) == ARITH_FAILED) {
            status = sh.flow == FLOW_ABORT ? 2 : 1;
            break;
        }
    }
    sh.loop_depth--;
    return status;
}
