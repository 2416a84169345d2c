/* eval.c — the eval special builtin (XCU eval): the operands joined with spaces are read and
 * run as commands by the same read-parse-run loop as a script (exec/run.c). */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/strbuf.h"
#include "shell/shell.h"

int builtin_eval(int argc, char **argv)
{
    /* No options, but "--" is skipped and "-x" is a usage error (bash; dash runs it). */
    int i = builtin_operands(argc, argv);
    if (i < 0) {
        sh.flow = FLOW_ABORT; /* XCU 2.8.1: a special builtin's usage error */
        return 2;
    }
    if (i >= argc)
        return 0;
    struct strbuf text = {0};
    for (; i < argc; i++) {
        sb_adds(&text, argv[i]);
        if (i + 1 < argc)
            sb_addc(&text, ' ');
    }
    int status = exec_string(sb_str(&text), sh.script_name);
    sb_release(&text);
    return status;
}
