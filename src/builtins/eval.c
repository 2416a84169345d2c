/* eval.c — the eval special builtin (XCU eval): the operands joined with spaces are read and
 * run as commands by the same read-parse-run loop as a script (exec/run.c). */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/strbuf.h"
#include "shell/shell.h"

#include <string.h>

int builtin_eval(int argc, char **argv)
{
    /* XCU eval has no options, and XCU 1.4 asks only that a first "--" be discarded: `eval -z`
     * runs the command -z (as dash does). Refusing it as a usage error would make it a
     * special builtin's error, ending a script where no shell ends one. */
    int i = argc > 1 && strcmp(argv[1], "--") == 0 ? 2 : 1;
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
