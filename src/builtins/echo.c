/* echo.c — the echo utility (XCU echo, XSI form): arguments joined by spaces, backslash escapes
 * interpreted, "-n" as the only option. Output goes to stdout through stdio. */
#include "config.h"

#include "builtins/builtins.h"
#include "lib/strbuf.h"

#include <stdio.h>
#include <string.h>

/* XCU echo: "Implementations shall not support any options" except that a first operand of
 * -n may suppress the newline (as BSD and dash do); "--" is printed like any operand. The XSI
 * escapes are the %b ones of printf, \c ending all output including the newline. */
int builtin_echo(int argc, char **argv)
{
    int i = 1;
    bool newline = true;
    if (i < argc && strcmp(argv[i], "-n") == 0) {
        newline = false;
        i++;
    }
    struct strbuf sb = {0};
    bool more = true;
    for (; i < argc && more; i++) {
        more = builtin_expand_escapes(&sb, argv[i]);
        if (more && i + 1 < argc)
            sb_addc(&sb, ' ');
    }
    if (more && newline)
        sb_addc(&sb, '\n');
    fwrite(sb_str(&sb), 1, sb.len, stdout);
    sb_release(&sb);
    return builtin_flush("echo");
}
