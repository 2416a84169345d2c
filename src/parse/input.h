/* input.h — the line reader an interactive parser is handed (parser_new_interactive): the front
 * end implements it (front/lineedit.c: Readline with PS1/PS2); parse/source.c only calls it. */
#ifndef CONCH_INPUT_H
#define CONCH_INPUT_H

#include <stdbool.h>

enum prompt_kind { PROMPT_PS1, PROMPT_PS2 };

/* Reading a line expands the prompt (parameter expansion, command substitution) and runs the
 * history, completion and job notices: all of it sits above parse/. So the parser is given
 * function pointers rather than calling up by name, as Lua's lzio.h is given a lua_Reader.
 * Files and strings need no reader: source.c reads them itself. */
struct line_reader {
    /* Reads one line with the prompt which (PS1 for the first line of a command, PS2 after).
     * Returns a malloc'd line that ends with '\n', or NULL at end of input (Ctrl-D on an empty
     * line). Sets *interrupted (left false otherwise) when Ctrl-C abandoned the line: the
     * parser then frees what was returned unread and drops the partial command. */
    char *(*read_line)(void *data, enum prompt_kind which, bool *interrupted);
    /* The parser has a complete command (or gave up on a syntax error): the lines read for it
     * since the last call become one history entry. */
    void (*command_done)(void *data);
    void *data; /* passed to both, untouched */
};

#endif
