/* hash.c — the hash utility (XCU hash): remembers where commands were found in PATH, through
 * the search table of exec/search.c. */
#include "config.h"

#include "builtins/builtins.h"
#include "exec/exec.h"
#include "lib/error.h"

#include <stdio.h>
#include <string.h>

/* XCU hash: "hash name..." adds the names (builtins and functions are not looked up in PATH,
 * so they are skipped); "hash -r" empties the table; no operands lists it. */
int builtin_hash(int argc, char **argv)
{
    struct builtin_opts o = {.index = 1};
    bool forget = false;
    int c;
    while ((c = builtin_getopt(&o, argc, argv, "r")) != -1) {
        if (c == '?')
            return 2;
        forget = true;
    }
    if (forget)
        search_hash_forget();
    if (o.index >= argc) {
        if (!forget)
            search_hash_print();
        return builtin_flush("hash");
    }
    int status = 0;
    for (int i = o.index; i < argc; i++) {
        if (strchr(argv[i], '/') || builtin_find(argv[i]))
            continue;
        if (search_hash_add(argv[i]) != 0) {
            error_msg("hash: %s: not found", argv[i]);
            status = 1;
        }
    }
    return status;
}
