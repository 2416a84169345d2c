/* input.h — where interactive lines come from: Readline with prompts, or plain stdin reads.
 * The parser asks for one line at a time; PS1 for the first line of a command, PS2 after. */
#ifndef CONCH_INPUT_H
#define CONCH_INPUT_H

#include <stdbool.h>

enum prompt_kind { PROMPT_PS1, PROMPT_PS2 };

/* Reads one line for the interactive parser, showing the expanded prompt. Returns a malloc'd
 * line that ends with '\n' (added if Readline stripped it), or NULL at end of input (Ctrl-D on
 * an empty line). Implemented in shell/lineedit.c (Readline when the shell is interactive and
 * stdin is a terminal, otherwise a plain read of stdin with the prompt written to stderr). */
char *input_read_line(enum prompt_kind which);

/* Ctrl-C at the prompt: the parser discards the partial command. Set by lineedit.c. */
extern volatile bool input_interrupted;

/* The parser has a complete command (or gave up on a syntax error): the lines read for it since
 * the last call become one history entry. Called by parse/source.c for interactive sources. */
void input_command_done(void);

#endif
