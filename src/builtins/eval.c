/* eval.c — the eval special builtin (XCU eval): the operands joined with spaces are read and
 * run as commands by the same read-parse-run loop as a script (exec/run.c). */
#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/strbuf.h"
#include "shell/shell.h"

int builtin_eval(int argc, char **argv)
{
    int i = 1;
    if (i < argc && argv[i][0] == '-' && argv[i][1] == '-' && !argv[i][2])
        i++;
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
