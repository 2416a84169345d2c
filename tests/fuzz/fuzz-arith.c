/* fuzz-arith.c — libFuzzer target for arithmetic expansion (XCU 2.6.4): the input is the text
 * of a $(( )) after expansion, as exec/arith.c and grammar/arith.y receive it. */
#include "config.h"

#include "exec/expand.h"
#include "shell/shell.h"
#include "shell/vars.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char *env[] = {NULL};
    vars_init(env);
    return 0;
}

/* Variables the expressions may read, in the forms a shell variable can hold a number. */
static const char *const preset[][2] = {
    {"a", "1"}, {"b", "-7"}, {"h", "0x1F"}, {"o", "017"}, {"m", "-9223372036854775808"},
    {"e", ""}, {"bad", "1+1"}, {"sp", " 3 "},
};

static void collect(const char *name, const char *value, unsigned flags, void *ctx)
{
    (void)value;
    (void)flags;
    char ***names = ctx;
    *(*names)++ = strdup(name);
}

/* Assignments in one input must not leak into the next (a crash must replay alone), and the
 * variable table must not grow without end: every variable is unset after each input. */
static void reset_vars(void)
{
    static char *names[4096];
    char **end = names;
    vars_foreach(0, collect, &end);
    for (char **n = names; n < end; n++) {
        vars_unset(*n);
        free(*n);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return -1; /* the name table above; longer inputs add nothing */
    for (size_t i = 0; i < sizeof preset / sizeof preset[0]; i++)
        vars_set(preset[i][0], preset[i][1], 0);
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    intmax_t result;
    (void)arith_eval(text, &result);
    free(text);
    reset_vars();
    sh.flow = FLOW_NORMAL; /* an error asks to abort the command; there is none here */
    return 0;
}
