/* histfile.h — the history file on disk ($HISTFILE): read and trimmed once at start-up, one
 * append per command. hist.c owns the in-memory list and is the only caller. */
#ifndef CONCH_HISTFILE_H
#define CONCH_HISTFILE_H

#include <stdbool.h>
#include <stddef.h>

/* Reads the whole file, under its lock, and when it holds more than keep entries (keep < 0:
 * no limit) replaces it with its newest keep entries, still under the lock. Returns the text
 * the file holds then (malloc'd, NUL-terminated, length in *len; the caller frees it), or NULL
 * when there is nothing to read: no file, or one that could not be read completely or is not
 * a regular file (then a warning, once, and the file is left alone). */
char *histfile_load(const char *path, long keep, size_t *len)
    __attribute__((nonnull, warn_unused_result));

/* Appends len bytes of complete lines in one write under the lock. A failed write (full disk)
 * is reported and undone, so the file never ends in half an entry. */
void histfile_append(const char *path, const char *text, size_t len) __attribute__((nonnull));

/* Entries in the text of a history file: a file that begins with a "#<digits>" time line has
 * entries of a time line followed by every line up to the next time line (a command of several
 * lines); any other file has one entry per line (a time line before it is part of it).
 * histfile_entry_end returns where the entry that starts at p ends (the next one starts). */
bool histfile_timed(const char *text, size_t len);
const char *histfile_entry_end(const char *p, const char *end, bool timed);
/* Whether the line at p is a time line ("#" and a digit). */
bool histfile_is_time_line(const char *p, const char *end);

#endif
